package saraban.registers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import saraban.storage.Dialect;

/**
 * Writes {@code audit_events} rows: who did what to which entity, when, with the entity before and
 * after as JSON. Called inside the transaction of the change, so that both commit or neither.
 */
final class AuditLog {
    private final Dialect dialect;
    private final ObjectMapper json;

    AuditLog(Dialect dialect, ObjectMapper json) {
        this.dialect = dialect;
        this.json = json;
    }

    /**
     * @param before the entity before the change, {@code null} when it is created
     * @param after the entity after it, {@code null} when it is deleted
     */
    void write(
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

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit JSON", e);
        }
    }
}
