package saraban.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import saraban.testing.TestPostgres;

/**
 * The storage contract on PostgreSQL at 127.0.0.1:5432, database {@code test} (or the URL in the
 * system property {@code saraban.test.postgres}). Each test works in a schema of its own with a
 * random name, dropped afterwards, so that runs never see each other. Without a reachable server
 * the tests are skipped, loudly, except on CI ({@code saraban.ci=true}) where they fail.
 */
class PostgresStorageIT extends StorageContract {

    private String url;

    @BeforeEach
    void ownSchema() {
        url = TestPostgres.freshSchemaUrl();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        TestPostgres.drop(url);
    }

    @Override
    String url() {
        return url;
    }

    @Override
    Path dataDir() {
        return temp.resolve("unused");
    }

    @Override
    void damageStoredFile(String sha256) throws Exception {
        try (Connection c = DriverManager.getConnection(url());
                PreparedStatement s =
                        c.prepareStatement("UPDATE files SET content = ? WHERE sha256 = ?")) {
            s.setBytes(1, "forged!!".getBytes(StandardCharsets.UTF_8));
            s.setString(2, sha256);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    @Override
    SQLException conflict() {
        return new SQLException("could not serialize access", "40001");
    }

    @Test
    void keeps_file_bytes_in_the_database_for_every_node() throws Exception {
        byte[] bytes = "ตราครุฑ".getBytes(StandardCharsets.UTF_8);
        try (Database db = open()) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            String sha256 = FileStore.open(db, dataDir()).put(bytes, "text/plain");
            try (Database otherNode = open()) {
                assertThat(FileStore.open(otherNode, temp.resolve("elsewhere")).open(sha256))
                        .hasBinaryContent(bytes);
            }
        }
        assertThat(temp.resolve("unused")).doesNotExist();
    }

    @Test
    void works_in_the_schema_named_by_the_url() throws Exception {
        try (Database db = open()) {
            String where =
                    db.read(
                            c -> {
                                try (Statement s = c.createStatement();
                                        ResultSet r =
                                                s.executeQuery(
                                                        "SELECT table_schema FROM"
                                                                + " information_schema.tables"
                                                                + " WHERE table_name = 'files'"
                                                                + " AND table_schema ="
                                                                + " current_schema()")) {
                                    return r.next() ? r.getString(1) : null;
                                }
                            });
            assertThat(url).endsWith("currentSchema=" + where);
        }
    }
}
