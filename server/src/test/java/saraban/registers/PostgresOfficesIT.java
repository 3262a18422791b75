package saraban.registers;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import saraban.testing.TestPostgres;

class PostgresOfficesIT extends OfficeContract {
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
        opened.clear();
        db = null;
        TestPostgres.drop(url);
    }
}
