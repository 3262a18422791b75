package saraban.registers;

import static java.time.temporal.ChronoUnit.DAYS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import saraban.audit.AuditLog;
import saraban.storage.Database;

/**
 * Reservations (จองเลข): blocks of numbers set aside for an office, each a register row from the
 * start, used once or cancelled when the reservation ends. {@link RegisterService} is their public
 * face.
 */
final class Reservations {

    /** Why the numbers left in a reservation were cancelled when it ended. */
    static final String EXPIRED_REASON = "การจองเลขหมดอายุ ไม่ได้ใช้เลขนี้";

    /** Who cancels the numbers of an expired reservation. */
    static final String SYSTEM = "system";

    private final Database db;
    private final OfficeDirectory offices;
    private final Clock clock;
    private final AuditLog audit;
    private final RegisterRows rows;

    Reservations(
            Database db, OfficeDirectory offices, Clock clock, AuditLog audit, RegisterRows rows) {
        this.db = db;
        this.offices = offices;
        this.clock = clock;
        this.audit = audit;
        this.rows = rows;
    }

    /**
     * Sets {@code request.count()} consecutive numbers of {@code series} aside for {@code officeId}
     * ("จองเลข"), from its numbering office's series in the current year. Each number is a register
     * row marked reserved at once, so the register accounts for it from the start; it is later used
     * ({@link #useReserved(long, Integer, NumberRequest, String)}) or, when the reservation
     * expires, cancelled. The expiry is capped at the end of the numbering year, since the series
     * restarts then.
     */
    Reservation reserve(String officeId, Series series, ReservationRequest request, String actor) {
        Office office = office(officeId);
        offices.requireActive(officeId);
        if (series == Series.RECEIVE) {
            throw RegisterProblems.notReservable(series);
        }
        RegisterService.checkCanNumber(office, series);
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
                    int first = RegisterRows.next(c, numbering.id(), series, year, request.count());
                    long id;
                    try (PreparedStatement s =
                            c.prepareStatement(
                                    "INSERT INTO reservations (office_id, series, year, first_number,"
                                            + " count, reserved_for, purpose, expires_at, created_at,"
                                            + " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                            + " RETURNING id")) {
                        RegisterRows.bindSeries(s, numbering.id(), series, year);
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
                            s.setString(
                                    6, RegisterRows.referenceNumber(office, series, number, year));
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
    Reservation reservation(long id) {
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
    RegisterEntry useReserved(
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
    RegisterEntry useReserved(
            String officeId,
            Series series,
            String referenceNumber,
            NumberRequest request,
            String actor) {
        Office office = office(officeId);
        RegisterService.checkCanNumber(office, series);
        ReferenceNumber wanted;
        try {
            wanted = ReferenceNumber.parse(referenceNumber);
        } catch (IllegalArgumentException e) {
            throw RegisterProblems.malformedReferenceNumber(referenceNumber);
        }
        String formatted =
                RegisterRows.referenceNumber(
                        office, series, wanted.number(), wanted.buddhistYear());
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
                    RegisterEntry entry =
                            rows.find(c, numbering.id(), series, year, wanted.number());
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
        RegisterEntry after = rows.find(c, entry.id());
        audit.record(c, actor, "number.use", RegisterRows.entity(after), entry, after);
        return after;
    }

    /**
     * Cancels every number still reserved by a reservation that has ended, with the reason and an
     * audit event each; returns how many. The server calls this every minute and before it lists a
     * register, so a register never shows an expired number as still reserved.
     */
    int expireReservations() {
        Instant now = Instant.now(clock);
        boolean due =
                db.read(
                        c -> {
                            try (PreparedStatement s =
                                    c.prepareStatement(EXPIRED_ROWS + " LIMIT 1")) {
                                db.dialect().setInstant(s, 1, now);
                                return !rows.rows(s).isEmpty();
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
                        expired = rows.rows(s);
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
                        RegisterEntry after = rows.find(c, before.id());
                        audit.record(
                                c,
                                SYSTEM,
                                "number.expire",
                                RegisterRows.entity(after),
                                before,
                                after);
                    }
                    return expired.size();
                });
    }

    private static final String EXPIRED_ROWS =
            "SELECT "
                    + RegisterRows.COLUMNS
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
                                        + RegisterRows.COLUMNS
                                        + " FROM register_entries WHERE reservation_id = ?"
                                        + " ORDER BY number")) {
                    e.setLong(1, id);
                    entries = rows.rows(e);
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

    private Office office(String id) {
        return offices.find(id).orElseThrow(() -> RegisterProblems.unknownOffice(id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NumberingPeriod.BANGKOK));
    }
}
