package saraban.forms;

import org.junit.jupiter.api.AfterEach;
import saraban.testing.TestPostgres;

class PostgresFormStorageIT extends FormStorageContract {
    private String url;

    @Override
    String url() {
        if (url == null) {
            url = TestPostgres.freshSchemaUrl();
        }
        return url;
    }

    @AfterEach
    void dropSchema() throws Exception {
        close();
        f = null;
        TestPostgres.drop(url);
    }
}
