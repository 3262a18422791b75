package saraban.accounts;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteAccountsIT extends AccountContract {
    @TempDir Path dir;

    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("saraban.db");
    }
}
