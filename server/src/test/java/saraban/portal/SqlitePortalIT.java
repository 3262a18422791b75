package saraban.portal;

class SqlitePortalIT extends PortalContract {
    @Override
    String url() {
        return "jdbc:sqlite:" + dataDir.resolve("saraban.db");
    }
}
