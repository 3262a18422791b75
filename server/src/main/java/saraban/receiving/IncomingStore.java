package saraban.receiving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import saraban.storage.Dialect;
import saraban.thai.ThaiDigits;

/** The {@code incoming_letters} table, on the caller's connection. */
final class IncomingStore {
    private static final String SELECT =
            "SELECT i.id, i.office_id, i.parent_id, i.register_entry_id, i.original_sha256,"
                    + " i.stamped_sha256, i.source, i.page_count, i.reference_number, i.letter_date,"
                    + " i.sender, i.addressee, i.subject, i.urgency, i.secrecy, i.extracted_json, i.stamp_json,"
                    + " i.received_at, i.received_by, r.number, r.year"
                    + " FROM incoming_letters i JOIN register_entries r ON r.id = i.register_entry_id";

    private final Dialect dialect;
    private final ObjectMapper json;

    IncomingStore(Dialect dialect, ObjectMapper json) {
        this.dialect = dialect;
        this.json = json;
    }

    long insert(Connection c, IncomingLetter l) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO incoming_letters (office_id, parent_id, register_entry_id,"
                                + " original_sha256, stamped_sha256, source, page_count,"
                                + " reference_number, letter_date, sender, addressee, subject, urgency,"
                                + " extracted_json, stamp_json, received_at, received_by, secrecy)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " RETURNING id")) {
            IncomingDetails d = l.details();
            s.setString(1, l.office());
            s.setObject(2, l.parentId());
            s.setLong(3, l.registerEntryId());
            s.setString(4, l.originalSha256());
            s.setString(5, l.stampedSha256());
            s.setString(6, l.source().name());
            s.setInt(7, l.pageCount());
            s.setString(8, d.referenceNumber());
            s.setString(9, d.date() == null ? null : d.date().toString());
            s.setString(10, d.sender());
            s.setString(11, d.addressee());
            s.setString(12, d.subject());
            s.setString(13, d.urgency());
            s.setString(14, toJson(l.extracted()));
            s.setString(15, toJson(l.stamp()));
            dialect.setInstant(s, 16, l.receivedAt());
            s.setString(17, l.receivedBy());
            s.setString(18, d.secrecy());
            try (ResultSet keys = s.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    IncomingLetter find(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE i.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? row(r) : null;
            }
        }
    }

    /** The receipts of the units the letter {@code parentId} was forwarded to, in order. */
    java.util.List<IncomingLetter> forwards(Connection c, long parentId) throws SQLException {
        java.util.List<IncomingLetter> out = new java.util.ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(SELECT + " WHERE i.parent_id = ? ORDER BY i.id")) {
            s.setLong(1, parentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
        }
        return out;
    }

    /** Whether the letter {@code parentId} was already forwarded to {@code officeId}. */
    boolean forwarded(Connection c, long parentId, String officeId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT 1 FROM incoming_letters WHERE parent_id = ? AND office_id = ?")) {
            s.setLong(1, parentId);
            s.setString(2, officeId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private IncomingLetter row(ResultSet r) throws SQLException {
        long parent = r.getLong("parent_id");
        Long parentId = r.wasNull() ? null : parent;
        String date = r.getString("letter_date");
        int number = r.getInt("number");
        return new IncomingLetter(
                r.getLong("id"),
                r.getString("office_id"),
                parentId,
                ThaiDigits.toThai(String.valueOf(number)),
                number,
                r.getInt("year"),
                r.getLong("register_entry_id"),
                dialect.getInstant(r, "received_at"),
                r.getString("received_by"),
                r.getString("original_sha256"),
                r.getString("stamped_sha256"),
                IncomingLetter.Source.valueOf(r.getString("source")),
                r.getInt("page_count"),
                new IncomingDetails(
                        r.getString("reference_number"),
                        date == null ? null : LocalDate.parse(date),
                        r.getString("sender"),
                        r.getString("addressee"),
                        r.getString("subject"),
                        r.getString("urgency"),
                        r.getString("secrecy")),
                fromJson(r.getString("extracted_json"), IncomingDetails.class),
                fromJson(r.getString("stamp_json"), IncomingLetter.StampPlacement.class));
    }

    private String toJson(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private <T> T fromJson(String text, Class<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON no longer reads: " + e.getMessage(), e);
        }
    }
}
