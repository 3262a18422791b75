package saraban.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import saraban.storage.Dialect;

/** The tables of forms: versions, requests and submissions, on the caller's connection. */
final class FormStore {
    private static final String SUBMISSION_COLUMNS =
            "id, form_id, version, office_id, request_id, status, revision, data, late, source,"
                    + " upload_sha256, pdf_sha256, created_at, created_by, updated_at, updated_by,"
                    + " submitted_at";

    private final Dialect dialect;
    private final ObjectMapper json;

    FormStore(Dialect dialect, ObjectMapper json) {
        this.dialect = dialect;
        this.json = json;
    }

    /** A version as stored: its files' text and when it was first seen. */
    record VersionRow(
            String form, String version, String definition, String template, Instant createdAt) {}

    /** Stores a version unless it is there already; true when it was new. */
    boolean addVersion(Connection c, VersionRow v) throws SQLException {
        if (findVersion(c, v.form(), v.version()).isPresent()) {
            return false;
        }
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO form_versions (form_id, version, definition, template, created_at)"
                                + " VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, v.form());
            s.setString(2, v.version());
            s.setString(3, v.definition());
            s.setString(4, v.template());
            dialect.setInstant(s, 5, v.createdAt());
            s.executeUpdate();
            return true;
        }
    }

    Optional<VersionRow> findVersion(Connection c, String form, String version)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT definition, template, created_at FROM form_versions"
                                + " WHERE form_id = ? AND version = ?")) {
            s.setString(1, form);
            s.setString(2, version);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(
                                new VersionRow(
                                        form,
                                        version,
                                        r.getString(1),
                                        r.getString(2),
                                        dialect.getInstant(r, "created_at")))
                        : Optional.empty();
            }
        }
    }

    /** The versions of {@code form}, oldest first (without their files). */
    List<VersionRow> versions(Connection c, String form) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT version, created_at FROM form_versions WHERE form_id = ?"
                                + " ORDER BY created_at, version")) {
            s.setString(1, form);
            List<VersionRow> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(
                            new VersionRow(
                                    form,
                                    r.getString(1),
                                    null,
                                    null,
                                    dialect.getInstant(r, "created_at")));
                }
            }
            return out;
        }
    }

    long insertRequest(Connection c, FormRequest r) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO form_requests (letter_id, reference_number, subject, form_id, deadline,"
                                + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setLong(1, r.letterId());
            s.setString(2, r.referenceNumber());
            s.setString(3, r.subject());
            s.setString(4, r.form());
            s.setString(5, r.deadline().toString());
            dialect.setInstant(s, 6, r.createdAt());
            s.setString(7, r.createdBy());
            try (ResultSet keys = s.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<FormRequest> findRequest(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REQUEST_SELECT + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(requestRow(r)) : Optional.empty();
            }
        }
    }

    /** Every request, the latest deadline first. */
    List<FormRequest> requests(Connection c) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(REQUEST_SELECT + " ORDER BY deadline DESC, id DESC")) {
            List<FormRequest> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(requestRow(r));
                }
            }
            return out;
        }
    }

    private static final String REQUEST_SELECT =
            "SELECT id, letter_id, reference_number, subject, form_id, deadline, created_at,"
                    + " created_by FROM form_requests";

    private FormRequest requestRow(ResultSet r) throws SQLException {
        return new FormRequest(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                LocalDate.parse(r.getString(6)),
                dialect.getInstant(r, "created_at"),
                r.getString(8));
    }

    long insertSubmission(Connection c, Submission d, String topic) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO submissions (form_id, version, office_id, request_id, topic, status,"
                                + " revision, data, late, source, upload_sha256, pdf_sha256, created_at,"
                                + " created_by, updated_at, updated_by, submitted_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, d.form());
            s.setString(2, d.version());
            s.setString(3, d.office());
            s.setObject(4, d.request());
            s.setString(5, topic);
            s.setString(6, d.status().name());
            s.setObject(7, d.revision());
            s.setString(8, toJson(d.data()));
            s.setInt(9, d.late() ? 1 : 0);
            s.setString(10, d.source());
            s.setString(11, d.uploadSha256());
            s.setString(12, d.pdfSha256());
            dialect.setInstant(s, 13, d.createdAt());
            s.setString(14, d.createdBy());
            dialect.setInstant(s, 15, d.updatedAt());
            s.setString(16, d.updatedBy());
            dialect.setInstant(s, 17, d.submittedAt());
            try (ResultSet keys = s.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Replaces a draft's data; false when {@code id} is no draft. On PostgreSQL the update holds
     * the row's lock until commit.
     */
    boolean updateDraft(
            Connection c,
            long id,
            String version,
            JsonNode data,
            String source,
            String upload,
            Instant now,
            String actor)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE submissions SET version = ?, data = ?, source = ?, upload_sha256 = ?,"
                                + " updated_at = ?, updated_by = ? WHERE id = ? AND status = 'DRAFT'")) {
            s.setString(1, version);
            s.setString(2, toJson(data));
            s.setString(3, source);
            s.setString(4, upload);
            dialect.setInstant(s, 5, now);
            s.setString(6, actor);
            s.setLong(7, id);
            return s.executeUpdate() == 1;
        }
    }

    /** Turns draft {@code id} into submission {@code revision}; false when it is no draft. */
    boolean submitDraft(Connection c, long id, Submission done) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE submissions SET status = 'SUBMITTED', version = ?, revision = ?, data = ?,"
                                + " late = ?, pdf_sha256 = ?, updated_at = ?, updated_by = ?,"
                                + " submitted_at = ? WHERE id = ? AND status = 'DRAFT'")) {
            s.setString(1, done.version());
            s.setInt(2, done.revision());
            s.setString(3, toJson(done.data()));
            s.setInt(4, done.late() ? 1 : 0);
            s.setString(5, done.pdfSha256());
            dialect.setInstant(s, 6, done.updatedAt());
            s.setString(7, done.updatedBy());
            dialect.setInstant(s, 8, done.submittedAt());
            s.setLong(9, id);
            return s.executeUpdate() == 1;
        }
    }

    /** The highest revision the office has submitted on the topic, 0 for none. */
    int lastRevision(Connection c, String office, String topic) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT MAX(revision) FROM submissions WHERE office_id = ? AND topic = ?")) {
            s.setString(1, office);
            s.setString(2, topic);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    Optional<Submission> find(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT " + SUBMISSION_COLUMNS + " FROM submissions WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    /** Every submission and draft of a topic, by office and revision. */
    List<Submission> onTopic(Connection c, String topic) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT "
                                + SUBMISSION_COLUMNS
                                + " FROM submissions WHERE topic = ?"
                                + " ORDER BY office_id, status, revision, id")) {
            s.setString(1, topic);
            List<Submission> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(row(r));
                }
            }
            return out;
        }
    }

    private Submission row(ResultSet r) throws SQLException {
        long request = r.getLong("request_id");
        Long requestId = r.wasNull() ? null : request;
        int revision = r.getInt("revision");
        Integer rev = r.wasNull() ? null : revision;
        return new Submission(
                r.getLong("id"),
                r.getString("form_id"),
                r.getString("version"),
                r.getString("office_id"),
                requestId,
                Submission.Status.valueOf(r.getString("status")),
                rev,
                fromJson(r.getString("data")),
                r.getInt("late") != 0,
                r.getString("source"),
                r.getString("upload_sha256"),
                r.getString("pdf_sha256"),
                dialect.getInstant(r, "created_at"),
                r.getString("created_by"),
                dialect.getInstant(r, "updated_at"),
                r.getString("updated_by"),
                dialect.getInstant(r, "submitted_at"),
                List.of());
    }

    private String toJson(JsonNode data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode fromJson(String text) throws SQLException {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("a submission's data is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
