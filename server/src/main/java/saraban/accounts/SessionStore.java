package saraban.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import saraban.storage.Dialect;

/**
 * The {@code sessions} table: one row per signed-in browser, keyed by the SHA-256 of the cookie's
 * value. A session ends when it has been idle for {@code idle}, when it is {@code absolute} old, or
 * when its user signs out; expired rows are deleted as they are met and in {@link #purge}.
 */
final class SessionStore {
    /** Activity within this time of the last recorded one is not written again. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    record Row(long userId, String csrf, Instant createdAt, Instant lastSeenAt) {}

    private final Dialect dialect;

    SessionStore(Dialect dialect) {
        this.dialect = dialect;
    }

    void insert(Connection c, String idHash, long userId, String csrf, Instant now)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO sessions (id_sha256, user_id, csrf, created_at, last_seen_at)"
                                + " VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, idHash);
            s.setLong(2, userId);
            s.setString(3, csrf);
            dialect.setInstant(s, 4, now);
            dialect.setInstant(s, 5, now);
            s.executeUpdate();
        }
    }

    Optional<Row> find(Connection c, String idHash) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT user_id, csrf, created_at, last_seen_at FROM sessions"
                                + " WHERE id_sha256 = ?")) {
            s.setString(1, idHash);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Row(
                                r.getLong("user_id"),
                                r.getString("csrf"),
                                dialect.getInstant(r, "created_at"),
                                dialect.getInstant(r, "last_seen_at")));
            }
        }
    }

    void touch(Connection c, String idHash, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE sessions SET last_seen_at = ? WHERE id_sha256 = ?")) {
            dialect.setInstant(s, 1, now);
            s.setString(2, idHash);
            s.executeUpdate();
        }
    }

    void delete(Connection c, String idHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE id_sha256 = ?")) {
            s.setString(1, idHash);
            s.executeUpdate();
        }
    }

    /** Ends every session of a user but {@code keepHash} (which may be null). */
    void deleteOthers(Connection c, long userId, String keepHash) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("DELETE FROM sessions WHERE user_id = ? AND id_sha256 <> ?")) {
            s.setLong(1, userId);
            s.setString(2, keepHash == null ? "" : keepHash);
            s.executeUpdate();
        }
    }

    /** Deletes the sessions that have expired by {@code now}; returns how many. */
    int purge(Connection c, Instant now, Duration idle, Duration absolute) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?")) {
            dialect.setInstant(s, 1, now.minus(idle));
            dialect.setInstant(s, 2, now.minus(absolute));
            return s.executeUpdate();
        }
    }
}
