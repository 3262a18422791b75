package saraban.registers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import saraban.storage.Database;
import saraban.thai.Digits;

/**
 * Numbers and registers: hands out the next number of an office's series ("ขอเลข"), atomically and
 * durably, never twice and without gaps; cancels numbers without freeing them; lists a register.
 * Every change writes an audit event in the same transaction.
 */
public final class RegisterService {

    private static final String COLUMNS =
            "id, office_id, requested_by, series, year, number, status, reference_number, letter_date,"
                    + " sender, recipient, subject, action, remark, created_at, created_by,"
                    + " cancelled_at, cancelled_by, cancel_reason";

    private final Database db;
    private final OfficeTree offices;
    private final Clock clock;
    private final ObjectMapper json;

    public RegisterService(Database db, OfficeTree offices, Clock clock, ObjectMapper json) {
        this.db = db;
        this.offices = offices;
        this.clock = clock;
        this.json = json;
    }

    /** Closes the database when the server stops. */
    public void close() {
        db.close();
    }

    /** The offices, as configured. */
    public List<Office> offices() {
        return offices.offices();
    }

    /** The office with this id, or {@code UNKNOWN_OFFICE}. */
    public Office office(String id) {
        return offices.find(id).orElseThrow(() -> RegisterProblems.unknownOffice(id));
    }

    /**
     * The office whose register holds {@code officeId}'s numbers of {@code series}: the office
     * itself, or the parent it shares the series with.
     */
    public Office numberingOffice(String officeId, Series series) {
        return offices.numberingOffice(office(officeId).id(), series);
    }

    /**
     * Takes the next number of {@code series} for {@code officeId} (from its parent's series when
     * the office shares it) in the period of the letter's date, and records the register row.
     */
    public RegisterEntry allocate(
            String officeId, Series series, NumberRequest request, String actor) {
        Office office = office(officeId);
        Office numbering = offices.numberingOffice(officeId, series);
        LocalDate today = LocalDate.now(clock.withZone(NumberingPeriod.BANGKOK));
        LocalDate date = request.date() != null ? request.date() : today;
        NumberingPeriod period = NumberingPeriod.of(numbering.policy().year(), date);
        NumberingPeriod current = NumberingPeriod.of(numbering.policy().year(), today);
        if (period.buddhistYear() > current.buddhistYear()) {
            throw RegisterProblems.futureYear(period.buddhistYear(), current.buddhistYear());
        }
        if ((series == Series.SEND || series == Series.CIRCULAR) && office.unitCode() == null) {
            throw RegisterProblems.noUnitCode(officeId);
        }
        return db.inLockingTransaction(
                c -> {
                    int number = next(c, numbering.id(), series, period.buddhistYear());
                    String reference =
                            referenceNumber(office, series, number, period.buddhistYear());
                    long id =
                            insert(
                                    c,
                                    numbering.id(),
                                    office.id(),
                                    series,
                                    period.buddhistYear(),
                                    number,
                                    reference,
                                    date,
                                    request,
                                    actor);
                    RegisterEntry entry = find(c, id);
                    audit(c, actor, "number.allocate", entity(entry), null, entry);
                    return entry;
                });
    }

    /**
     * Marks a number cancelled, with the reason; the row stays in the register and the number is
     * never reused.
     */
    public RegisterEntry cancel(
            String officeId, Series series, int year, int number, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw RegisterProblems.badField(
                    "FIELD_REQUIRED",
                    "reason",
                    "a cancellation needs a reason",
                    "ต้องระบุเหตุผลที่ยกเลิกเลข");
        }
        Office numbering = offices.numberingOffice(office(officeId).id(), series);
        return db.inTransaction(
                c -> {
                    RegisterEntry before = find(c, numbering.id(), series, year, number);
                    if (before == null) {
                        throw RegisterProblems.numberNotFound(officeId, series, year, number);
                    }
                    if (before.status() == RegisterEntry.Status.CANCELLED) {
                        throw RegisterProblems.alreadyCancelled(number);
                    }
                    try (PreparedStatement s =
                            c.prepareStatement(
                                    "UPDATE register_entries SET status = 'CANCELLED', cancelled_at = ?,"
                                            + " cancelled_by = ?, cancel_reason = ? WHERE id = ?")) {
                        db.dialect().setInstant(s, 1, Instant.now(clock));
                        s.setString(2, actor);
                        s.setString(3, reason.strip());
                        s.setLong(4, before.id());
                        s.executeUpdate();
                    }
                    RegisterEntry after = find(c, before.id());
                    audit(c, actor, "number.cancel", entity(after), before, after);
                    return after;
                });
    }

    /** The register of an office's series for a Buddhist-Era year, in number order. */
    public List<RegisterEntry> register(String officeId, Series series, int year) {
        Office numbering = offices.numberingOffice(office(officeId).id(), series);
        return db.read(
                c -> {
                    try (PreparedStatement s =
                            c.prepareStatement(
                                    "SELECT "
                                            + COLUMNS
                                            + " FROM register_entries WHERE office_id = ? AND"
                                            + " series = ? AND year = ? ORDER BY number")) {
                        bindSeries(s, numbering.id(), series, year);
                        return rows(s);
                    }
                });
    }

    /**
     * The next number: one UPDATE that takes the counter row's lock and returns the new value; the
     * row is created on a series' first number of the year. Few statements run while the lock is
     * held, since every other allocation of the series waits for it.
     */
    private static int next(Connection c, String officeId, Series series, int year)
            throws SQLException {
        Integer number = increment(c, officeId, series, year);
        if (number == null) {
            try (PreparedStatement s =
                    c.prepareStatement(
                            "INSERT INTO series_counters (office_id, series, year, last_number)"
                                    + " VALUES (?, ?, ?, 0) ON CONFLICT (office_id, series, year) DO NOTHING")) {
                bindSeries(s, officeId, series, year);
                s.executeUpdate();
            }
            number = increment(c, officeId, series, year);
        }
        return number;
    }

    private static Integer increment(Connection c, String officeId, Series series, int year)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE series_counters SET last_number = last_number + 1"
                                + " WHERE office_id = ? AND series = ? AND year = ? RETURNING last_number")) {
            bindSeries(s, officeId, series, year);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : null;
            }
        }
    }

    private static String referenceNumber(Office office, Series series, int number, int year) {
        return switch (series) {
            case SEND -> office.referenceNumber(false, number).format(Digits.THAI);
            case CIRCULAR -> office.referenceNumber(true, number).format(Digits.THAI);
            case ORDER, ANNOUNCEMENT -> ReferenceNumber.order(number, year).format(Digits.THAI);
            case RECEIVE -> null;
        };
    }

    private long insert(
            Connection c,
            String officeId,
            String requestedBy,
            Series series,
            int year,
            int number,
            String reference,
            LocalDate date,
            NumberRequest request,
            String actor)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO register_entries (office_id, requested_by, series, year, number, status,"
                                + " reference_number, letter_date, sender, recipient, subject, remark,"
                                + " created_at, created_by) VALUES (?, ?, ?, ?, ?, 'USED', ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " RETURNING id")) {
            s.setString(1, officeId);
            s.setString(2, requestedBy);
            s.setString(3, series.name());
            s.setInt(4, year);
            s.setInt(5, number);
            s.setString(6, reference);
            s.setString(7, date.toString());
            s.setString(8, request.sender());
            s.setString(9, request.recipient());
            s.setString(10, request.subject());
            s.setString(11, request.remark());
            db.dialect().setInstant(s, 12, Instant.now(clock));
            s.setString(13, actor);
            try (ResultSet keys = s.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private RegisterEntry find(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT " + COLUMNS + " FROM register_entries WHERE id = ?")) {
            s.setLong(1, id);
            return first(rows(s));
        }
    }

    private RegisterEntry find(Connection c, String officeId, Series series, int year, int number)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT "
                                + COLUMNS
                                + " FROM register_entries WHERE office_id = ? AND series = ?"
                                + " AND year = ? AND number = ?")) {
            bindSeries(s, officeId, series, year);
            s.setInt(4, number);
            return first(rows(s));
        }
    }

    /** Binds the key of a series' year (office, series, Buddhist-Era year) to parameters 1 to 3. */
    private static void bindSeries(PreparedStatement s, String officeId, Series series, int year)
            throws SQLException {
        s.setString(1, officeId);
        s.setString(2, series.name());
        s.setInt(3, year);
    }

    private static RegisterEntry first(List<RegisterEntry> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<RegisterEntry> rows(PreparedStatement s) throws SQLException {
        List<RegisterEntry> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(
                        new RegisterEntry(
                                r.getLong("id"),
                                r.getString("office_id"),
                                r.getString("requested_by"),
                                Series.valueOf(r.getString("series")),
                                r.getInt("year"),
                                r.getInt("number"),
                                RegisterEntry.Status.valueOf(r.getString("status")),
                                r.getString("reference_number"),
                                LocalDate.parse(r.getString("letter_date")),
                                r.getString("sender"),
                                r.getString("recipient"),
                                r.getString("subject"),
                                r.getString("action"),
                                r.getString("remark"),
                                db.dialect().getInstant(r, "created_at"),
                                r.getString("created_by"),
                                db.dialect().getInstant(r, "cancelled_at"),
                                r.getString("cancelled_by"),
                                r.getString("cancel_reason")));
            }
        }
        return out;
    }

    private static String entity(RegisterEntry e) {
        return "register/"
                + e.officeId()
                + "/"
                + e.series().pathId()
                + "/"
                + e.year()
                + "/"
                + e.number();
    }

    private void audit(
            Connection c, String actor, String action, String entity, Object before, Object after)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO audit_events (at, actor, action, entity, before_json, after_json)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            db.dialect().setInstant(s, 1, Instant.now(clock));
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
