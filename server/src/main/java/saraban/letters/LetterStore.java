package saraban.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import saraban.storage.Dialect;

/** The {@code letters} table: drafts and issued letters, on the caller's connection. */
final class LetterStore {
    private static final String COLUMNS =
            "id, office_id, kind, status, subject, draft_json, register_entry_id,"
                    + " reference_number, letter_date, pdf_sha256, created_at, created_by,"
                    + " updated_at, updated_by, issued_at, issued_by, published_at, published_by,"
                    + " withdrawn_at, withdrawn_by, withdrawn_reason";

    private final Dialect dialect;
    private final ObjectMapper json;
    private final AttachmentStore attachments;

    LetterStore(Dialect dialect, ObjectMapper json) {
        this.dialect = dialect;
        this.json = json;
        this.attachments = new AttachmentStore(dialect);
    }

    AttachmentStore attachments() {
        return attachments;
    }

    long insertDraft(Connection c, String officeId, LetterDraft draft, Instant now, String actor)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO letters (office_id, kind, status, subject, draft_json,"
                                + " created_at, created_by, updated_at, updated_by)"
                                + " VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, officeId);
            s.setString(2, draft.kind().id());
            s.setString(3, draft.subject() == null ? "" : draft.subject());
            s.setString(4, toJson(draft));
            dialect.setInstant(s, 5, now);
            s.setString(6, actor);
            dialect.setInstant(s, 7, now);
            s.setString(8, actor);
            try (ResultSet keys = s.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Replaces a draft's content; returns whether a draft was changed (false when the letter is
     * missing or already issued). On PostgreSQL the update holds the row's lock until commit, so a
     * second writer of the same letter waits and then finds it changed.
     */
    boolean updateDraft(
            Connection c, long id, String officeId, LetterDraft draft, Instant now, String actor)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE letters SET office_id = ?, kind = ?, subject = ?, draft_json = ?,"
                                + " updated_at = ?, updated_by = ? WHERE id = ? AND status = 'DRAFT'")) {
            s.setString(1, officeId);
            s.setString(2, draft.kind().id());
            s.setString(3, draft.subject() == null ? "" : draft.subject());
            s.setString(4, toJson(draft));
            dialect.setInstant(s, 5, now);
            s.setString(6, actor);
            s.setLong(7, id);
            return s.executeUpdate() == 1;
        }
    }

    /** Takes a draft's row lock for issuing; false when it is missing or already issued. */
    boolean lockDraft(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE letters SET status = status WHERE id = ? AND status = 'DRAFT'")) {
            s.setLong(1, id);
            return s.executeUpdate() == 1;
        }
    }

    void markIssued(
            Connection c,
            long id,
            LetterDraft issued,
            long registerEntryId,
            String pdfSha256,
            Instant now,
            String actor)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE letters SET status = 'ISSUED', draft_json = ?, register_entry_id = ?,"
                                + " reference_number = ?, letter_date = ?, pdf_sha256 = ?,"
                                + " updated_at = ?, updated_by = ?, issued_at = ?, issued_by = ?"
                                + " WHERE id = ? AND status = 'DRAFT'")) {
            s.setString(1, toJson(issued));
            s.setLong(2, registerEntryId);
            s.setString(3, issued.referenceNumber());
            s.setString(4, issued.date().toString());
            s.setString(5, pdfSha256);
            dialect.setInstant(s, 6, now);
            s.setString(7, actor);
            dialect.setInstant(s, 8, now);
            s.setString(9, actor);
            s.setLong(10, id);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("letter " + id + " stopped being a draft");
            }
        }
    }

    StoredLetter find(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + COLUMNS + " FROM letters WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return row(r, attachments.list(c, id));
            }
        }
    }

    /** The drafts of {@code offices}, the most recently changed first. */
    java.util.List<StoredLetter> drafts(Connection c, java.util.Collection<String> offices)
            throws SQLException {
        java.util.List<StoredLetter> found = new java.util.ArrayList<>();
        if (offices.isEmpty()) {
            return found;
        }
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT "
                                + COLUMNS
                                + " FROM letters WHERE status = 'DRAFT' AND office_id IN ("
                                + String.join(
                                        ", ", java.util.Collections.nCopies(offices.size(), "?"))
                                + ") ORDER BY updated_at DESC, id DESC")) {
            int i = 0;
            for (String office : offices) {
                s.setString(++i, office);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(row(r, attachments.list(c, r.getLong("id"))));
                }
            }
        }
        return found;
    }

    /** Puts an issued letter on the portal (again); false when it is not issued. */
    boolean markPublished(Connection c, long id, Instant now, String actor) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE letters SET published_at = ?, published_by = ?, withdrawn_at = NULL,"
                                + " withdrawn_by = NULL, withdrawn_reason = NULL"
                                + " WHERE id = ? AND status = 'ISSUED'")) {
            dialect.setInstant(s, 1, now);
            s.setString(2, actor);
            s.setLong(3, id);
            return s.executeUpdate() == 1;
        }
    }

    /** Takes a published letter off the portal; false when it is not on it. */
    boolean markWithdrawn(Connection c, long id, String reason, Instant now, String actor)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE letters SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ?"
                                + " WHERE id = ? AND published_at IS NOT NULL AND withdrawn_at IS NULL")) {
            dialect.setInstant(s, 1, now);
            s.setString(2, actor);
            s.setString(3, reason);
            s.setLong(4, id);
            return s.executeUpdate() == 1;
        }
    }

    private StoredLetter row(ResultSet r, java.util.List<Attachment> files) throws SQLException {
        Instant publishedAt = dialect.getInstant(r, "published_at");
        Publication publication =
                publishedAt == null
                        ? null
                        : new Publication(
                                publishedAt,
                                r.getString("published_by"),
                                dialect.getInstant(r, "withdrawn_at"),
                                r.getString("withdrawn_by"),
                                r.getString("withdrawn_reason"));
        long entry = r.getLong("register_entry_id");
        Long registerEntryId = r.wasNull() ? null : entry;
        String date = r.getString("letter_date");
        return new StoredLetter(
                r.getLong("id"),
                r.getString("office_id"),
                StoredLetter.Status.valueOf(r.getString("status")),
                LetterKind.fromId(r.getString("kind")),
                r.getString("subject"),
                r.getString("reference_number"),
                date == null ? null : LocalDate.parse(date),
                fromJson(r.getString("draft_json")),
                registerEntryId,
                r.getString("pdf_sha256"),
                dialect.getInstant(r, "created_at"),
                r.getString("created_by"),
                dialect.getInstant(r, "updated_at"),
                r.getString("updated_by"),
                dialect.getInstant(r, "issued_at"),
                r.getString("issued_by"),
                publication,
                files);
    }

    private String toJson(LetterDraft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a draft as JSON", e);
        }
    }

    private LetterDraft fromJson(String text) {
        try {
            return json.readValue(text, LetterDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft no longer reads: " + e.getMessage(), e);
        }
    }
}
