package saraban.registers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import saraban.audit.AuditLog;
import saraban.storage.Database;

/**
 * Numbers and registers: hands out the next number of an office's series ("ขอเลข"), atomically and
 * durably, never twice and without gaps; cancels numbers without freeing them; lists a register.
 * Every change writes an audit event in the same transaction.
 */
public final class RegisterService {

    /** Why the numbers left in a reservation were cancelled when it ended. */
    static final String EXPIRED_REASON = Reservations.EXPIRED_REASON;

    /** Who cancels the numbers of an expired reservation. */
    static final String SYSTEM = Reservations.SYSTEM;

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
    private final AllocationWriter writer;
    private final AllocationBatcher<
                    AllocationWriter.SeriesYear, AllocationWriter.Allocation, RegisterEntry>
            batcher;
    private final RegisterRows rows;
    private final Reservations reservations;

    /** The registers of {@code db}, numbering by the offices as {@code offices} holds them now. */
    public RegisterService(Database db, OfficeDirectory offices, Clock clock, ObjectMapper json) {
        this.db = db;
        this.offices = offices;
        this.clock = clock;
        this.audit = new AuditLog(db.dialect(), clock, json);
        this.rows = new RegisterRows(db.dialect());
        this.reservations = new Reservations(db, offices, clock, audit, rows);
        this.writer = new AllocationWriter(db.dialect(), clock, audit);
        this.batcher =
                new AllocationBatcher<>(
                        MAX_BATCH,
                        (key, batch) -> db.inLockingTransaction(c -> writer.write(c, key, batch)));
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
        AllocationWriter.SeriesYear key =
                new AllocationWriter.SeriesYear(numbering.id(), series, period.buddhistYear());
        AllocationWriter.Allocation allocation =
                new AllocationWriter.Allocation(
                        office, date, request, actor, null, "number.allocate");
        if (db.isInTransaction()) {
            return db.inLockingTransaction(c -> writer.write(c, key, List.of(allocation))).get(0);
        }
        return batcher.submit(key, allocation);
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
        AllocationWriter.SeriesYear key =
                new AllocationWriter.SeriesYear(numbering.id(), Series.RECEIVE, year);
        AllocationWriter.Allocation allocation =
                new AllocationWriter.Allocation(
                        office, request.date(), request, actor, reference, "number.receive");
        if (db.isInTransaction()) {
            return db.inLockingTransaction(c -> writer.write(c, key, List.of(allocation))).get(0);
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
                    RegisterEntry before = rows.find(c, entryId);
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
                    RegisterEntry after = rows.find(c, entryId);
                    audit.record(
                            c, actor, "register.action", RegisterRows.entity(after), before, after);
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
                    RegisterEntry before = rows.find(c, numbering.id(), series, year, number);
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
                    RegisterEntry after = rows.find(c, before.id());
                    audit.record(
                            c, actor, "number.cancel", RegisterRows.entity(after), before, after);
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
                                            + RegisterRows.COLUMNS
                                            + " FROM register_entries WHERE office_id = ? AND"
                                            + " series = ? AND year = ? ORDER BY number")) {
                        RegisterRows.bindSeries(s, numbering.id(), series, year);
                        return rows.rows(s);
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
                        RegisterRows.bindSeries(s, numbering.id(), series, year);
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
        return reservations.reserve(officeId, series, request, actor);
    }

    /** One register row, by its id. */
    public RegisterEntry entry(long id) {
        return db.read(
                c -> {
                    RegisterEntry e = rows.find(c, id);
                    if (e == null) {
                        throw new saraban.ProblemException(
                                new saraban.Problem(
                                        404,
                                        "REGISTER_ENTRY_NOT_FOUND",
                                        "no register row " + id,
                                        "ไม่พบรายการในทะเบียนนี้",
                                        "id"));
                    }
                    return e;
                });
    }

    /**
     * The reservations kept for {@code offices} that have not expired and still hold a number not
     * used, the soonest to expire first.
     */
    public List<Reservation> openReservations(java.util.Collection<String> offices) {
        return reservations.open(offices);
    }

    /** A reservation with its numbers as they stand. */
    public Reservation reservation(long id) {
        return reservations.reservation(id);
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
        return reservations.useReserved(reservationId, number, request, actor);
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
        return reservations.useReserved(officeId, series, referenceNumber, request, actor);
    }

    /**
     * Cancels every number still reserved by a reservation that has ended, with the reason and an
     * audit event each; returns how many. The server calls this every minute and before it lists a
     * register, so a register never shows an expired number as still reserved.
     */
    public int expireReservations() {
        return reservations.expireReservations();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NumberingPeriod.BANGKOK));
    }

    static void checkCanNumber(Office office, Series series) {
        if ((series == Series.SEND || series == Series.CIRCULAR) && office.unitCode() == null) {
            throw RegisterProblems.noUnitCode(office.id());
        }
    }
}
