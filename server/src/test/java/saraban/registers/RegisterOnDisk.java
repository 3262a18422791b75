package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * A send register as the database holds it, read over JDBC behind the server's back (while it runs:
 * SQLite is opened read-only, so that this reader neither recovers nor checkpoints the WAL in the
 * server's place). The database must hold that one register and nothing else.
 */
final class RegisterOnDisk {
    private final String url;
    private final String office;
    private final int year;

    RegisterOnDisk(String url, String office, int year) {
        this.url = url;
        this.office = office;
        this.year = year;
    }

    /**
     * Checks that the rows are {@code numbers} with {@code subjects} (as the API listed them), that
     * the series' counter stands at the last number, that each row has exactly one allocation in
     * the audit log, and, on SQLite, that the file passes its integrity and foreign-key checks.
     */
    void check(List<Integer> numbers, Map<Integer, String> subjects) throws SQLException {
        try (Connection c = connect()) {
            List<Integer> rows = new ArrayList<>();
            Map<Integer, String> rowSubjects = new HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet r =
                            s.executeQuery(
                                    "SELECT office_id, series, year, number, status, subject"
                                            + " FROM register_entries ORDER BY number, id")) {
                while (r.next()) {
                    assertThat(r.getString("office_id") + " " + r.getString("series"))
                            .isEqualTo(office + " SEND");
                    assertThat(r.getInt("year")).isEqualTo(year);
                    assertThat(r.getString("status")).isEqualTo("USED");
                    rows.add(r.getInt("number"));
                    rowSubjects.put(r.getInt("number"), r.getString("subject"));
                }
            }
            assertThat(rows).as("register_entries' numbers").isEqualTo(numbers);
            assertThat(rowSubjects).as("register_entries' subjects").isEqualTo(subjects);

            assertThat(counters(c))
                    .as("the series' counter")
                    .containsExactly(office + " SEND " + year + " " + numbers.size());

            List<String> expected = new ArrayList<>();
            for (int n : numbers) {
                expected.add("register/" + office + "/send/" + year + "/" + n);
            }
            assertThat(
                            strings(
                                    c,
                                    "SELECT entity FROM audit_events WHERE action = 'number.allocate'"))
                    .as("the audit log's allocations: one per row")
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(strings(c, "SELECT action FROM audit_events WHERE entity LIKE 'register/%'"))
                    .as("the audit log's events about register rows")
                    .hasSize(numbers.size());

            if (url.startsWith("jdbc:sqlite:")) {
                assertThat(strings(c, "PRAGMA integrity_check")).containsExactly("ok");
                assertThat(strings(c, "PRAGMA foreign_key_check"))
                        .as("rows whose foreign keys point nowhere")
                        .isEmpty();
            }
        }
    }

    private Connection connect() throws SQLException {
        if (url.startsWith("jdbc:sqlite:")) {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            return config.createConnection(url);
        }
        return DriverManager.getConnection(url);
    }

    private static List<String> counters(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s =
                        c.prepareStatement(
                                "SELECT office_id, series, year, last_number FROM series_counters");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(
                        r.getString(1)
                                + " "
                                + r.getString(2)
                                + " "
                                + r.getInt(3)
                                + " "
                                + r.getInt(4));
            }
        }
        return out;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
