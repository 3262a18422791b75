package saraban.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saraban.ProblemException;
import saraban.registers.NumberRequest;
import saraban.registers.OfficeTree;
import saraban.registers.RegisterEntry;
import saraban.registers.RegisterService;
import saraban.registers.Reservation;
import saraban.registers.ReservationRequest;
import saraban.registers.Series;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.testing.PdfText;
import saraban.testing.SettableClock;
import saraban.testing.TestHome;
import saraban.web.Json;

/** Drafts and issuing, run against each database by its subclasses. */
abstract class LetterIssueContract {
    /** 25 Nov 2019, 10:00 in Bangkok (BE 2562). */
    static final Instant NOW = Instant.parse("2019-11-25T03:00:00Z");

    static final String UNIT = "ss-0017-2";

    @TempDir Path dataDir;
    final SettableClock clock = new SettableClock(NOW);
    Database db;
    RegisterService registers;
    Path templates;

    abstract String url();

    LetterService service() throws IOException {
        db = Database.open(url(), clock);
        registers = new RegisterService(db, OfficeTree.sample(), clock, Json.mapper());
        templates = Files.createDirectories(dataDir.resolve("templates"));
        try (var files = Files.list(TestHome.home().resolve("templates/letters"))) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        return new LetterService(
                TestHome.engine(),
                templates,
                Optional.empty(),
                clock,
                registers,
                FileStore.open(db, dataDir));
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    /** The seed circular as a draft: no number and no date yet. */
    static LetterDraft circular() throws IOException {
        ObjectNode json =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("letters/seed-circular.json"));
        json.remove("referenceNumber");
        json.remove("date");
        return Json.mapper().treeToValue(json, LetterDraft.class);
    }

    static LetterDraft letter() throws IOException {
        ObjectNode json =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("letters/seed-circular.json"));
        json.remove("referenceNumber");
        json.remove("date");
        json.put("circular", false);
        json.put("digits", "arabic");
        return Json.mapper().treeToValue(json, LetterDraft.class);
    }

    @Test
    void issuing_numbers_dates_renders_stores_and_registers_the_letter() throws Exception {
        LetterService letters = service();
        StoredLetter draft = letters.saveDraft(UNIT, circular(), "writer");
        assertThat(draft.status()).isEqualTo(StoredLetter.Status.DRAFT);
        assertThat(draft.referenceNumber()).isNull();
        assertThat(letters.letter(draft.id()).draft()).isEqualTo(circular());
        assertThatThrownBy(() -> letters.pdf(draft.id())).hasMessageContaining("LETTER_NOT_ISSUED");

        clock.set(NOW.plusSeconds(60));
        StoredLetter issued = letters.issue(draft.id(), null, "head");
        assertThat(issued.status()).isEqualTo(StoredLetter.Status.ISSUED);
        assertThat(issued.referenceNumber()).isEqualTo("สส ๐๐๑๗.๒/ว ๑");
        assertThat(issued.date()).isEqualTo(LocalDate.of(2019, 11, 25));
        assertThat(issued.issuedBy()).isEqualTo("head");
        assertThat(issued.issuedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(issued.draft().referenceNumber()).isEqualTo("สส ๐๐๑๗.๒/ว ๑");

        byte[] pdf;
        try (InputStream in = letters.pdf(draft.id())) {
            pdf = in.readAllBytes();
        }
        assertThat(
                        java.util.HexFormat.of()
                                .formatHex(
                                        java.security.MessageDigest.getInstance("SHA-256")
                                                .digest(pdf)))
                .isEqualTo(issued.pdfSha256());
        String text = PdfText.squeeze(PdfText.pdfbox(pdf));
        assertThat(text).contains("ที่สส๐๐๑๗.๒/ว๑").contains("๒๕พฤศจิกายน๒๕๖๒");

        List<RegisterEntry> register = registers.register(UNIT, Series.CIRCULAR, 2562);
        assertThat(register).hasSize(1);
        RegisterEntry row = register.get(0);
        assertThat(row.id()).isEqualTo(issued.registerEntryId());
        assertThat(row.subject()).isEqualTo(draft.subject());
        assertThat(row.recipient()).isEqualTo(draft.draft().recipient());
        assertThat(row.sender()).isEqualTo(registers.office(UNIT).name());
        assertThat(row.letterDate()).isEqualTo(issued.date());
        assertThat(actions())
                .containsExactly(
                        "writer letter.draft", "head number.allocate", "head letter.issue");
    }

    @Test
    void an_issued_letter_is_frozen() throws Exception {
        LetterService letters = service();
        StoredLetter draft = letters.saveDraft(UNIT, circular(), "writer");
        StoredLetter changed = letters.updateDraft(draft.id(), UNIT, letter(), "writer");
        assertThat(changed.draft().circular()).isFalse();
        letters.issue(draft.id(), null, "head");
        assertThatThrownBy(() -> letters.issue(draft.id(), null, "head"))
                .hasMessageContaining("LETTER_ALREADY_ISSUED");
        assertThatThrownBy(() -> letters.updateDraft(draft.id(), UNIT, letter(), "writer"))
                .hasMessageContaining("LETTER_ALREADY_ISSUED");
        assertThatThrownBy(() -> letters.issue(draft.id() + 100, null, "head"))
                .hasMessageContaining("LETTER_NOT_FOUND");
        assertThat(registers.register(UNIT, Series.SEND, 2562)).hasSize(1);
    }

    @Test
    void a_letter_that_fails_to_render_consumes_no_number() throws Exception {
        LetterService letters = service();
        StoredLetter draft = letters.saveDraft(UNIT, circular(), "writer");
        Path template = templates.resolve("external.fo");
        String good = Files.readString(template);
        // Valid for Thymeleaf, refused by FOP: the failure comes late, after the number is taken.
        Files.writeString(
                template,
                "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"><fo:nonsense/></fo:root>");
        touchLater(template, 5);

        assertThatThrownBy(() -> letters.issue(draft.id(), null, "head"))
                .isInstanceOf(RuntimeException.class);
        assertThat(letters.letter(draft.id()).status()).isEqualTo(StoredLetter.Status.DRAFT);
        assertThat(registers.register(UNIT, Series.CIRCULAR, 2562)).isEmpty();
        assertThat(actions()).containsExactly("writer letter.draft");

        Files.writeString(template, good);
        touchLater(template, 10);
        assertThat(letters.issue(draft.id(), null, "head").referenceNumber())
                .isEqualTo("สส ๐๐๑๗.๒/ว ๑");
    }

    @Test
    void a_letter_may_take_a_number_reserved_for_its_office() throws Exception {
        LetterService letters = service();
        Reservation block =
                registers.reserve(
                        UNIT, Series.SEND, new ReservationRequest(2, null, "ตอบกระทรวง"), "clerk");
        registers.cancel(UNIT, Series.SEND, 2562, 1, "ไม่ใช้", "head");
        StoredLetter first = letters.saveDraft(UNIT, letter(), "writer");

        assertThatThrownBy(() -> letters.issue(first.id(), "สส ๐๐๑๗.๒/๑", "head"))
                .hasMessageContaining("NUMBER_CANCELLED");
        assertThatThrownBy(() -> letters.issue(first.id(), "สส ๐๐๑๗.๒ ที่ ๒", "head"))
                .hasMessageContaining("REFERENCE_NUMBER_MALFORMED");
        assertThat(letters.letter(first.id()).status()).isEqualTo(StoredLetter.Status.DRAFT);

        StoredLetter issued = letters.issue(first.id(), "ที่ สส 0017.2/2", "head");
        // the letter prints the draft's Arabic digits; the register keeps Thai ones
        assertThat(issued.referenceNumber()).isEqualTo("สส 0017.2/2");
        RegisterEntry row = registers.reservation(block.id()).entries().get(1);
        assertThat(row.status()).isEqualTo(RegisterEntry.Status.USED);
        assertThat(row.referenceNumber()).isEqualTo("สส ๐๐๑๗.๒/๒");
        assertThat(row.id()).isEqualTo(issued.registerEntryId());

        StoredLetter second = letters.saveDraft(UNIT, letter(), "writer");
        assertThatThrownBy(() -> letters.issue(second.id(), "สส ๐๐๑๗.๒/๒", "head"))
                .hasMessageContaining("NUMBER_ALREADY_USED");
        clock.set(block.expiresAt());
        assertThatThrownBy(() -> letters.issue(second.id(), "สส ๐๐๑๗.๒/๒", "head"))
                .hasMessageContaining("RESERVATION_EXPIRED");
        assertThat(letters.issue(second.id(), null, "head").referenceNumber())
                .isEqualTo("สส 0017.2/3");
    }

    @Test
    void orders_are_numbered_in_their_own_series_with_the_year() throws Exception {
        LetterService letters = service();
        ObjectNode json =
                (ObjectNode) Json.mapper().readTree(TestHome.resource("letters/order.json"));
        json.remove("referenceNumber");
        json.remove("date");
        LetterDraft order = Json.mapper().treeToValue(json, LetterDraft.class);
        StoredLetter issued =
                letters.issue(letters.saveDraft(UNIT, order, "writer").id(), null, "head");
        assertThat(issued.referenceNumber()).isEqualTo("๑/๒๕๖๒");
        assertThat(registers.register(UNIT, Series.ORDER, 2562)).hasSize(1);
    }

    @Test
    void one_draft_issued_from_four_threads_is_numbered_once() throws Exception {
        LetterService letters = service();
        long id = letters.saveDraft(UNIT, circular(), "writer").id();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<String> issue = () -> letters.issue(id, null, "head").referenceNumber();
                results.add(pool.submit(issue));
            }
            for (Future<String> f : results) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    outcomes.add(
                            e.getCause() instanceof ProblemException p
                                    ? p.problem().code()
                                    : e.getCause().toString());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes)
                .containsExactlyInAnyOrder(
                        "สส ๐๐๑๗.๒/ว ๑",
                        "LETTER_ALREADY_ISSUED",
                        "LETTER_ALREADY_ISSUED",
                        "LETTER_ALREADY_ISSUED");
        assertThat(registers.register(UNIT, Series.CIRCULAR, 2562)).hasSize(1);
    }

    @Test
    void refused_drafts_write_nothing() throws Exception {
        LetterService letters = service();
        ObjectNode numbered =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("letters/seed-circular.json"));
        LetterDraft withNumber = Json.mapper().treeToValue(numbered, LetterDraft.class);
        assertThatThrownBy(() -> letters.saveDraft(UNIT, withNumber, "writer"))
                .hasMessageContaining("REFERENCE_NUMBER_ON_DRAFT");
        assertThatThrownBy(() -> letters.saveDraft("no-such", circular(), "writer"))
                .hasMessageContaining("UNKNOWN_OFFICE");
        numbered.put("referenceNumber", "สส ๐๐๑๗.๒/ว");
        assertThatThrownBy(() -> Json.mapper().treeToValue(numbered, LetterDraft.class))
                .hasRootCauseInstanceOf(ProblemException.class)
                .hasStackTraceContaining("REFERENCE_NUMBER_MALFORMED");
        assertThat(actions()).isEmpty();
        assertThat(registers.allocate(UNIT, Series.SEND, about(), "clerk").number()).isEqualTo(1);
    }

    /** Moves the file's time on, so that a template cache keyed on it sees the change. */
    static void touchLater(Path file, long seconds) throws IOException {
        Instant was = Files.getLastModifiedTime(file).toInstant();
        Files.setLastModifiedTime(file, FileTime.from(was.plusSeconds(seconds)));
    }

    static NumberRequest about() {
        return new NumberRequest("ขอเลข", null, null, null, null);
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
