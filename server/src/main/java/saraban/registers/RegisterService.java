package saraban.registers;

import static java.time.temporal.ChronoUnit.DAYS;

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
import saraban.audit.AuditLog;
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
                    + " cancelled_at, cancelled_by, cancel_reason, reservation_id, used_at, used_by";

    /** Why the numbers left in a reservation were cancelled when it ended. */
    static final String EXPIRED_REASON = "การจองเลขหมดอายุ ไม่ได้ใช้เลขนี้";

    /** Who cancels the numbers of an expired reservation. */
    static final String SYSTEM = "system";

    /**
     * The most allocations of one series written in one transaction: 32 clients asking at once fit,
     * and the register rows' INSERT binds 13 × 64 = 832 parameters, below the smallest limit of
     * either database (999 in SQLite before 3.32).
     */
    private static final int MAX_BATCH = 64;

    private final Database db;
    private final OfficeDirectory offices;
    private final Clock clock;
    private final AuditLog audit;
    private final AllocationBatcher<SeriesYear, Allocation, RegisterEntry> batcher;

    /** The registers of {@code db}, numbering by the offices as {@code offices} holds them now. */
    public RegisterService(Database db, OfficeDirectory offices, Clock clock, ObjectMapper json) {
        this.db = db;
        this.offices = offices;
        this.clock = clock;
        this.audit = new AuditLog(db.dialect(), clock, json);
        this.batcher =
                new AllocationBatcher<>(
                        MAX_BATCH,
                        (key, batch) -> db.inLockingTransaction(c -> allocate(c, key, batch)));
    }

    /** The database the registers live in; other services join its transactions. */
    public Database database() {
        return db;
    }

    /** The registers of {@code db} with offices that do not change: for tools and tests. */
    public RegisterService(Database db, OfficeTree offices, Clock clock, ObjectMapper json) {
        this(db, OfficeDirectory.of(offices), clock, json);
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
     * the office shares it) in the period of the letter's date, and records the register row. The
     * answer comes once the row is committed. Requests of the same series that arrive together are
     * written in one transaction; inside a caller's own transaction the number is taken in that
     * one, and commits or rolls back with it.
     */
    public RegisterEntry allocate(
            String officeId, Series series, NumberRequest request, String actor) {
        Office office = office(officeId);
        offices.requireActive(officeId);
        Office numbering = offices.numberingOffice(officeId, series);
        LocalDate today = today();
        LocalDate date = request.date() != null ? request.date() : today;
        NumberingPeriod period = NumberingPeriod.of(numbering.policy().year(), date);
        NumberingPeriod current = NumberingPeriod.of(numbering.policy().year(), today);
        if (period.buddhistYear() > current.buddhistYear()) {
            throw RegisterProblems.futureYear(period.buddhistYear(), current.buddhistYear());
        }
        checkCanNumber(office, series);
        SeriesYear key = new SeriesYear(numbering.id(), series, period.buddhistYear());
        Allocation allocation =
                new Allocation(office, date, request, actor, null, "number.allocate");
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
        List<AuditLog.Event> events = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            RegisterEntry e = entries.get(i);
            events.add(
                    new AuditLog.Event(e.createdBy(), batch.get(i).action(), entity(e), null, e));
        }
        audit.recordAll(c, now, events);
        return entries;
    }

    /**
     * Takes the next receive number (เลขรับ) of {@code officeId} for a letter received now, and
     * records the receive-register row: the letter's own number as its sender printed it, its date
     * ({@code request.date()}, required), sender, addressee and subject. Joins the caller's
     * transaction, so that the receipt's files and rows commit with the number.
     *
     * @param letterReference the incoming letter's ที่ as printed, or {@code null} when unknown
     */
    public RegisterEntry receive(
            String officeId, String letterReference, NumberRequest request, String actor) {
        Office office = office(officeId);
        Office numbering = offices.numberingOffice(officeId, Series.RECEIVE);
        LocalDate today = today();
        if (request.date() == null) {
            throw RegisterProblems.badField(
                    "FIELD_REQUIRED",
                    "date",
                    "the letter's date must be given",
                    "ต้องระบุวันที่ของหนังสือ (ลงวันที่)");
        }
        if (request.date().isAfter(today)) {
            throw RegisterProblems.badField(
                    "DATE_IN_FUTURE",
                    "date",
                    "the letter's date " + request.date() + " is after today " + today,
                    "วันที่ของหนังสืออยู่หลังวันนี้ ตรวจสอบวันที่อีกครั้ง");
        }
        String reference = NumberRequest.text("referenceNumber", letterReference, false);
        int year = NumberingPeriod.of(numbering.policy().year(), today).buddhistYear();
        offices.requireActive(officeId);
        SeriesYear key = new SeriesYear(numbering.id(), Series.RECEIVE, year);
        Allocation allocation =
                new Allocation(office, request.date(), request, actor, reference, "number.receive");
        if (db.isInTransaction()) {
            return db.inLockingTransaction(c -> allocate(c, key, List.of(allocation))).get(0);
        }
        return batcher.submit(key, allocation);
    }

    /**
     * Adds a line to a register row's การปฏิบัติ (what was done with the letter: to whom it went,
     * when). Joins the caller's transaction.
     */
    public RegisterEntry addAction(long entryId, String action, String actor) {
        String line = NumberRequest.text("action", action, true);
        return db.inTransaction(
                c -> {
                    RegisterEntry before = find(c, entryId);
                    if (before == null) {
                        throw new IllegalArgumentException("no register row " + entryId);
                    }
                    String text = before.action() == null ? line : before.action() + "\n" + line;
                    try (PreparedStatement s =
                            c.prepareStatement(
                                    "UPDATE register_entries SET action = ? WHERE id = ?")) {
                        s.setString(1, text);
                        s.setLong(2, entryId);
                        s.executeUpdate();
                    }
                    RegisterEntry after = find(c, entryId);
                    audit.record(c, actor, "register.action", entity(after), before, after);
                    return after;
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
                    audit.record(c, actor, "number.cancel", entity(after), before, after);
                    return after;
                });
    }

    /** The register of an office's series for a Buddhist-Era year, in number order. */
    public List<RegisterEntry> register(String officeId, Series series, int year) {
        Office numbering = offices.numberingOffice(office(officeId).id(), series);
        expireReservations();
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
     * The Buddhist-Era year whose register {@code officeId}'s next number of {@code series} would
     * go into today: the calendar or fiscal year of the office that keeps the series.
     */
    public int currentYear(String officeId, Series series) {
        Office numbering = offices.numberingOffice(office(officeId).id(), series);
        return NumberingPeriod.of(numbering.policy().year(), today()).buddhistYear();
    }

    /**
     * The number {@code officeId} would be given next in {@code series} if it asked now, without
     * taking it: for a preview only, since somebody else may take it first.
     */
    public int nextNumber(String officeId, Series series) {
        Office numbering = offices.numberingOffice(office(officeId).id(), series);
        int year = currentYear(officeId, series);
        return db.read(
                c -> {
                    try (PreparedStatement s =
                            c.prepareStatement(
                                    "SELECT last_number FROM series_counters WHERE office_id = ?"
                                            + " AND series = ? AND year = ?")) {
                        bindSeries(s, numbering.id(), series, year);
                        try (ResultSet r = s.executeQuery()) {
                            return r.next() ? r.getInt(1) + 1 : 1;
                        }
                    }
                });
    }

    /**
     * Sets {@code request.count()} consecutive numbers of {@code series} aside for {@code officeId}
     * ("จองเลข"), from its numbering office's series in the current year. Each number is a register
     * row marked reserved at once, so the register accounts for it from the start; it is later used
     * ({@link #useReserved}) or, when the reservation expires, cancelled. The expiry is capped at
     * the end of the numbering year, since the series restarts then.
     */
    public Reservation reserve(
            String officeId, Series series, ReservationRequest request, String actor) {
        Office office = office(officeId);
        offices.requireActive(officeId);
        if (series == Series.RECEIVE) {
            throw RegisterProblems.notReservable(series);
        }
        checkCanNumber(office, series);
        Office numbering = offices.numberingOffice(officeId, series);
        Instant now = Instant.now(clock);
        LocalDate today = today();
        NumberingPeriod period = NumberingPeriod.of(numbering.policy().year(), today);
        Instant asked = request.expiry();
        Instant expires = asked == null ? now.plus(ReservationRequest.DEFAULT_DAYS, DAYS) : asked;
        if (!expires.isAfter(now)) {
            throw RegisterProblems.expiryPassed(request.expiresAt());
        }
        Instant expiresAt = expires.isAfter(period.end()) ? period.end() : expires;
        int year = period.buddhistYear();
        return db.inLockingTransaction(
                c -> {
                    int first = next(c, numbering.id(), series, year, request.count());
                    long id;
                    try (PreparedStatement s =
                            c.prepareStatement(
                                    "INSERT INTO reservations (office_id, series, year, first_number,"
                                            + " count, reserved_for, purpose, expires_at, created_at,"
                                            + " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                            + " RETURNING id")) {
                        bindSeries(s, numbering.id(), series, year);
                        s.setInt(4, first);
                        s.setInt(5, request.count());
                        s.setString(6, office.id());
                        s.setString(7, request.purpose());
                        db.dialect().setInstant(s, 8, expiresAt);
                        db.dialect().setInstant(s, 9, now);
                        s.setString(10, actor);
                        try (ResultSet keys = s.executeQuery()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                    }
                    try (PreparedStatement s =
                            c.prepareStatement(
                                    "INSERT INTO register_entries (office_id, requested_by, series,"
                                            + " year, number, status, reference_number, letter_date,"
                                            + " remark, created_at, created_by, reservation_id)"
                                            + " VALUES (?, ?, ?, ?, ?, 'RESERVED', ?, ?, ?, ?, ?, ?)")) {
                        for (int number = first; number < first + request.count(); number++) {
                            s.setString(1, numbering.id());
                            s.setString(2, office.id());
                            s.setString(3, series.name());
                            s.setInt(4, year);
                            s.setInt(5, number);
                            s.setString(6, referenceNumber(office, series, number, year));
                            s.setString(7, today.toString());
                            s.setString(8, request.purpose());
                            db.dialect().setInstant(s, 9, now);
                            s.setString(10, actor);
                            s.setLong(11, id);
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                    Reservation reservation = findReservation(c, id);
                    audit.record(
                            c, actor, "numbers.reserve", "reservation/" + id, null, reservation);
                    return reservation;
                });
    }

    /** A reservation with its numbers as they stand. */
    public Reservation reservation(long id) {
        return db.read(
                c -> {
                    Reservation r = findReservation(c, id);
                    if (r == null) {
                        throw RegisterProblems.reservationNotFound(id);
                    }
                    return r;
                });
    }

    /**
     * Puts a reserved number to use for a letter: the register row takes the letter's subject,
     * recipient and date and is marked used, with who and when. {@code number} empty takes the
     * lowest number of the block still reserved.
     *
     * @throws saraban.ProblemException {@code RESERVATION_EXPIRED} after the expiry, {@code
     *     NUMBER_CANCELLED} for a number cancelled meanwhile, {@code NUMBER_ALREADY_USED}, {@code
     *     NUMBER_NOT_IN_RESERVATION}, {@code RESERVATION_USED_UP}
     */
    public RegisterEntry useReserved(
            long reservationId, Integer number, NumberRequest request, String actor) {
        return db.inTransaction(
                c -> {
                    Reservation r = findReservation(c, reservationId);
                    if (r == null) {
                        throw RegisterProblems.reservationNotFound(reservationId);
                    }
                    if (r.expired(Instant.now(clock))) {
                        throw RegisterProblems.reservationExpired(r);
                    }
                    RegisterEntry entry;
                    if (number == null) {
                        entry =
                                r.entries().stream()
                                        .filter(e -> e.status() == RegisterEntry.Status.RESERVED)
                                        .findFirst()
                                        .orElseThrow(
                                                () ->
                                                        RegisterProblems.reservationUsedUp(
                                                                reservationId));
                    } else if (!r.holds(number)) {
                        throw RegisterProblems.notInReservation(number, r);
                    } else {
                        entry = r.entries().get(number - r.firstNumber());
                    }
                    return use(c, r, entry, request, actor);
                });
    }

    /**
     * Puts the reserved number written as {@code referenceNumber} to use for a letter of {@code
     * officeId}: the way an issued letter takes a number set aside for it. Joins the caller's
     * transaction.
     *
     * @throws saraban.ProblemException {@code REFERENCE_NUMBER_MALFORMED}, {@code
     *     REFERENCE_NUMBER_OTHER_OFFICE} when its codes are not the office's, {@code
     *     NUMBER_NOT_RESERVED} when it was never set aside for the office, and those of {@link
     *     #useReserved(long, Integer, NumberRequest, String)}
     */
    public RegisterEntry useReserved(
            String officeId,
            Series series,
            String referenceNumber,
            NumberRequest request,
            String actor) {
        Office office = office(officeId);
        checkCanNumber(office, series);
        ReferenceNumber wanted;
        try {
            wanted = ReferenceNumber.parse(referenceNumber);
        } catch (IllegalArgumentException e) {
            throw RegisterProblems.malformedReferenceNumber(referenceNumber);
        }
        String formatted = referenceNumber(office, series, wanted.number(), wanted.buddhistYear());
        if (!ReferenceNumber.parse(formatted).searchKey().equals(wanted.searchKey())) {
            throw RegisterProblems.otherOfficesNumber(referenceNumber, formatted);
        }
        Office numbering = offices.numberingOffice(officeId, series);
        LocalDate date = request.date() != null ? request.date() : today();
        int year =
                wanted.isOrder()
                        ? wanted.buddhistYear()
                        : NumberingPeriod.of(numbering.policy().year(), date).buddhistYear();
        return db.inTransaction(
                c -> {
                    RegisterEntry entry = find(c, numbering.id(), series, year, wanted.number());
                    Reservation r =
                            entry == null || entry.reservationId() == null
                                    ? null
                                    : findReservation(c, entry.reservationId());
                    if (r == null || !r.reservedFor().equals(office.id())) {
                        throw RegisterProblems.notReserved(referenceNumber);
                    }
                    return use(c, r, entry, request, actor);
                });
    }

    private RegisterEntry use(
            Connection c, Reservation r, RegisterEntry entry, NumberRequest request, String actor)
            throws SQLException {
        Instant now = Instant.now(clock);
        if (r.expired(now)) {
            throw RegisterProblems.reservationExpired(r);
        }
        if (entry.status() == RegisterEntry.Status.CANCELLED) {
            throw RegisterProblems.numberCancelled(entry);
        }
        if (entry.status() == RegisterEntry.Status.USED) {
            throw RegisterProblems.alreadyUsed(entry);
        }
        LocalDate date = request.date() != null ? request.date() : today();
        Office numbering = offices.numberingOffice(r.reservedFor(), r.series());
        if (NumberingPeriod.of(numbering.policy().year(), date).buddhistYear() != r.year()) {
            throw RegisterProblems.dateOutsideYear(date, r.year());
        }
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE register_entries SET status = 'USED', letter_date = ?, sender = ?,"
                                + " recipient = ?, subject = ?, remark = ?, used_at = ?, used_by = ?"
                                + " WHERE id = ? AND status = 'RESERVED'")) {
            s.setString(1, date.toString());
            s.setString(2, request.sender());
            s.setString(3, request.recipient());
            s.setString(4, request.subject());
            s.setString(5, request.remark() != null ? request.remark() : r.purpose());
            db.dialect().setInstant(s, 6, now);
            s.setString(7, actor);
            s.setLong(8, entry.id());
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("reserved row " + entry.id() + " changed under us");
            }
        }
        RegisterEntry after = find(c, entry.id());
        audit.record(c, actor, "number.use", entity(after), entry, after);
        return after;
    }

    /**
     * Cancels every number still reserved by a reservation that has ended, with the reason and an
     * audit event each; returns how many. The server calls this every minute and before it lists a
     * register, so a register never shows an expired number as still reserved.
     */
    public int expireReservations() {
        Instant now = Instant.now(clock);
        boolean due =
                db.read(
                        c -> {
                            try (PreparedStatement s =
                                    c.prepareStatement(EXPIRED_ROWS + " LIMIT 1")) {
                                db.dialect().setInstant(s, 1, now);
                                return !rows(s).isEmpty();
                            }
                        });
        if (!due) {
            return 0;
        }
        return db.inTransaction(
                c -> {
                    List<RegisterEntry> expired;
                    try (PreparedStatement s = c.prepareStatement(EXPIRED_ROWS)) {
                        db.dialect().setInstant(s, 1, now);
                        expired = rows(s);
                    }
                    try (PreparedStatement s =
                            c.prepareStatement(
                                    "UPDATE register_entries SET status = 'CANCELLED',"
                                            + " cancelled_at = ?, cancelled_by = ?, cancel_reason = ?"
                                            + " WHERE id = ? AND status = 'RESERVED'")) {
                        for (RegisterEntry e : expired) {
                            db.dialect().setInstant(s, 1, now);
                            s.setString(2, SYSTEM);
                            s.setString(3, EXPIRED_REASON);
                            s.setLong(4, e.id());
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                    for (RegisterEntry before : expired) {
                        RegisterEntry after = find(c, before.id());
                        audit.record(c, SYSTEM, "number.expire", entity(after), before, after);
                    }
                    return expired.size();
                });
    }

    private static final String EXPIRED_ROWS =
            "SELECT "
                    + COLUMNS
                    + " FROM register_entries WHERE status = 'RESERVED' AND reservation_id IN"
                    + " (SELECT id FROM reservations WHERE expires_at <= ?) ORDER BY id";

    private Reservation findReservation(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT id, office_id, series, year, first_number, count, reserved_for,"
                                + " purpose, expires_at, created_at, created_by FROM reservations"
                                + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                List<RegisterEntry> entries;
                try (PreparedStatement e =
                        c.prepareStatement(
                                "SELECT "
                                        + COLUMNS
                                        + " FROM register_entries WHERE reservation_id = ?"
                                        + " ORDER BY number")) {
                    e.setLong(1, id);
                    entries = rows(e);
                }
                return new Reservation(
                        r.getLong("id"),
                        r.getString("office_id"),
                        r.getString("reserved_for"),
                        Series.valueOf(r.getString("series")),
                        r.getInt("year"),
                        r.getInt("first_number"),
                        r.getInt("count"),
                        r.getString("purpose"),
                        db.dialect().getInstant(r, "expires_at"),
                        db.dialect().getInstant(r, "created_at"),
                        r.getString("created_by"),
                        entries);
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NumberingPeriod.BANGKOK));
    }

    private static void checkCanNumber(Office office, Series series) {
        if ((series == Series.SEND || series == Series.CIRCULAR) && office.unitCode() == null) {
            throw RegisterProblems.noUnitCode(office.id());
        }
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
                references[i] =
                        key.series() == Series.RECEIVE
                                ? a.letterReference()
                                : referenceNumber(a.office(), key.series(), first + i, key.year());
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

    private static Long nullableLong(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
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
                                r.getString("cancel_reason"),
                                nullableLong(r, "reservation_id"),
                                db.dialect().getInstant(r, "used_at"),
                                r.getString("used_by")));
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

    /** The counter a number is taken from: an office's series in a Buddhist-Era year. */
    private record SeriesYear(String officeId, Series series, int year) {}

    /** A request for a number, checked, waiting for its number: what its register row records. */
    private record Allocation(
            Office office,
            LocalDate date,
            NumberRequest request,
            String actor,
            String letterReference,
            String action) {
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
                    null,
                    null,
                    null,
                    null);
        }
    }
}
