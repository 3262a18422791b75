package saraban.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small SQL helpers of the storage tests: a notes table, a counter, schema_version rows. */
final class TestSql {
    private TestSql() {}

    static void execute(Database db, String sql) {
        db.inTransaction(
                c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate(sql);
                    }
                });
    }

    static long count(Database db, String table) {
        return db.read(
                c -> {
                    try (Statement s = c.createStatement();
                            ResultSet row = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        row.next();
                        return row.getLong(1);
                    }
                });
    }

    static void createNotes(Database db) {
        execute(db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
    }

    static int insertNote(Connection c, int id, String text) throws SQLException {
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO notes (id, text) VALUES (?, ?)")) {
            insert.setInt(1, id);
            insert.setString(2, text);
            return insert.executeUpdate();
        }
    }

    static long countNotes(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT COUNT(*) FROM notes")) {
            row.next();
            return row.getLong(1);
        }
    }

    static List<String> notes(Database db) {
        return db.read(
                c -> {
                    List<String> texts = new ArrayList<>();
                    try (Statement s = c.createStatement();
                            ResultSet rows = s.executeQuery("SELECT text FROM notes ORDER BY id")) {
                        while (rows.next()) {
                            texts.add(rows.getString(1));
                        }
                    }
                    return texts;
                });
    }

    /** Each row of schema_version as "version description applied_at checksum". */
    static List<String> schemaVersions(Database db) {
        return db.read(
                c -> {
                    List<String> rows = new ArrayList<>();
                    try (Statement s = c.createStatement();
                            ResultSet r =
                                    s.executeQuery(
                                            "SELECT version, description, applied_at, checksum"
                                                    + " FROM schema_version ORDER BY version")) {
                        while (r.next()) {
                            rows.add(
                                    r.getInt(1)
                                            + " "
                                            + r.getString(2)
                                            + " "
                                            + db.dialect().getInstant(r, "applied_at")
                                            + " "
                                            + r.getString(4));
                        }
                    }
                    return rows;
                });
    }

    /** Read, then write what was read plus one: loses updates unless transactions serialize. */
    static int increment(Connection c) throws SQLException {
        long n = counter(c);
        try (PreparedStatement update =
                c.prepareStatement("UPDATE counter SET n = ? WHERE id = 1")) {
            update.setLong(1, n + 1);
            return update.executeUpdate();
        }
    }

    static long counter(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT n FROM counter WHERE id = 1")) {
            row.next();
            return row.getLong(1);
        }
    }
}
