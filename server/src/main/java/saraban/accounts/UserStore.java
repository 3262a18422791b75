package saraban.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import saraban.search.SecrecyLevel;
import saraban.storage.Dialect;

/**
 * The {@code users}, {@code user_roles} and {@code user_offices} tables, on the caller's
 * connection.
 */
final class UserStore {
    /** A user row with its password hash, which never leaves this package. */
    record Row(User user, String passwordHash) {}

    private final Dialect dialect;

    UserStore(Dialect dialect) {
        this.dialect = dialect;
    }

    long count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM users");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    Optional<Row> byName(Connection c, String username) throws SQLException {
        return one(c, "username = ?", username);
    }

    Optional<Row> byId(Connection c, long id) throws SQLException {
        return one(c, "id = ?", id);
    }

    List<User> all(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM users ORDER BY username");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        List<User> out = new ArrayList<>();
        for (long id : ids) {
            byId(c, id).ifPresent(row -> out.add(row.user()));
        }
        return out;
    }

    long insert(Connection c, UserRequest request, String passwordHash, Instant now)
            throws SQLException {
        long id;
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO users (username, display_name, password_hash,"
                                + " must_change_password, clearance, disabled, created_at,"
                                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, request.username());
            s.setString(2, request.displayName());
            s.setString(3, passwordHash);
            s.setBoolean(4, true);
            s.setString(5, request.clearanceLevel().name());
            s.setBoolean(6, request.disabled());
            dialect.setInstant(s, 7, now);
            dialect.setInstant(s, 8, now);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        setRolesAndOffices(c, id, request.roleSet(), request.officeSet());
        return id;
    }

    void update(Connection c, long id, UserRequest request, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE users SET display_name = ?, clearance = ?, disabled = ?,"
                                + " updated_at = ? WHERE id = ?")) {
            s.setString(1, request.displayName());
            s.setString(2, request.clearanceLevel().name());
            s.setBoolean(3, request.disabled());
            dialect.setInstant(s, 4, now);
            s.setLong(5, id);
            s.executeUpdate();
        }
        setRolesAndOffices(c, id, request.roleSet(), request.officeSet());
    }

    void setPassword(Connection c, long id, String hash, boolean mustChange, Instant now)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE users SET password_hash = ?, must_change_password = ?,"
                                + " updated_at = ? WHERE id = ?")) {
            s.setString(1, hash);
            s.setBoolean(2, mustChange);
            dialect.setInstant(s, 3, now);
            s.setLong(4, id);
            s.executeUpdate();
        }
    }

    /** How many enabled users other than {@code exceptId} are administrators. */
    long otherEnabledAdmins(Connection c, long exceptId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id"
                                + " WHERE r.role = 'ADMIN' AND u.disabled = ? AND u.id <> ?")) {
            s.setBoolean(1, false);
            s.setLong(2, exceptId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void setRolesAndOffices(Connection c, long id, Set<Role> roles, Set<String> offices)
            throws SQLException {
        for (String table : List.of("user_roles", "user_offices")) {
            try (PreparedStatement s =
                    c.prepareStatement("DELETE FROM " + table + " WHERE user_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO user_roles (user_id, role) VALUES (?, ?)")) {
            for (Role role : roles) {
                s.setLong(1, id);
                s.setString(2, role.name());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO user_offices (user_id, office_id) VALUES (?, ?)")) {
            for (String office : offices) {
                s.setLong(1, id);
                s.setString(2, office);
                s.executeUpdate();
            }
        }
    }

    private Optional<Row> one(Connection c, String where, Object key) throws SQLException {
        long id;
        String username;
        String display;
        String hash;
        boolean mustChange;
        SecrecyLevel clearance;
        boolean disabled;
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT id, username, display_name, password_hash, must_change_password,"
                                + " clearance, disabled FROM users WHERE "
                                + where)) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                id = r.getLong("id");
                username = r.getString("username");
                display = r.getString("display_name");
                hash = r.getString("password_hash");
                mustChange = r.getBoolean("must_change_password");
                clearance = SecrecyLevel.valueOf(r.getString("clearance"));
                disabled = r.getBoolean("disabled");
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : strings(c, "SELECT role FROM user_roles WHERE user_id = ?", id)) {
            roles.add(Role.valueOf(role));
        }
        SortedSet<String> offices =
                new TreeSet<>(
                        strings(c, "SELECT office_id FROM user_offices WHERE user_id = ?", id));
        return Optional.of(
                new Row(
                        new User(
                                id,
                                username,
                                display,
                                roles,
                                offices,
                                clearance,
                                disabled,
                                mustChange),
                        hash));
    }

    private static List<String> strings(Connection c, String sql, long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }
}
