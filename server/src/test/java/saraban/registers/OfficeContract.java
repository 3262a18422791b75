package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import saraban.ProblemException;
import saraban.storage.Database;
import saraban.web.Json;

/**
 * What the offices promise, run against each database by its subclasses: kept in the database,
 * seeded once, every change checked, audited and seen at once by the registers, and no change that
 * would hand out a number twice. Kept in one file past the usual length so that no database can
 * skip a part of the contract.
 */
abstract class OfficeContract {
    /** 31 Dec 2019, 23:59:30 in Bangkok (BE 2562). */
    static final Instant BEFORE_MIDNIGHT = Instant.parse("2019-12-31T16:59:30Z");

    /** 1 Jan 2020, 00:00:30 in Bangkok (BE 2563), still 2019 in UTC. */
    static final Instant NEW_YEAR = Instant.parse("2019-12-31T17:00:30Z");

    final AtomicReference<Instant> now = new AtomicReference<>(BEFORE_MIDNIGHT);
    final Clock clock =
            new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.fixed(now.get(), zone);
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            };

    @TempDir Path temp;
    Database db;
    final List<OfficeService> opened = new ArrayList<>();

    abstract String url();

    Database db() {
        if (db == null) {
            db = Database.open(url(), clock);
        }
        return db;
    }

    OfficeService offices() {
        return offices(Optional.empty());
    }

    OfficeService offices(Optional<Path> file) {
        OfficeService service = OfficeService.open(db(), file, clock, Json.mapper());
        opened.add(service);
        return service;
    }

    RegisterService registers(OfficeService offices) {
        return new RegisterService(db(), offices.directory(), clock, Json.mapper());
    }

    @AfterEach
    void close() {
        opened.forEach(OfficeService::close);
        if (db != null) {
            db.close();
        }
    }

    static NumberRequest about(String subject) {
        return new NumberRequest(subject, "นายอำเภอทุกอำเภอ", null, null, null);
    }

    /** An office's fields as the API would send them back, to change one or two. */
    static final class Edit {
        String id;
        String name;
        String code;
        String unitCode;
        String parent;
        String address;
        String phone;
        List<String> shares;
        String year;
        Boolean active;

        Edit(OfficeView v) {
            id = v.id();
            name = v.name();
            code = v.code();
            unitCode = v.unitCode();
            parent = v.parent();
            address = v.address();
            phone = v.phone();
            shares = v.sharesParentSeries();
            year = v.numberingYear();
            active = v.active();
        }

        OfficeRequest request() {
            return new OfficeRequest(
                    id, name, code, unitCode, parent, address, phone, shares, year, active);
        }
    }

    static Edit edit(OfficeService offices, String id) {
        return new Edit(offices.get(id));
    }

    static OfficeRequest newOffice(String id, String unitCode, String parent, String... shares) {
        return new OfficeRequest(
                id,
                "กลุ่มงานทดสอบ " + id,
                "สส",
                unitCode,
                parent,
                "ถนนเอกชัย สส ๗๕๐๐๐",
                null,
                List.of(shares),
                null,
                null);
    }

    /** Audit events as {@code actor action entity before? after?}. */
    List<String> audits() {
        return db().read(
                        c -> {
                            List<String> out = new ArrayList<>();
                            try (Statement s = c.createStatement();
                                    ResultSet r =
                                            s.executeQuery(
                                                    "SELECT actor, action, entity, before_json,"
                                                            + " after_json FROM audit_events"
                                                            + " ORDER BY id")) {
                                while (r.next()) {
                                    out.add(
                                            r.getString(1)
                                                    + " "
                                                    + r.getString(2)
                                                    + " "
                                                    + r.getString(3)
                                                    + " "
                                                    + (r.getString(4) != null)
                                                    + " "
                                                    + (r.getString(5) != null));
                                }
                            }
                            return out;
                        });
    }

    String lastAuditJson(String column) {
        return db().read(
                        c -> {
                            try (Statement s = c.createStatement();
                                    ResultSet r =
                                            s.executeQuery(
                                                    "SELECT "
                                                            + column
                                                            + " FROM audit_events WHERE action LIKE"
                                                            + " 'office.%' ORDER BY id DESC")) {
                                r.next();
                                return r.getString(1);
                            }
                        });
    }

    static List<String> ids(OfficeService offices) {
        return offices.list().stream().map(OfficeView::id).toList();
    }

    static String sampleText() {
        try (InputStream in = OfficeTree.class.getResourceAsStream(OfficeTree.SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertProblem(Executable change, String code, String field) {
        assertThatThrownBy(change::execute)
                .isInstanceOf(ProblemException.class)
                .satisfies(
                        e -> {
                            ProblemException p = (ProblemException) e;
                            assertThat(p.problem().code()).isEqualTo(code);
                            assertThat(p.problem().field()).isEqualTo(field);
                            assertThat(p.problem().message()).containsPattern("[\u0E01-\u0E5B]");
                        });
    }

    // ---- a fresh install, and the offices file later ----

    @Test
    void a_fresh_database_starts_with_the_sample_and_audits_each_office() {
        OfficeService offices = offices();
        assertThat(ids(offices))
                .isEqualTo(OfficeTree.sample().offices().stream().map(Office::id).toList());
        assertThat(offices.get("ss-0017-2"))
                .isEqualTo(OfficeView.of(OfficeTree.sample().get("ss-0017-2"), true));
        assertThat(audits())
                .hasSize(9)
                .allMatch(a -> a.startsWith("system office.seed office/"))
                .allMatch(a -> a.endsWith(" false true"));
        assertThat(offices.directory().revision()).isEqualTo(1);
    }

    @Test
    void the_offices_file_fills_a_fresh_database_only_and_is_applied_later_on_request()
            throws IOException {
        Path file = temp.resolve("offices.ini");
        Files.writeString(
                file,
                "[top]\nname = กรมทดสอบ\nletter-code = กข\nunit-code = ๐๑\n\n"
                        + "[unit]\nname = กองทดสอบ\nletter-code = กข\nunit-code = 01.1\n"
                        + "parent = top\nshares-parent-series = send\n",
                StandardCharsets.UTF_8);
        assertThat(ids(offices(Optional.of(file)))).containsExactly("top", "unit");

        Files.writeString(
                file,
                "[top]\nname = กรมทดสอบ (ชื่อใหม่)\nletter-code = กข\nunit-code = 01\n",
                StandardCharsets.UTF_8);
        OfficeService restarted = offices(Optional.of(file));
        assertThat(ids(restarted)).containsExactly("top", "unit");
        assertThat(restarted.get("top").name()).isEqualTo("กรมทดสอบ");

        ImportReport report =
                restarted.importOffices(
                        Files.readAllLines(file, StandardCharsets.UTF_8), "offices.ini", "admin");
        assertThat(report)
                .isEqualTo(new ImportReport(List.of(), List.of("top"), List.of(), List.of("unit")));
        assertThat(restarted.get("top").name()).isEqualTo("กรมทดสอบ (ชื่อใหม่)");
        assertThat(audits()).last().isEqualTo("admin office.import office/top true true");
    }

    @Test
    void an_import_creates_the_offices_it_adds_and_refuses_a_broken_file_whole() {
        OfficeService offices = offices();
        String text =
                sampleText()
                        + "\n[ss-0017-5]\nname = กลุ่มงานใหม่\nletter-code = สส\nunit-code = ๐๐๑๗.๕\n"
                        + "parent = ss-0017\n";
        ImportReport report = offices.importOffices(text.lines().toList(), "offices.ini", "admin");
        assertThat(report.created()).containsExactly("ss-0017-5");
        assertThat(report.updated()).isEmpty();
        assertThat(report.unchanged()).hasSize(9);
        assertThat(ids(offices)).endsWith("ss-0017-5");

        int events = audits().size();
        String broken =
                text + "\n[ss-0017-6]\nname = อีกกลุ่มงาน\nletter-code = สส\nparent = ss-9999\n";
        assertProblem(
                () -> offices.importOffices(broken.lines().toList(), "offices.ini", "admin"),
                "UNKNOWN_PARENT",
                "parent");
        String twice = text + "\n[ss-0017-5]\nname = ซ้ำ\nletter-code = สส\n";
        assertThatThrownBy(
                        () -> offices.importOffices(twice.lines().toList(), "offices.ini", "admin"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("OFFICE_FILE_INVALID")
                .hasMessageContaining("office id ss-0017-5 is already defined at offices.ini line");
        String unitOnly = "[ss-0017-6]\nname = อีกกลุ่มงาน\nletter-code = สส\nparent = ss-0017\n";
        assertThat(offices.importOffices(unitOnly.lines().toList(), "unit.ini", "admin").created())
                .as("a file may name parents that are only in the database")
                .containsExactly("ss-0017-6");
        assertThat(audits()).hasSize(events + 1);
    }

    // ---- changes, seen at once by the registers ----

    @Test
    void a_new_office_gets_numbers_at_once_with_its_own_codes() {
        OfficeService offices = offices();
        RegisterService registers = registers(offices);
        OfficeView created = offices.create(newOffice("ss-0017-5", "๐๐๑๗.๕", "ss-0017"), "somchai");
        assertThat(created.unitCode()).isEqualTo("0017.5");
        assertThat(created.active()).isTrue();
        RegisterEntry entry =
                registers.allocate("ss-0017-5", Series.CIRCULAR, about("แจ้ง"), "clerk");
        assertThat(entry.referenceNumber()).isEqualTo("สส ๐๐๑๗.๕/ว ๑");
        assertThat(entry.officeId()).isEqualTo("ss-0017-5");
        assertThat(audits()).contains("somchai office.create office/ss-0017-5 false true");
        assertThat(lastAuditJson("after_json"))
                .contains("\"unitCode\":\"0017.5\"")
                .contains("\"parent\":\"ss-0017\"");
    }

    @Test
    void a_new_unit_code_prints_on_later_numbers_and_earlier_numbers_keep_theirs() {
        OfficeService offices = offices();
        RegisterService registers = registers(offices);
        registers.allocate("ss-amphawa", Series.CIRCULAR, about("ก่อน"), "clerk");
        Edit amphawa = edit(offices, "ss-amphawa");
        amphawa.unitCode = "0399";
        amphawa.phone = "๐ ๓๔๗๕ ๑๐๐๐";
        OfficeView changed = offices.update("ss-amphawa", amphawa.request(), "admin");
        assertThat(changed.phone()).isEqualTo("0 3475 1000");
        registers.allocate("ss-amphawa", Series.CIRCULAR, about("หลัง"), "clerk");
        assertThat(registers.register("ss-amphawa", Series.CIRCULAR, 2562))
                .extracting(RegisterEntry::referenceNumber)
                .containsExactly("สส ๐๓๒๐/ว ๑", "สส ๐๓๙๙/ว ๒");
        assertThat(audits()).contains("admin office.update office/ss-amphawa true true");
        assertThat(lastAuditJson("before_json")).contains("\"unitCode\":\"0320\"");
        assertThat(lastAuditJson("after_json")).contains("\"unitCode\":\"0399\"");
    }

    @Test
    void a_request_that_changes_nothing_writes_nothing() {
        OfficeService offices = offices();
        int events = audits().size();
        long revision = offices.directory().revision();
        offices.update("ss-0017-2", edit(offices, "ss-0017-2").request(), "admin");
        assertThat(audits()).hasSize(events);
        assertThat(offices.directory().revision()).isEqualTo(revision);
    }

    @Test
    void refused_changes_write_nothing() {
        OfficeService offices = offices();
        List<OfficeView> before = offices.list();
        int events = audits().size();

        assertProblem(
                () -> offices.create(newOffice("ss-amphawa", "0999", "ss-hall"), "admin"),
                "OFFICE_ID_TAKEN",
                "id");
        assertProblem(
                () -> offices.create(newOffice("ss-new", "0999", "ss-9999"), "admin"),
                "UNKNOWN_PARENT",
                "parent");
        assertProblem(
                () -> offices.create(newOffice("ss-new", "0017.2", "ss-0017"), "admin"),
                "UNIT_CODE_TAKEN",
                "unitCode");
        Edit hall = edit(offices, "ss-hall");
        hall.parent = "ss-0017-2";
        assertThatThrownBy(() -> offices.update("ss-hall", hall.request(), "admin"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("PARENT_CYCLE")
                .hasMessageContaining("ss-hall → ss-0017-2 → ss-0017 → ss-hall");
        Edit self = edit(offices, "ss-mueang");
        self.parent = "ss-mueang";
        assertProblem(
                () -> offices.update("ss-mueang", self.request(), "admin"),
                "PARENT_CYCLE",
                "parent");
        Edit renamed = edit(offices, "ss-mueang");
        renamed.id = "ss-muang";
        assertProblem(
                () -> offices.update("ss-mueang", renamed.request(), "admin"),
                "OFFICE_ID_FIXED",
                "id");
        assertProblem(
                () -> offices.update("ss-9999", renamed.request(), "admin"),
                "OFFICE_ID_FIXED",
                "id");
        assertThatThrownBy(
                        () ->
                                offices.update(
                                        "ss-9999", newOffice(null, "0999", "ss-hall"), "admin"))
                .hasMessageContaining("UNKNOWN_OFFICE");

        assertThat(offices.list()).isEqualTo(before);
        assertThat(audits()).hasSize(events);
        assertThat(offices.directory().revision()).isEqualTo(1);
    }

    // ---- numbering already handed out ----

    @Test
    void a_unit_with_numbers_this_year_stops_sharing_its_parents_series_only_in_the_next_year() {
        OfficeService offices = offices();
        RegisterService registers = registers(offices);
        RegisterEntry shared = registers.allocate("ss-0017-2", Series.SEND, about("ก"), "clerk");
        assertThat(shared.officeId()).isEqualTo("ss-hall");

        Edit own = edit(offices, "ss-0017-2");
        own.shares = List.of();
        assertProblem(
                () -> offices.update("ss-0017-2", own.request(), "admin"),
                "NUMBERING_IN_USE",
                "sharesParentSeries");
        assertThat(offices.directory().numberingOffice("ss-0017-2", Series.SEND).id())
                .isEqualTo("ss-hall");

        now.set(NEW_YEAR);
        offices.update("ss-0017-2", own.request(), "admin");
        RegisterEntry first = registers.allocate("ss-0017-2", Series.SEND, about("ข"), "clerk");
        assertThat(first.officeId()).isEqualTo("ss-0017-2");
        assertThat(first.year()).isEqualTo(2563);
        assertThat(first.number()).isEqualTo(1);
        assertThat(registers.allocate("ss-0017-1", Series.SEND, about("ค"), "clerk").officeId())
                .isEqualTo("ss-hall");
    }

    @Test
    void a_unit_without_numbers_may_stop_sharing_mid_year_and_starts_its_own_register_at_one() {
        OfficeService offices = offices();
        RegisterService registers = registers(offices);
        registers.allocate("ss-0017-2", Series.SEND, about("ก"), "clerk");
        Edit own = edit(offices, "ss-0017-3");
        own.shares = List.of("order", "announcement");
        offices.update("ss-0017-3", own.request(), "admin");
        RegisterEntry first = registers.allocate("ss-0017-3", Series.SEND, about("ข"), "clerk");
        assertThat(first.officeId()).isEqualTo("ss-0017-3");
        assertThat(first.number()).isEqualTo(1);
        assertThat(registers.allocate("ss-0017-2", Series.SEND, about("ค"), "clerk").number())
                .isEqualTo(2);
    }

    @Test
    void an_office_with_its_own_numbers_cannot_start_sharing_its_parents_mid_year() {
        OfficeService offices = offices();
        registers(offices).allocate("ss-mueang", Series.SEND, about("ก"), "clerk");
        Edit sharing = edit(offices, "ss-mueang");
        sharing.shares = List.of("send");
        assertProblem(
                () -> offices.update("ss-mueang", sharing.request(), "admin"),
                "NUMBERING_IN_USE",
                "sharesParentSeries");
        sharing.shares = List.of("circular");
        assertThat(offices.update("ss-mueang", sharing.request(), "admin").sharesParentSeries())
                .containsExactly("circular");
    }

    @Test
    void a_new_parent_or_policy_is_refused_only_when_it_moves_numbers_already_handed_out() {
        OfficeService offices = offices();
        registers(offices).allocate("ss-0017-2", Series.SEND, about("ก"), "clerk");
        Edit office = edit(offices, "ss-0017");
        office.shares = List.of(); // would move ss-0017-2, which numbers through it, too
        assertProblem(
                () -> offices.update("ss-0017", office.request(), "admin"),
                "NUMBERING_IN_USE",
                "sharesParentSeries");
        Edit unit = edit(offices, "ss-0017-2");
        unit.parent = "ss-hall"; // its shared series were the hall's already
        assertThat(offices.update("ss-0017-2", unit.request(), "admin").parent())
                .isEqualTo("ss-hall");
        unit.parent = "ss-mueang"; // the district keeps its own send register
        assertProblem(
                () -> offices.update("ss-0017-2", unit.request(), "admin"),
                "NUMBERING_IN_USE",
                "parent");
        // without ss-0017-2 under it, nothing numbered through ss-0017 this year
        assertThat(offices.update("ss-0017", office.request(), "admin").sharesParentSeries())
                .isEmpty();
    }

    @Test
    void a_register_changes_to_the_fiscal_year_only_when_that_year_has_no_numbers_yet() {
        OfficeService offices = offices();
        RegisterService registers = registers(offices);
        registers.allocate("ss-mueang", Series.SEND, about("ก"), "clerk"); // 31 Dec 2019
        Edit fiscal = edit(offices, "ss-mueang");
        fiscal.year = "fiscal";
        // fiscal 2563 began on 1 October 2019 and already has a number counted by the calendar
        assertProblem(
                () -> offices.update("ss-mueang", fiscal.request(), "admin"),
                "NUMBERING_IN_USE",
                "numberingYear");

        now.set(Instant.parse("2020-09-30T17:00:30Z")); // 1 Oct 2020 in Bangkok: fiscal 2564
        offices.update("ss-mueang", fiscal.request(), "admin");
        RegisterEntry first = registers.allocate("ss-mueang", Series.SEND, about("ข"), "clerk");
        assertThat(first.year()).isEqualTo(2564);
        assertThat(first.number()).isEqualTo(1);
    }

    @Test
    void a_register_back_on_the_calendar_year_counts_on_in_the_same_counter_without_repeats() {
        OfficeService offices = offices();
        RegisterService registers = registers(offices);
        now.set(Instant.parse("2019-09-30T17:00:30Z")); // 1 Oct 2019 in Bangkok: fiscal 2563
        Edit district = edit(offices, "ss-mueang");
        district.year = "fiscal";
        offices.update("ss-mueang", district.request(), "admin");
        registers.allocate("ss-mueang", Series.SEND, about("ตุลาคม"), "clerk");
        now.set(NEW_YEAR);
        registers.allocate("ss-mueang", Series.SEND, about("มกราคม"), "clerk");
        district.year = "calendar";
        // calendar 2563 and fiscal 2563 share one counter: it goes on at 3, repeating nothing
        offices.update("ss-mueang", district.request(), "admin");
        RegisterEntry next = registers.allocate("ss-mueang", Series.SEND, about("ต่อ"), "clerk");
        assertThat(next.year()).isEqualTo(2563);
        assertThat(next.number()).isEqualTo(3);
    }

    // ---- deactivating and deleting ----

    @Test
    void a_deactivated_office_keeps_its_register_but_gets_no_new_numbers() {
        OfficeService offices = offices();
        RegisterService registers = registers(offices);
        registers.allocate("ss-amphawa", Series.SEND, about("ก"), "clerk");
        Edit amphawa = edit(offices, "ss-amphawa");
        amphawa.active = false;
        assertThat(offices.update("ss-amphawa", amphawa.request(), "admin").active()).isFalse();

        assertProblem(
                () -> registers.allocate("ss-amphawa", Series.SEND, about("ข"), "clerk"),
                "OFFICE_INACTIVE",
                "office");
        assertThat(registers.register("ss-amphawa", Series.SEND, 2562)).hasSize(1);
        registers.cancel("ss-amphawa", Series.SEND, 2562, 1, "ออกผิด", "head");
        assertThat(ids(offices)).contains("ss-amphawa");

        amphawa.active = null; // absent: stays as it is
        amphawa.phone = "0 3475 1000";
        assertThat(offices.update("ss-amphawa", amphawa.request(), "admin").active()).isFalse();
        amphawa.active = true;
        offices.update("ss-amphawa", amphawa.request(), "admin");
        assertThat(registers.allocate("ss-amphawa", Series.SEND, about("ค"), "clerk").number())
                .isEqualTo(2);
    }

    @Test
    void an_office_is_deactivated_only_after_the_offices_under_it() {
        OfficeService offices = offices();
        Edit office = edit(offices, "ss-0017");
        office.active = false;
        assertProblem(
                () -> offices.update("ss-0017", office.request(), "admin"),
                "OFFICE_HAS_ACTIVE_CHILDREN",
                "active");
        for (String unit : List.of("ss-0017-1", "ss-0017-2", "ss-0017-3", "ss-0017-4")) {
            Edit e = edit(offices, unit);
            e.active = false;
            offices.update(unit, e.request(), "admin");
        }
        offices.update("ss-0017", office.request(), "admin");
        assertProblem(
                () -> offices.create(newOffice("ss-0017-5", "0017.5", "ss-0017"), "admin"),
                "PARENT_INACTIVE",
                "parent");
        Edit unit = edit(offices, "ss-0017-1");
        unit.active = true;
        assertProblem(
                () -> offices.update("ss-0017-1", unit.request(), "admin"),
                "PARENT_INACTIVE",
                "parent");
    }

    @Test
    void only_an_office_without_numbers_and_without_offices_under_it_is_deleted() {
        OfficeService offices = offices();
        RegisterService registers = registers(offices);
        offices.create(newOffice("ss-0017-5", "0017.5", "ss-0017", "send"), "admin");
        offices.delete("ss-0017-5", "admin");
        assertThat(ids(offices)).doesNotContain("ss-0017-5");
        assertThat(audits()).last().isEqualTo("admin office.delete office/ss-0017-5 true false");

        registers.allocate("ss-amphawa", Series.RECEIVE, about("รับ"), "clerk");
        assertProblem(() -> offices.delete("ss-amphawa", "admin"), "OFFICE_IN_USE", "office");
        offices.create(newOffice("ss-0017-6", "0017.6", "ss-0017", "send"), "admin");
        registers.allocate("ss-0017-6", Series.SEND, about("ส่ง"), "clerk"); // in the hall's book
        assertProblem(() -> offices.delete("ss-0017-6", "admin"), "OFFICE_IN_USE", "office");
        assertProblem(() -> offices.delete("ss-0017", "admin"), "OFFICE_HAS_CHILDREN", "office");
        assertThatThrownBy(() -> offices.delete("ss-9999", "admin"))
                .hasMessageContaining("UNKNOWN_OFFICE");
    }

    // ---- several servers, several writers ----

    @Test
    void another_server_on_the_same_database_sees_a_change_when_it_follows() {
        OfficeService here = offices();
        OfficeService there = offices();
        RegisterService thereRegisters = registers(there);
        Edit own = edit(here, "ss-0017-4");
        own.shares = List.of();
        here.update("ss-0017-4", own.request(), "admin");
        assertThat(there.directory().numberingOffice("ss-0017-4", Series.SEND).id())
                .isEqualTo("ss-hall");
        there.follow();
        assertThat(there.get("ss-0017-4").sharesParentSeries()).isEmpty();
        assertThat(thereRegisters.allocate("ss-0017-4", Series.SEND, about("ก"), "c").officeId())
                .isEqualTo("ss-0017-4");
    }

    @Test
    void eight_administrators_creating_offices_at_once_each_get_theirs() throws Exception {
        OfficeService offices = offices();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<OfficeView>> work = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                String id = "ss-0017-2-" + i;
                String unitCode = "0017.2." + i;
                work.add(
                        pool.submit(
                                () ->
                                        offices.create(
                                                newOffice(id, unitCode, "ss-0017-2", "send"),
                                                "admin")));
            }
            for (Future<OfficeView> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(offices.directory().tree().children("ss-0017-2")).hasSize(8);
        assertThat(offices.directory().revision()).isEqualTo(9);
        assertThat(audits()).filteredOn(a -> a.contains("office.create")).hasSize(8);
        int places =
                db().read(
                                c -> {
                                    try (Statement s = c.createStatement();
                                            ResultSet r =
                                                    s.executeQuery(
                                                            "SELECT COUNT(DISTINCT position) FROM"
                                                                    + " offices")) {
                                        r.next();
                                        return r.getInt(1);
                                    }
                                });
        assertThat(places).as("every office has its own place in listings").isEqualTo(17);
    }
}
