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
import java.time.temporal.ChronoUnit;
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

    /**
     * The most allocations of one series written in one transaction: 32 clients asking at once fit,
     * and the register rows' INSERT binds 13 × 64 = 832 parameters, below the smallest limit of
     * either database (999 in SQLite before 3.32).
     */
    private static final int MAX_BATCH = 64;

    private final Database db;
    private final OfficeTree offices;
    private final Clock clock;
    private final ObjectMapper json;
    private final AllocationBatcher<SeriesYear, Allocation, RegisterEntry> batcher;

    public RegisterService(Database db, OfficeTree offices, Clock clock, ObjectMapper json) {
        this.db = db;
        this.offices = offices;
        this.clock = clock;
        this.json = json;
        this.batcher =
                new AllocationBatcher<>(
                        MAX_BATCH,
                        (key, batch) -> db.inLockingTransaction(c -> allocate(c, key, batch)));
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
     * Takes the next number of {@code series} for {@code officeId} (from its parent's series when
     * the office shares it) in the period of the letter's date, and records the register row. The
     * answer comes once the row is committed. Requests of the same series that arrive together are
     * written in one transaction; inside a caller's own transaction the number is taken in that
     * one, and commits or rolls back with it.
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
        SeriesYear key = new SeriesYear(numbering.id(), series, period.buddhistYear());
        Allocation allocation = new Allocation(office, date, request, actor);
        if (db.isInTransaction()) {
            return db.inLockingTransaction(c -> allocate(c, key, List.of(allocation))).get(0);
        }
        return batcher.submit(key, allocation);
    }

    /**
     * Writes a batch of allocations of one series' year: takes as many numbers with one counter
     * update, inserts the register rows and their audit events, each with one statement.
     */
    private List<RegisterEntry> allocate(Connection c, SeriesYear key, List<Allocation> batch)
            throws SQLException {
        int first = next(c, key.officeId(), key.series(), key.year(), batch.size());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<RegisterEntry> entries = insert(c, key, first, batch, now);
        List<AuditEvent> events = new ArrayList<>(entries.size());
        for (RegisterEntry e : entries) {
            events.add(new AuditEvent(e.createdBy(), "number.allocate", entity(e), null, e));
        }
        audit(c, now, events);
        return entries;
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
     * Takes {@code count} consecutive numbers of a series' year and returns the first of them: one
     * UPDATE that takes the counter row's lock and returns the new last number; the row is created
     * on a series' first number of the year. The lock is held until the transaction ends and every
     * other allocation of the series waits for it, so few statements should follow.
     */
    private static int next(Connection c, String officeId, Series series, int year, int count)
            throws SQLException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        Integer last = increment(c, officeId, series, year, count);
        if (last == null) {
            try (PreparedStatement s =
                    c.prepareStatement(
                            "INSERT INTO series_counters (office_id, series, year, last_number)"
                                    + " VALUES (?, ?, ?, 0) ON CONFLICT (office_id, series, year) DO NOTHING")) {
                bindSeries(s, officeId, series, year);
                s.executeUpdate();
            }
            last = increment(c, officeId, series, year, count);
        }
        return last - count + 1;
    }

    private static Integer increment(
            Connection c, String officeId, Series series, int year, int count) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE series_counters SET last_number = last_number + ?"
                                + " WHERE office_id = ? AND series = ? AND year = ? RETURNING last_number")) {
            s.setInt(1, count);
            bindSeries(s, 2, officeId, series, year);
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

    /**
     * Inserts the register rows of a batch, numbered from {@code first} in the batch's order, with
     * one statement, and returns them as the register keeps them.
     */
    private List<RegisterEntry> insert(
            Connection c, SeriesYear key, int first, List<Allocation> batch, Instant now)
            throws SQLException {
        StringBuilder sql =
                new StringBuilder(
                        "INSERT INTO register_entries (office_id, requested_by, series, year, number,"
                                + " status, reference_number, letter_date, sender, recipient, subject,"
                                + " remark, created_at, created_by) VALUES ");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(?, ?, ?, ?, ?, 'USED', ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        sql.append(" RETURNING id, number");
        String[] references = new String[batch.size()];
        long[] ids = new long[batch.size()];
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 0;
            for (int i = 0; i < batch.size(); i++) {
                Allocation a = batch.get(i);
                references[i] = referenceNumber(a.office(), key.series(), first + i, key.year());
                s.setString(++p, key.officeId());
                s.setString(++p, a.office().id());
                s.setString(++p, key.series().name());
                s.setInt(++p, key.year());
                s.setInt(++p, first + i);
                s.setString(++p, references[i]);
                s.setString(++p, a.date().toString());
                s.setString(++p, a.request().sender());
                s.setString(++p, a.request().recipient());
                s.setString(++p, a.request().subject());
                s.setString(++p, a.request().remark());
                db.dialect().setInstant(s, ++p, now);
                s.setString(++p, a.actor());
            }
            // Neither database promises RETURNING in VALUES order: match the ids by number.
            int returned = 0;
            try (ResultSet r = s.executeQuery()) {
                for (; r.next(); returned++) {
                    ids[r.getInt(2) - first] = r.getLong(1);
                }
            }
            if (returned != batch.size()) {
                throw new IllegalStateException(
                        "inserted " + batch.size() + " register rows, " + returned + " returned");
            }
        }
        List<RegisterEntry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            entries.add(batch.get(i).entry(ids[i], key, first + i, references[i], now));
        }
        return entries;
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
        bindSeries(s, 1, officeId, series, year);
    }

    /** Binds the key of a series' year to parameters {@code from} to {@code from + 2}. */
    private static void bindSeries(
            PreparedStatement s, int from, String officeId, Series series, int year)
            throws SQLException {
        s.setString(from, officeId);
        s.setString(from + 1, series.name());
        s.setInt(from + 2, year);
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
        audit(c, Instant.now(clock), List.of(new AuditEvent(actor, action, entity, before, after)));
    }

    /** Inserts audit events, all at the instant {@code at}, with one statement. */
    private void audit(Connection c, Instant at, List<AuditEvent> events) throws SQLException {
        StringBuilder sql =
                new StringBuilder(
                        "INSERT INTO audit_events (at, actor, action, entity, before_json, after_json)"
                                + " VALUES ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
        }
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 0;
            for (AuditEvent e : events) {
                db.dialect().setInstant(s, ++p, at);
                s.setString(++p, e.actor());
                s.setString(++p, e.action());
                s.setString(++p, e.entity());
                s.setString(++p, e.before() == null ? null : toJson(e.before()));
                s.setString(++p, e.after() == null ? null : toJson(e.after()));
            }
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

    /** The counter a number is taken from: an office's series in a Buddhist-Era year. */
    private record SeriesYear(String officeId, Series series, int year) {}

    /** A request for a number, checked, waiting for its number: what its register row records. */
    private record Allocation(Office office, LocalDate date, NumberRequest request, String actor) {
        /** The register row written for this request, as the register reads it back. */
        RegisterEntry entry(long id, SeriesYear key, int number, String reference, Instant at) {
            return new RegisterEntry(
                    id,
                    key.officeId(),
                    office.id(),
                    key.series(),
                    key.year(),
                    number,
                    RegisterEntry.Status.USED,
                    reference,
                    date,
                    request.sender(),
                    request.recipient(),
                    request.subject(),
                    null,
                    request.remark(),
                    at,
                    actor,
                    null,
                    null,
                    null);
        }
    }

    private record AuditEvent(
            String actor, String action, String entity, Object before, Object after) {}
}
