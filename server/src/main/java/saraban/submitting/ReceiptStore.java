package saraban.submitting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import saraban.storage.Dialect;

/** The tables of V012: which incoming letter a submission became, and who read a request. */
final class ReceiptStore {
    private final Dialect dialect;

    ReceiptStore(Dialect dialect) {
        this.dialect = dialect;
    }

    void link(Connection c, long submissionId, long incomingId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO submission_receipts (submission_id, incoming_id) VALUES (?, ?)")) {
            s.setLong(1, submissionId);
            s.setLong(2, incomingId);
            s.executeUpdate();
        }
    }

    Optional<Long> incomingOf(Connection c, long submissionId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT incoming_id FROM submission_receipts WHERE submission_id = ?")) {
            s.setLong(1, submissionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Records the first reading of a request by an office; later ones change nothing. */
    void read(Connection c, long requestId, String office, Instant at, String actor)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO form_request_reads (request_id, office_id, first_read_at,"
                                + " first_read_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setLong(1, requestId);
            s.setString(2, office);
            dialect.setInstant(s, 3, at);
            s.setString(4, actor);
            s.executeUpdate();
        }
    }

    /** When each office first read request {@code requestId}. */
    Map<String, Instant> reads(Connection c, long requestId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT office_id, first_read_at FROM form_request_reads WHERE request_id = ?")) {
            s.setLong(1, requestId);
            Map<String, Instant> out = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), dialect.getInstant(r, "first_read_at"));
                }
            }
            return out;
        }
    }
}
