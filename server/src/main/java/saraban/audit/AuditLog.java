package saraban.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import saraban.storage.Dialect;

/**
 * Writes audit events into {@code audit_events} on the caller's connection, so that an event
 * commits or rolls back with the change it describes.
 *
 * <pre>{@code
 * db.inTransaction(c -> {
 *     ... UPDATE register_entries ...
 *     audit.record(c, actor, "number.cancel", "register/ss-0017/send/2562/12", before, after);
 * });
 * }</pre>
 */
public final class AuditLog {
    private final Dialect dialect;
    private final Clock clock;
    private final ObjectMapper json;

    public AuditLog(Dialect dialect, Clock clock, ObjectMapper json) {
        this.dialect = dialect;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Records that {@code actor} did {@code action} to {@code entity}; {@code before} and {@code
     * after} are written as JSON, {@code null} when the entity did not exist before or no longer
     * does.
     */
    public void record(
            Connection c, String actor, String action, String entity, Object before, Object after)
            throws SQLException {
        record(c, Instant.now(clock), actor, action, entity, before, after);
    }

    /**
     * As {@link #record(Connection, String, String, String, Object, Object)}, at {@code at}: one
     * change that writes several events gives them all the same time.
     */
    public void record(
            Connection c,
            Instant at,
            String actor,
            String action,
            String entity,
            Object before,
            Object after)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO audit_events (at, actor, action, entity, before_json, after_json)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            dialect.setInstant(s, 1, at);
            s.setString(2, actor);
            s.setString(3, action);
            s.setString(4, entity);
            s.setString(5, before == null ? null : toJson(before));
            s.setString(6, after == null ? null : toJson(after));
            s.executeUpdate();
        }
    }

    /** One event of {@link #recordAll}. */
    public record Event(String actor, String action, String entity, Object before, Object after) {}

    /**
     * Records several events at the instant {@code at} with one statement: for changes written in
     * batches, where a statement per event would hold a lock longer.
     */
    public void recordAll(Connection c, Instant at, List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        StringBuilder sql =
                new StringBuilder(
                        "INSERT INTO audit_events (at, actor, action, entity, before_json, after_json)"
                                + " VALUES ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
        }
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 0;
            for (Event e : events) {
                dialect.setInstant(s, ++p, at);
                s.setString(++p, e.actor());
                s.setString(++p, e.action());
                s.setString(++p, e.entity());
                s.setString(++p, e.before() == null ? null : toJson(e.before()));
                s.setString(++p, e.after() == null ? null : toJson(e.after()));
            }
            s.executeUpdate();
        }
    }

    /** One recorded event as a page shows it: when, who, what. */
    public record Entry(Instant at, String actor, String action) {}

    /** The events of {@code entity} ({@code letter/12}), oldest first. */
    public List<Entry> history(Connection c, String entity) throws SQLException {
        List<Entry> found = new java.util.ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT at, actor, action FROM audit_events WHERE entity = ? ORDER BY id")) {
            s.setString(1, entity);
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(
                            new Entry(
                                    dialect.getInstant(r, "at"),
                                    r.getString("actor"),
                                    r.getString("action")));
                }
            }
        }
        return found;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit JSON", e);
        }
    }
}
