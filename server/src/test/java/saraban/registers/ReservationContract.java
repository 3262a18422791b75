package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import saraban.ProblemException;
import saraban.registers.RegisterEntry.Status;
import saraban.storage.Database;
import saraban.testing.SettableClock;
import saraban.web.Json;

/** What reservations (จองเลข) promise, run against each database by its subclasses. */
abstract class ReservationContract {
    /** 25 Nov 2019, 10:00 in Bangkok (BE 2562). */
    static final Instant START = Instant.parse("2019-11-25T03:00:00Z");

    static final String UNIT = "ss-0017-2";

    final SettableClock clock = new SettableClock(START);
    Database db;

    abstract String url();

    RegisterService service() {
        if (db == null) {
            db = Database.open(url(), clock);
        }
        return new RegisterService(db, OfficeTree.sample(), clock, Json.mapper());
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    static ReservationRequest block(int count) {
        return new ReservationRequest(count, null, "หนังสือเชิญประชุม");
    }

    static NumberRequest letter(String subject) {
        return new NumberRequest(subject, "นายอำเภอเมืองสมุทรสงคราม", null, null, null);
    }

    @Test
    void a_block_is_in_the_register_as_reserved_and_the_series_goes_on_after_it() {
        RegisterService registers = service();
        Reservation r = registers.reserve(UNIT, Series.SEND, block(5), "clerk");
        assertThat(r.firstNumber()).isEqualTo(1);
        assertThat(r.count()).isEqualTo(5);
        assertThat(r.reservedFor()).isEqualTo(UNIT);
        assertThat(r.year()).isEqualTo(2562);
        assertThat(r.expiresAt()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(r.entries())
                .extracting(RegisterEntry::number, RegisterEntry::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Status.RESERVED),
                        org.assertj.core.groups.Tuple.tuple(2, Status.RESERVED),
                        org.assertj.core.groups.Tuple.tuple(3, Status.RESERVED),
                        org.assertj.core.groups.Tuple.tuple(4, Status.RESERVED),
                        org.assertj.core.groups.Tuple.tuple(5, Status.RESERVED));
        assertThat(r.entries().get(4).referenceNumber()).isEqualTo("สส ๐๐๑๗.๒/๕");
        assertThat(r.entries()).allMatch(e -> e.reservationId() == r.id());

        RegisterEntry next = registers.allocate(UNIT, Series.SEND, letter("ถัดไป"), "clerk");
        assertThat(next.number()).isEqualTo(6);
        assertThat(registers.register(UNIT, Series.SEND, 2562))
                .extracting(RegisterEntry::status)
                .containsExactly(
                        Status.RESERVED,
                        Status.RESERVED,
                        Status.RESERVED,
                        Status.RESERVED,
                        Status.RESERVED,
                        Status.USED);
        assertThat(registers.reservation(r.id())).isEqualTo(r);
    }

    @Test
    void a_reserved_number_is_used_once_with_the_letters_details() {
        RegisterService registers = service();
        Reservation r = registers.reserve(UNIT, Series.CIRCULAR, block(3), "clerk");
        clock.advance(Duration.ofHours(2));

        RegisterEntry used = registers.useReserved(r.id(), 2, letter("ขอเชิญประชุม"), "unit");
        assertThat(used.number()).isEqualTo(2);
        assertThat(used.status()).isEqualTo(Status.USED);
        assertThat(used.subject()).isEqualTo("ขอเชิญประชุม");
        assertThat(used.recipient()).isEqualTo("นายอำเภอเมืองสมุทรสงคราม");
        assertThat(used.referenceNumber()).isEqualTo("สส ๐๐๑๗.๒/ว ๒");
        assertThat(used.usedBy()).isEqualTo("unit");
        assertThat(used.usedAt()).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(used.createdBy()).isEqualTo("clerk");
        assertThat(used.remark()).isEqualTo("หนังสือเชิญประชุม");

        assertThatThrownBy(() -> registers.useReserved(r.id(), 2, letter("ซ้ำ"), "unit"))
                .hasMessageContaining("NUMBER_ALREADY_USED");
        assertThat(registers.useReserved(r.id(), null, letter("ถัดไป"), "unit").number())
                .isEqualTo(1);
        assertThat(registers.useReserved(r.id(), null, letter("สุดท้าย"), "unit").number())
                .isEqualTo(3);
        assertThatThrownBy(() -> registers.useReserved(r.id(), null, letter("เกิน"), "unit"))
                .hasMessageContaining("RESERVATION_USED_UP");
        assertThatThrownBy(() -> registers.useReserved(r.id(), 4, letter("นอกช่วง"), "unit"))
                .hasMessageContaining("NUMBER_NOT_IN_RESERVATION");
        assertThatThrownBy(() -> registers.useReserved(r.id() + 100, 1, letter("ไม่มี"), "unit"))
                .hasMessageContaining("RESERVATION_NOT_FOUND");
        assertThat(actions())
                .containsExactly(
                        "clerk numbers.reserve",
                        "unit number.use",
                        "unit number.use",
                        "unit number.use");
    }

    @Test
    void an_expired_reservation_cannot_be_used_and_its_numbers_are_cancelled() {
        RegisterService registers = service();
        Reservation r =
                registers.reserve(
                        UNIT, Series.SEND, new ReservationRequest(3, "2019-11-26", null), "clerk");
        // to the end of 26 November in Bangkok
        assertThat(r.expiresAt()).isEqualTo(Instant.parse("2019-11-26T17:00:00Z"));
        registers.useReserved(r.id(), 1, letter("ทันเวลา"), "unit");
        assertThat(registers.expireReservations()).isZero();

        clock.set(r.expiresAt());
        assertThatThrownBy(() -> registers.useReserved(r.id(), 2, letter("สายไป"), "unit"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("RESERVATION_EXPIRED");
        assertThat(registers.expireReservations()).isEqualTo(2);
        assertThat(registers.expireReservations()).isZero();
        List<RegisterEntry> rows = registers.register(UNIT, Series.SEND, 2562);
        assertThat(rows)
                .extracting(RegisterEntry::status)
                .containsExactly(Status.USED, Status.CANCELLED, Status.CANCELLED);
        assertThat(rows.get(1).cancelReason()).isEqualTo(RegisterService.EXPIRED_REASON);
        assertThat(rows.get(1).cancelledBy()).isEqualTo(RegisterService.SYSTEM);
        assertThat(rows.get(1).cancelledAt()).isEqualTo(r.expiresAt());
        assertThatThrownBy(() -> registers.useReserved(r.id(), 2, letter("สายไป"), "unit"))
                .hasMessageContaining("RESERVATION_EXPIRED");
        // never back in the pool
        assertThat(registers.allocate(UNIT, Series.SEND, letter("ใหม่"), "clerk").number())
                .isEqualTo(4);
        assertThat(actions())
                .containsExactly(
                        "clerk numbers.reserve",
                        "unit number.use",
                        "system number.expire",
                        "system number.expire",
                        "clerk number.allocate");
    }

    @Test
    void a_register_never_shows_an_expired_number_as_reserved() {
        RegisterService registers = service();
        registers.reserve(UNIT, Series.ORDER, block(2), "clerk");
        clock.advance(Duration.ofDays(8));
        assertThat(registers.register(UNIT, Series.ORDER, 2562))
                .extracting(RegisterEntry::status)
                .containsExactly(Status.CANCELLED, Status.CANCELLED);
    }

    @Test
    void a_reserved_number_cancelled_meanwhile_cannot_be_used() {
        RegisterService registers = service();
        Reservation r = registers.reserve(UNIT, Series.SEND, block(2), "clerk");
        registers.cancel(UNIT, Series.SEND, 2562, 1, "ไม่ใช้แล้ว", "head");
        assertThatThrownBy(() -> registers.useReserved(r.id(), 1, letter("ใช้ซ้ำ"), "unit"))
                .hasMessageContaining("NUMBER_CANCELLED");
        assertThat(registers.useReserved(r.id(), null, letter("ที่เหลือ"), "unit").number())
                .isEqualTo(2);
    }

    @Test
    void reservations_end_with_the_numbering_year() {
        RegisterService registers = service();
        clock.set(Instant.parse("2019-12-31T10:00:00Z")); // 17:00 on 31 December in Bangkok
        Instant newYear = Instant.parse("2019-12-31T17:00:00Z");
        assertThat(registers.reserve(UNIT, Series.SEND, block(1), "clerk").expiresAt())
                .isEqualTo(newYear);
        ReservationRequest later = new ReservationRequest(1, "2020-01-15", null);
        assertThat(registers.reserve(UNIT, Series.SEND, later, "clerk").expiresAt())
                .isEqualTo(newYear);
    }

    @Test
    void a_reserved_number_is_taken_by_its_reference_number() {
        RegisterService registers = service();
        registers.reserve(UNIT, Series.SEND, block(2), "clerk");
        RegisterEntry used =
                registers.useReserved(UNIT, Series.SEND, "ที่ สส 0017.2/2", letter("ตามเลข"), "u");
        assertThat(used.number()).isEqualTo(2);
        assertThat(used.status()).isEqualTo(Status.USED);

        assertThatThrownBy(
                        () ->
                                registers.useReserved(
                                        UNIT, Series.SEND, "สส ๐๐๑๗.๒/ว ๑", letter("x"), "u"))
                .hasMessageContaining("REFERENCE_NUMBER_OTHER_OFFICE");
        assertThatThrownBy(
                        () ->
                                registers.useReserved(
                                        UNIT, Series.SEND, "มท 0017.2/1", letter("x"), "u"))
                .hasMessageContaining("REFERENCE_NUMBER_OTHER_OFFICE");
        assertThatThrownBy(
                        () ->
                                registers.useReserved(
                                        UNIT, Series.SEND, "สส 0017.2 ว", letter("x"), "u"))
                .hasMessageContaining("REFERENCE_NUMBER_MALFORMED");
        registers.allocate(UNIT, Series.SEND, letter("ขอเลขตามปกติ"), "clerk");
        assertThatThrownBy(
                        () ->
                                registers.useReserved(
                                        UNIT, Series.SEND, "สส 0017.2/3", letter("x"), "u"))
                .hasMessageContaining("NUMBER_NOT_RESERVED");
        assertThatThrownBy(
                        () ->
                                registers.useReserved(
                                        UNIT, Series.SEND, "สส 0017.2/99", letter("x"), "u"))
                .hasMessageContaining("NUMBER_NOT_RESERVED");
        assertThatThrownBy(
                        () ->
                                registers.useReserved(
                                        UNIT, Series.SEND, "สส 0017.2/2", letter("x"), "u"))
                .hasMessageContaining("NUMBER_ALREADY_USED");
    }

    @Test
    void refused_requests_write_nothing() {
        RegisterService registers = service();
        assertThatThrownBy(() -> registers.reserve(UNIT, Series.RECEIVE, block(1), "clerk"))
                .hasMessageContaining("SERIES_NOT_RESERVABLE");
        assertThatThrownBy(() -> new ReservationRequest(0, null, null))
                .hasMessageContaining("FIELD_INVALID");
        assertThatThrownBy(() -> new ReservationRequest(101, null, null))
                .hasMessageContaining("FIELD_INVALID");
        ReservationRequest past = new ReservationRequest(1, "2019-11-24", null);
        assertThatThrownBy(() -> registers.reserve(UNIT, Series.SEND, past, "clerk"))
                .hasMessageContaining("EXPIRY_PASSED");
        ReservationRequest garbled = new ReservationRequest(1, "พรุ่งนี้", null);
        assertThatThrownBy(() -> registers.reserve(UNIT, Series.SEND, garbled, "clerk"))
                .hasMessageContaining("FIELD_INVALID");
        assertThatThrownBy(() -> registers.reserve("no-such", Series.SEND, block(1), "clerk"))
                .hasMessageContaining("UNKNOWN_OFFICE");
        Reservation r = registers.reserve(UNIT, Series.SEND, block(1), "clerk");
        NumberRequest nextYear =
                new NumberRequest("ปีหน้า", null, null, java.time.LocalDate.of(2020, 1, 2), null);
        assertThatThrownBy(() -> registers.useReserved(r.id(), 1, nextYear, "unit"))
                .hasMessageContaining("DATE_OUTSIDE_RESERVATION_YEAR");
        assertThat(r.firstNumber()).isEqualTo(1);
        assertThat(registers.reservation(r.id()).entries().get(0).status())
                .isEqualTo(Status.RESERVED);
        assertThat(actions()).containsExactly("clerk numbers.reserve");
    }

    private List<String> actions() {
        return db.read(
                c -> {
                    List<String> out = new ArrayList<>();
                    try (Statement s = c.createStatement();
                            ResultSet r =
                                    s.executeQuery(
                                            "SELECT actor, action FROM audit_events ORDER BY id")) {
                        while (r.next()) {
                            out.add(r.getString(1) + " " + r.getString(2));
                        }
                    }
                    return out;
                });
    }
}
