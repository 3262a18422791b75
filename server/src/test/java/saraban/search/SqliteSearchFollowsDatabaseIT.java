package saraban.search;

class SqliteSearchFollowsDatabaseIT extends SearchFollowsDatabaseContract {
    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("saraban.db");
    }
}
