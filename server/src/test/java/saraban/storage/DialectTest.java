package saraban.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What differs between SQLite and PostgreSQL, decided without a database. */
class DialectTest {

    @ParameterizedTest
    @CsvSource({
        "jdbc:sqlite:data/saraban.db, SQLITE",
        "jdbc:sqlite:file:/var/lib/saraban/saraban.db?mode=rw, SQLITE",
        "jdbc:postgresql://db.example:5432/saraban?user=saraban, POSTGRESQL"
    })
    void knows_the_database_from_its_url(String url, Dialect dialect) {
        assertThat(Dialect.of(url)).isEqualTo(dialect);
    }

    @Test
    void refuses_other_databases_without_showing_the_password() {
        assertThatThrownBy(() -> Dialect.of("jdbc:mysql://db/saraban?user=a&password=secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "not a SQLite or PostgreSQL JDBC URL (jdbc:sqlite:… or jdbc:postgresql://…):"
                                + " jdbc:mysql://db/saraban?user=a&password=***");
    }

    @Test
    void expands_type_placeholders_for_each_database() {
        String sql = "CREATE TABLE t (id ${autoid}, pdf ${blob}, at ${timestamp})";
        assertThat(Dialect.SQLITE.expand(sql, "V9__t.sql"))
                .isEqualTo(
                        "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, pdf BLOB, at TEXT)");
        assertThat(Dialect.POSTGRESQL.expand(sql, "V9__t.sql"))
                .isEqualTo(
                        "CREATE TABLE t (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                                + " pdf BYTEA, at TIMESTAMPTZ)");
    }

    @Test
    void refuses_an_unknown_placeholder_naming_its_file() {
        assertThatThrownBy(() -> Dialect.SQLITE.expand("x ${uuid}", "V009__t.sql"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "unknown placeholder ${uuid} in V009__t.sql; known are ${autoid}, ${blob}"
                                + " and ${timestamp}");
    }

    @Test
    void recognises_conflicts_inside_wrapping_exceptions() {
        SQLException busy = new SQLException("[SQLITE_BUSY] database is locked", null, 5);
        SQLException busySnapshot = new SQLException("[SQLITE_BUSY_SNAPSHOT]", null, 517);
        SQLException readonly = new SQLException("[SQLITE_READONLY]", null, 8);
        assertThat(Dialect.SQLITE.isTransient(new StorageException("x", busy))).isTrue();
        assertThat(Dialect.SQLITE.isTransient(busySnapshot)).isTrue();
        assertThat(Dialect.SQLITE.isTransient(readonly)).isFalse();
        assertThat(Dialect.POSTGRESQL.isTransient(new SQLException("serialize", "40001"))).isTrue();
        assertThat(Dialect.POSTGRESQL.isTransient(new SQLException("deadlock", "40P01"))).isTrue();
        assertThat(Dialect.POSTGRESQL.isTransient(new SQLException("unique", "23505"))).isFalse();
        assertThat(Dialect.POSTGRESQL.isTransient(new IllegalStateException("x"))).isFalse();
    }
}
