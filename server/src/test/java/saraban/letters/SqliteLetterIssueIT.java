package saraban.letters;

class SqliteLetterIssueIT extends LetterIssueContract {
    @Override
    String url() {
        return "jdbc:sqlite:" + dataDir.resolve("saraban.db");
    }
}
