package saraban.forms;

class SqliteFormStorageIT extends FormStorageContract {
    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("saraban.db");
    }
}
