package saraban.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What storage reads out of a JDBC URL. */
class JdbcUrlsTest {

    @Test
    void finds_the_sqlite_file_with_or_without_file_prefix_and_parameters() {
        assertThat(JdbcUrls.sqliteFile("jdbc:sqlite:data/saraban.db"))
                .isEqualTo(Path.of("data/saraban.db"));
        assertThat(JdbcUrls.sqliteFile("jdbc:sqlite:file:/srv/saraban.db?cache=private"))
                .isEqualTo(Path.of("/srv/saraban.db"));
    }

    @Test
    void refuses_an_in_memory_sqlite_database() {
        assertThatThrownBy(() -> JdbcUrls.sqliteFile("jdbc:sqlite::memory:"))
                .hasMessage(
                        "SQLite needs a database file, e.g. jdbc:sqlite:data/saraban.db, not"
                                + " jdbc:sqlite::memory:");
    }

    @Test
    void reads_the_first_current_schema_of_a_postgresql_url() {
        assertThat(JdbcUrls.postgresSchema("jdbc:postgresql://h/db?user=u&currentSchema=s1,public"))
                .contains("s1");
        assertThat(JdbcUrls.postgresSchema("jdbc:postgresql://h/db?user=u")).isEmpty();
        assertThatThrownBy(
                        () ->
                                JdbcUrls.postgresSchema(
                                        "jdbc:postgresql://h/db?currentSchema=a;drop"))
                .hasMessage(
                        "currentSchema must be a plain name (letters, digits, _), not 'a;drop'");
    }

    @Test
    void hides_passwords() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://h/db?user=u&password=p4ss&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
    }
}
