package saraban.registers;

class SqliteOfficesIT extends OfficeContract {
    @Override
    String url() {
        return "jdbc:sqlite:" + temp.resolve("saraban.db");
    }
}
