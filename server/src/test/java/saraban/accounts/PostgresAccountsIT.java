package saraban.accounts;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import saraban.testing.TestPostgres;

class PostgresAccountsIT extends AccountContract {
    private String url;

    @Override
    String url() {
        if (url == null) {
            url = TestPostgres.freshSchemaUrl();
        }
        return url;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        close();
        TestPostgres.drop(url);
    }
}
