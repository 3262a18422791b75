package saraban.signers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import saraban.Problem;
import saraban.ProblemException;
import saraban.audit.AuditLog;
import saraban.storage.Database;

/**
 * The signers (ผู้ลงนาม) of each office: who may be named in a letter's signature block. Every
 * change writes an audit event in its transaction.
 *
 * <pre>{@code
 * Signer s = signers.create(new SignerRequest("ss-0017", "นายสมชาย ใจดี",
 *         List.of("ผู้ว่าราชการจังหวัดสมุทรสงคราม")), "admin");
 * List<Signer> offered = signers.active("ss-0017");
 * }</pre>
 */
public final class SignerService {
    private static final String COLUMNS = "id, office_id, name, positions, active";

    private final Database db;
    private final AuditLog audit;
    private final Predicate<String> officeExists;
    private final Clock clock;

    /**
     * @param officeExists whether an office id is known, so that no signer names a missing one
     */
    public SignerService(
            Database db, Clock clock, ObjectMapper json, Predicate<String> officeExists) {
        this.db = db;
        this.audit = new AuditLog(db.dialect(), clock, json);
        this.officeExists = officeExists;
        this.clock = clock;
    }

    /** Every signer, by office, then as added. */
    public List<Signer> list() {
        return db.read(c -> query(c, "SELECT " + COLUMNS + " FROM signers ORDER BY office_id, id"));
    }

    /** The office's active signers, as added: what the compose page offers. */
    public List<Signer> active(String officeId) {
        return db.read(
                c -> {
                    try (PreparedStatement s =
                            c.prepareStatement(
                                    "SELECT "
                                            + COLUMNS
                                            + " FROM signers WHERE office_id = ? AND active"
                                            + " ORDER BY id")) {
                        s.setString(1, officeId);
                        return rows(s);
                    }
                });
    }

    /**
     * @throws ProblemException {@code SIGNER_NOT_FOUND}
     */
    public Signer get(long id) {
        return db.read(c -> find(c, id));
    }

    /**
     * Adds an active signer.
     *
     * @throws ProblemException {@code UNKNOWN_OFFICE} for an office that does not exist
     */
    public Signer create(SignerRequest request, String actor) {
        requireOffice(request.officeId());
        return db.inTransaction(
                c -> {
                    long id;
                    try (PreparedStatement s =
                            c.prepareStatement(
                                    "INSERT INTO signers (office_id, name, positions, active,"
                                            + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"
                                            + " RETURNING id")) {
                        s.setString(1, request.officeId());
                        s.setString(2, request.name());
                        s.setString(3, String.join("\n", request.positions()));
                        s.setBoolean(4, true);
                        db.dialect().setInstant(s, 5, clock.instant());
                        s.setString(6, actor);
                        try (ResultSet r = s.executeQuery()) {
                            r.next();
                            id = r.getLong(1);
                        }
                    }
                    Signer after = find(c, id);
                    audit.record(c, actor, "signer.create", "signer/" + id, null, after);
                    return after;
                });
    }

    /** Changes a signer's office, name and positions. */
    public Signer update(long id, SignerRequest request, String actor) {
        requireOffice(request.officeId());
        return change(
                id,
                actor,
                "signer.update",
                "UPDATE signers SET office_id = ?, name = ?, positions = ? WHERE id = ?",
                s -> {
                    s.setString(1, request.officeId());
                    s.setString(2, request.name());
                    s.setString(3, String.join("\n", request.positions()));
                    s.setLong(4, id);
                });
    }

    /** Makes a signer inactive (no longer offered) or active again. */
    public Signer setActive(long id, boolean active, String actor) {
        return change(
                id,
                actor,
                active ? "signer.activate" : "signer.deactivate",
                "UPDATE signers SET active = ? WHERE id = ?",
                s -> {
                    s.setBoolean(1, active);
                    s.setLong(2, id);
                });
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private Signer change(long id, String actor, String action, String sql, Binder binder) {
        return db.inTransaction(
                c -> {
                    Signer before = find(c, id);
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        binder.bind(s);
                        s.executeUpdate();
                    }
                    Signer after = find(c, id);
                    audit.record(c, actor, action, "signer/" + id, before, after);
                    return after;
                });
    }

    private void requireOffice(String officeId) {
        if (!officeExists.test(officeId)) {
            throw new ProblemException(
                    Problem.badField(
                            "UNKNOWN_OFFICE",
                            "officeId",
                            "no office " + officeId,
                            "ไม่พบหน่วยงาน " + officeId));
        }
    }

    private static Signer find(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + COLUMNS + " FROM signers WHERE id = ?")) {
            s.setLong(1, id);
            List<Signer> found = rows(s);
            if (found.isEmpty()) {
                throw new ProblemException(
                        new Problem(
                                404,
                                "SIGNER_NOT_FOUND",
                                "no signer " + id,
                                "ไม่พบผู้ลงนามรายนี้",
                                "id"));
            }
            return found.get(0);
        }
    }

    private static List<Signer> query(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            return rows(s);
        }
    }

    private static List<Signer> rows(PreparedStatement s) throws SQLException {
        List<Signer> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(
                        new Signer(
                                r.getLong("id"),
                                r.getString("office_id"),
                                r.getString("name"),
                                List.of(r.getString("positions").split("\n")),
                                r.getBoolean("active")));
            }
        }
        return out;
    }
}
