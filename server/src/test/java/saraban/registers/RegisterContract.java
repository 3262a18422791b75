package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import saraban.ProblemException;
import saraban.storage.Database;
import saraban.storage.StorageException;
import saraban.testing.SettableClock;
import saraban.web.Json;

/** What the registers promise, run against each database by its subclasses. */
abstract class RegisterContract {
    /** 31 Dec 2019, 23:59:30 in Bangkok (BE 2562). */
    static final Instant BEFORE_MIDNIGHT = Instant.parse("2019-12-31T16:59:30Z");

    final SettableClock clock = new SettableClock(BEFORE_MIDNIGHT);
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
        }
    }

    static NumberRequest about(String subject) {
        return new NumberRequest(subject, "นายอำเภอทุกอำเภอ", null, null, null);
    }

    @Test
    void numbers_follow_one_another_from_one_and_print_as_reference_numbers() {
        RegisterService registers = service();
        RegisterEntry first =
                registers.allocate("ss-0017-2", Series.CIRCULAR, about("หนึ่ง"), "clerk");
        RegisterEntry second =
                registers.allocate("ss-0017-2", Series.CIRCULAR, about("สอง"), "clerk");
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.referenceNumber()).isEqualTo("สส ๐๐๑๗.๒/ว ๒");
        assertThat(second.year()).isEqualTo(2562);
        assertThat(second.status()).isEqualTo(RegisterEntry.Status.USED);
        assertThat(registers.register("ss-0017-2", Series.CIRCULAR, 2562))
                .extracting(RegisterEntry::subject)
                .containsExactly("หนึ่ง", "สอง");
    }

    @Test
    void orders_carry_the_buddhist_year() {
        RegisterEntry order =
                service().allocate("ss-0017-2", Series.ORDER, about("แต่งตั้ง"), "clerk");
        assertThat(order.referenceNumber()).isEqualTo("๑/๒๕๖๒");
    }

    @Test
    void restarts_numbering_on_first_of_january_in_bangkok() {
        RegisterService registers = service();
        registers.allocate("ss-0017-2", Series.SEND, about("ปลายปี"), "clerk");
        registers.allocate("ss-0017-2", Series.SEND, about("ปลายปี"), "clerk");
        clock.set(
                BEFORE_MIDNIGHT.plusSeconds(
                        31)); // 00:00:01 on 1 Jan 2020 in Bangkok, still 2019 in UTC
        RegisterEntry first = registers.allocate("ss-0017-2", Series.SEND, about("ต้นปี"), "clerk");
        assertThat(first.year()).isEqualTo(2563);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.letterDate()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void a_date_in_a_future_year_is_refused_and_consumes_no_number() {
        RegisterService registers = service();
        NumberRequest next =
                new NumberRequest("ล่วงหน้า", null, null, LocalDate.of(2020, 1, 2), null);
        assertThatThrownBy(() -> registers.allocate("ss-0017-2", Series.SEND, next, "clerk"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("DATE_IN_FUTURE_YEAR");
        assertThat(registers.allocate("ss-0017-2", Series.SEND, about("ถัดไป"), "clerk").number())
                .isEqualTo(1);
    }

    @Test
    void a_cancelled_number_stays_in_the_register_and_is_never_reused() {
        RegisterService registers = service();
        registers.allocate("ss-0017-2", Series.SEND, about("หนึ่ง"), "clerk");
        RegisterEntry cancelled =
                registers.cancel("ss-0017-2", Series.SEND, 2562, 1, "พิมพ์ผิด", "head");
        assertThat(cancelled.status()).isEqualTo(RegisterEntry.Status.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("พิมพ์ผิด");
        assertThat(cancelled.cancelledBy()).isEqualTo("head");
        assertThat(registers.allocate("ss-0017-2", Series.SEND, about("สอง"), "clerk").number())
                .isEqualTo(2);
        assertThat(registers.register("ss-0017-2", Series.SEND, 2562)).hasSize(2);
        assertThatThrownBy(
                        () ->
                                registers.cancel(
                                        "ss-0017-2", Series.SEND, 2562, 1, "อีกครั้ง", "head"))
                .hasMessageContaining("NUMBER_ALREADY_CANCELLED");
        assertThatThrownBy(
                        () -> registers.cancel("ss-0017-2", Series.SEND, 2562, 9, "ไม่มี", "head"))
                .hasMessageContaining("NUMBER_NOT_FOUND");
    }

    @Test
    void a_unit_that_shares_its_parents_series_takes_the_parents_next_number() {
        RegisterService registers = service();
        Office unit = OfficeTree.sample().get("ss-0017-2");
        String parent = OfficeTree.sample().numberingOffice(unit.id(), Series.SEND).id();
        RegisterEntry entry = registers.allocate(unit.id(), Series.SEND, about("ส่ง"), "clerk");
        assertThat(entry.officeId()).isEqualTo(parent);
        assertThat(entry.requestedBy()).isEqualTo(unit.id());
        assertThat(entry.referenceNumber()).startsWith("สส ๐๐๑๗.๒/");
    }

    @Test
    void unknown_offices_are_refused() {
        assertThatThrownBy(() -> service().allocate("no-such", Series.SEND, about("x"), "clerk"))
                .hasMessageContaining("UNKNOWN_OFFICE");
    }

    @Test
    void every_change_writes_an_audit_event_in_the_same_transaction() throws Exception {
        RegisterService registers = service();
        registers.allocate("ss-0017-2", Series.SEND, about("หนึ่ง"), "clerk");
        registers.cancel("ss-0017-2", Series.SEND, 2562, 1, "พิมพ์ผิด", "head");
        List<String> actions =
                db.read(
                        c -> {
                            List<String> out = new ArrayList<>();
                            try (Statement s = c.createStatement();
                                    ResultSet r =
                                            s.executeQuery(
                                                    "SELECT actor, action, before_json, after_json FROM audit_events ORDER BY id")) {
                                while (r.next()) {
                                    out.add(
                                            r.getString(1)
                                                    + " "
                                                    + r.getString(2)
                                                    + " "
                                                    + (r.getString(3) != null)
                                                    + " "
                                                    + r.getString(4).contains("\"number\":1"));
                                }
                            }
                            return out;
                        });
        assertThat(actions)
                .containsExactly(
                        "clerk number.allocate false true", "head number.cancel true true");
    }

    @Test
    void sixteen_threads_get_every_number_exactly_once() throws Exception {
        RegisterService registers = service();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                work.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < 25; i++) {
                                        int n =
                                                registers
                                                        .allocate(
                                                                "ss-mueang",
                                                                Series.SEND,
                                                                about("พร้อมกัน"),
                                                                "clerk")
                                                        .number();
                                        assertThat(seen.add(n))
                                                .as("number %d handed out twice", n)
                                                .isTrue();
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(400).allMatch(n -> n >= 1 && n <= 400);
        assertThat(registers.register("ss-mueang", Series.SEND, 2562))
                .extracting(RegisterEntry::number)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 400).boxed().toList());
    }

    @Test
    void the_answer_is_the_row_the_register_keeps_and_the_audit_event_records_it()
            throws Exception {
        RegisterService registers = service();
        NumberRequest request =
                new NumberRequest(
                        "ขอความอนุเคราะห์", "ผู้ว่าราชการจังหวัด", "สำนักปลัด", null, "ด่วน");
        RegisterEntry entry = registers.allocate("ss-0017-2", Series.SEND, request, "clerk");
        RegisterEntry kept = registers.register("ss-0017-2", Series.SEND, 2562).get(0);
        assertThat(entry).isEqualTo(kept);
        assertThat(auditAfterJson()).containsExactly(Json.mapper().writeValueAsString(kept));
    }

    @Test
    void a_write_that_fails_midway_leaves_nothing_and_takes_no_number() {
        RegisterService registers = service();
        registers.allocate("ss-mueang", Series.SEND, about("หนึ่ง"), "clerk");
        refuseAuditEventsOf(REFUSED);

        // The register row is inserted before the audit event is refused.
        assertThatThrownBy(
                        () -> registers.allocate("ss-mueang", Series.SEND, about(REFUSED), "clerk"))
                .hasMessageContaining("refused by the test");
        assertThat(registers.register("ss-mueang", Series.SEND, 2562))
                .extracting(RegisterEntry::subject)
                .containsExactly("หนึ่ง");
        assertThat(auditAfterJson()).hasSize(1);
        assertThat(registers.allocate("ss-mueang", Series.SEND, about("สอง"), "clerk").number())
                .isEqualTo(2);
    }

    @Test
    void callers_whose_batch_fails_get_the_error_and_the_others_get_every_number_once()
            throws Exception {
        RegisterService registers = service();
        refuseAuditEventsOf(REFUSED);
        Map<Integer, String> answered = new ConcurrentHashMap<>();
        Set<String> failed = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                work.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < 25; i++) {
                                        String subject =
                                                i % 5 == 4
                                                        ? REFUSED + " " + thread + "-" + i
                                                        : "ขอเลข " + thread + "-" + i;
                                        try {
                                            int n =
                                                    registers
                                                            .allocate(
                                                                    "ss-mueang",
                                                                    Series.SEND,
                                                                    about(subject),
                                                                    "clerk")
                                                            .number();
                                            assertThat(answered.put(n, subject))
                                                    .as("number %d handed out twice", n)
                                                    .isNull();
                                        } catch (StorageException e) {
                                            assertThat(e)
                                                    .hasMessageContaining("refused by the test");
                                            failed.add(subject);
                                        }
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answered.values()).noneMatch(subject -> subject.startsWith(REFUSED));
        assertThat(failed).filteredOn(subject -> subject.startsWith(REFUSED)).hasSize(80);
        assertThat(answered.size() + failed.size()).isEqualTo(400);
        List<RegisterEntry> register = registers.register("ss-mueang", Series.SEND, 2562);
        assertThat(register)
                .extracting(RegisterEntry::number)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, answered.size()).boxed().toList());
        for (RegisterEntry row : register) {
            assertThat(row.subject()).isEqualTo(answered.get(row.number()));
        }
        assertThat(auditAfterJson()).hasSize(answered.size());
    }

    @Test
    void a_number_taken_inside_a_callers_transaction_commits_or_rolls_back_with_it() {
        RegisterService registers = service();
        assertThatThrownBy(
                        () ->
                                db.inTransaction(
                                        c -> {
                                            registers.allocate(
                                                    "ss-mueang",
                                                    Series.SEND,
                                                    about("ร่าง"),
                                                    "clerk");
                                            throw new IllegalStateException("the letter failed");
                                        }))
                .hasMessage("the letter failed");
        assertThat(registers.register("ss-mueang", Series.SEND, 2562)).isEmpty();
        assertThat(auditAfterJson()).isEmpty();

        RegisterEntry kept =
                db.inTransaction(
                        c -> registers.allocate("ss-mueang", Series.SEND, about("ส่ง"), "clerk"));
        assertThat(kept.number()).isEqualTo(1);
        assertThat(registers.register("ss-mueang", Series.SEND, 2562)).containsExactly(kept);
    }

    /** A subject whose audit event the database refuses once {@link #refuseAuditEventsOf} ran. */
    static final String REFUSED = "refuse-me";

    /** Makes the database refuse audit events that mention {@code marker}, as a failing disk. */
    void refuseAuditEventsOf(String marker) {
        List<String> sql =
                switch (db.dialect()) {
                    case SQLITE ->
                            List.of(
                                    "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events"
                                            + " WHEN NEW.after_json LIKE '%"
                                            + marker
                                            + "%' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
                    case POSTGRESQL ->
                            List.of(
                                    "CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$"
                                            + " BEGIN IF NEW.after_json LIKE '%"
                                            + marker
                                            + "%' THEN RAISE EXCEPTION 'refused by the test'; END IF;"
                                            + " RETURN NEW; END $$",
                                    "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events"
                                            + " FOR EACH ROW EXECUTE FUNCTION refuse_audit()");
                };
        db.inTransaction(
                c -> {
                    try (Statement s = c.createStatement()) {
                        for (String statement : sql) {
                            s.execute(statement);
                        }
                    }
                    return null;
                });
    }

    /** The after_json of every audit event, in the order written. */
    List<String> auditAfterJson() {
        return db.read(
                c -> {
                    List<String> out = new ArrayList<>();
                    try (Statement s = c.createStatement();
                            ResultSet r =
                                    s.executeQuery(
                                            "SELECT after_json FROM audit_events ORDER BY id")) {
                        while (r.next()) {
                            out.add(r.getString(1));
                        }
                    }
                    return out;
                });
    }
}
