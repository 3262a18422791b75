package saraban.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import saraban.storage.Dialect;

/** The {@code api_tokens} table: tokens kept as SHA-256 hashes, revoked but never deleted. */
final class TokenStore {
    private final Dialect dialect;

    TokenStore(Dialect dialect) {
        this.dialect = dialect;
    }

    long insert(Connection c, long userId, String name, String hash, Instant now, String actor)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO api_tokens (user_id, name, token_sha256, created_at,"
                                + " created_by) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            s.setLong(1, userId);
            s.setString(2, name);
            s.setString(3, hash);
            dialect.setInstant(s, 4, now);
            s.setString(5, actor);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    record Live(long userId, Instant lastUsedAt) {}

    /** The user of a token that is not revoked, and when it was last used. */
    Optional<Live> find(Connection c, String hash) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT user_id, last_used_at FROM api_tokens WHERE token_sha256 = ?"
                                + " AND revoked_at IS NULL")) {
            s.setString(1, hash);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(
                                new Live(
                                        r.getLong("user_id"),
                                        dialect.getInstant(r, "last_used_at")))
                        : Optional.empty();
            }
        }
    }

    List<ApiToken> ofUser(Connection c, long userId, String username) throws SQLException {
        List<ApiToken> out = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT id, name, created_at, created_by, last_used_at, revoked_at"
                                + " FROM api_tokens WHERE user_id = ? ORDER BY id")) {
            s.setLong(1, userId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(
                            new ApiToken(
                                    r.getLong("id"),
                                    username,
                                    r.getString("name"),
                                    dialect.getInstant(r, "created_at"),
                                    r.getString("created_by"),
                                    dialect.getInstant(r, "last_used_at"),
                                    dialect.getInstant(r, "revoked_at")));
                }
            }
        }
        return out;
    }

    boolean revoke(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            dialect.setInstant(s, 1, now);
            s.setLong(2, id);
            return s.executeUpdate() == 1;
        }
    }

    boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM api_tokens WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    void used(Connection c, String hash, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE api_tokens SET last_used_at = ? WHERE token_sha256 = ?")) {
            dialect.setInstant(s, 1, now);
            s.setString(2, hash);
            s.executeUpdate();
        }
    }
}
