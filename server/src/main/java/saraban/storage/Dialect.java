package saraban.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL differences between the two databases Saraban runs on, kept in this one place.
 *
 * <p>Migrations write {@code ${autoid}}, {@code ${blob}} and {@code ${timestamp}} where the types
 * differ; everything else is SQL both accept ({@code INSERT … ON CONFLICT DO NOTHING}, {@code
 * RETURNING}, {@code TEXT}, {@code BIGINT}, {@code BOOLEAN}). Instants are written and read through
 * {@link #setInstant} and {@link #getInstant}, always in UTC with microsecond precision.
 */
public enum Dialect {
    /** Embedded, one process: the default. */
    SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB", "TEXT"),
    /** A server shared by several Saraban nodes. */
    POSTGRESQL("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BYTEA", "TIMESTAMPTZ");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    /** SQLite has no time type: fixed-width UTC text sorts in time order and reads back exactly. */
    private static final DateTimeFormatter SQLITE_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    private final Map<String, String> placeholders;

    Dialect(String autoid, String blob, String timestamp) {
        this.placeholders = Map.of("autoid", autoid, "blob", blob, "timestamp", timestamp);
    }

    /**
     * The dialect of a JDBC URL: {@code jdbc:sqlite:…} or {@code jdbc:postgresql://…}.
     *
     * @throws IllegalArgumentException for any other URL
     */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "not a SQLite or PostgreSQL JDBC URL (jdbc:sqlite:… or jdbc:postgresql://…): "
                        + JdbcUrls.redact(jdbcUrl));
    }

    /** Binds an instant as a UTC timestamp, truncated to microseconds as both databases keep. */
    public void setInstant(PreparedStatement statement, int index, Instant value)
            throws SQLException {
        if (value == null) {
            statement.setObject(index, null);
        } else if (this == SQLITE) {
            statement.setString(index, SQLITE_INSTANT.format(value));
        } else {
            statement.setObject(
                    index,
                    OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    /** Reads an instant written by {@link #setInstant}; {@code null} stays {@code null}. */
    public Instant getInstant(ResultSet row, String column) throws SQLException {
        if (this == SQLITE) {
            String text = row.getString(column);
            return text == null ? null : Instant.parse(text);
        }
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** Replaces the type placeholders of a migration script; an unknown one is an error. */
    String expand(String sql, String source) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length());
        while (m.find()) {
            String type = placeholders.get(m.group(1));
            if (type == null) {
                throw new IllegalArgumentException(
                        "unknown placeholder ${"
                                + m.group(1)
                                + "} in "
                                + source
                                + "; known are ${autoid}, ${blob} and ${timestamp}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(type));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Runs a script of several statements, as each driver allows it. */
    void runScript(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (this == SQLITE) {
                // sqlite-jdbc hands executeUpdate to sqlite3_exec, which runs every statement;
                // execute would stop after the first one.
                statement.executeUpdate(script);
            } else {
                statement.execute(script);
            }
        }
    }

    /**
     * Whether a failure is a conflict with concurrent work that goes away when the transaction is
     * run again: SQLite busy or locked, PostgreSQL serialization failure or deadlock.
     */
    boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && isTransient(e)) {
                return true;
            }
        }
        return false;
    }

    private boolean isTransient(SQLException e) {
        if (this == SQLITE) {
            int primary = e.getErrorCode() & 0xFF;
            return primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */;
        }
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }
}
