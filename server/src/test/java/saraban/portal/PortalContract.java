package saraban.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saraban.ProblemException;
import saraban.letters.LetterDraft;
import saraban.letters.LetterService;
import saraban.letters.StoredLetter;
import saraban.letters.Upload;
import saraban.registers.OfficeTree;
import saraban.registers.RegisterService;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.testing.SettableClock;
import saraban.testing.TestHome;
import saraban.web.Json;

/**
 * What publishing and the library keep in the database (migration V009), run against each database
 * by its subclasses: states, versions, and nothing half-written when a rule refuses.
 */
abstract class PortalContract {
    static final Instant NOW = Instant.parse("2019-11-25T03:00:00Z");
    static final String UNIT = "ss-0017-2";

    @TempDir Path dataDir;
    final SettableClock clock = new SettableClock(NOW);
    Database db;
    LetterService letters;
    PortalService portal;

    abstract String url();

    void open() throws IOException {
        db = Database.open(url(), clock);
        RegisterService registers =
                new RegisterService(db, OfficeTree.sample(), clock, Json.mapper());
        Path templates = Files.createDirectories(dataDir.resolve("templates"));
        try (var files = Files.list(TestHome.home().resolve("templates/letters"))) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        FileStore files = FileStore.open(db, dataDir);
        letters =
                new LetterService(
                        TestHome.engine(), templates, Optional.empty(), clock, registers, files);
        portal = new PortalService(db, files, letters, registers, null, clock);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    static LetterDraft draft(String secrecy) throws IOException {
        ObjectNode json =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("letters/seed-circular.json"));
        json.remove("referenceNumber");
        json.remove("date");
        if (secrecy != null) {
            json.put("secrecy", secrecy);
        }
        return Json.mapper().treeToValue(json, LetterDraft.class);
    }

    static String code(Throwable e) {
        return ((ProblemException) e).problem().code();
    }

    long count(String sql) throws Exception {
        return db.read(
                c -> {
                    try (Statement s = c.createStatement();
                            ResultSet r = s.executeQuery(sql)) {
                        r.next();
                        return r.getLong(1);
                    }
                });
    }

    @Test
    void a_published_letter_is_listed_withdrawn_and_published_again() throws Exception {
        open();
        long id = letters.saveDraft(UNIT, draft(null), "writer").id();
        StoredLetter issued = letters.issue(id, null, true, "head");
        assertThat(issued.published()).isTrue();
        assertThat(issued.publication().publishedAt()).isEqualTo(NOW);
        assertThat(portal.circulars(2562, null, 1).total()).isEqualTo(1);
        assertThat(portal.circulars(2561, null, 1).total()).isZero();
        assertThat(portal.circulars(null, "ss-bang-khonthi", 1).total()).isZero();
        assertThat(portal.circulars(null, null, 1).years()).containsExactly(2562);
        assertThat(portal.circular(id).circular().referenceNumber()).isEqualTo("สส ๐๐๑๗.๒/ว ๑");
        assertThat(portal.circular(id).circular().date()).isEqualTo("๒๕ พฤศจิกายน ๒๕๖๒");
        assertThat(portal.file(issued.pdfSha256(), "x").fileName()).isEqualTo("สส ๐๐๑๗.๒-ว ๑.pdf");
        assertThat(portal.feed(10).entries()).hasSize(1);

        clock.set(NOW.plusSeconds(3600));
        StoredLetter off = letters.unpublish(id, "ออกหนังสือฉบับใหม่แทน", "head");
        assertThat(off.published()).isFalse();
        assertThat(off.publication().withdrawnReason()).isEqualTo("ออกหนังสือฉบับใหม่แทน");
        assertThat(portal.circulars(null, null, 1).total()).isZero();
        assertThat(portal.feed(10).updated()).isEqualTo(NOW.plusSeconds(3600));
        assertThatThrownBy(() -> portal.circular(id))
                .satisfies(e -> assertThat(code(e)).isEqualTo("WITHDRAWN"));
        assertThatThrownBy(() -> portal.file(issued.pdfSha256(), "x"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("WITHDRAWN"));
        assertThat(portal.withdrawal(id)).isPresent();

        assertThat(letters.publish(id, false, "head").published()).isTrue();
        assertThat(portal.circulars(null, null, 1).total()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM search_queue WHERE doc_id = 'public:" + id + "'"))
                .as("the index hears of each change")
                .isEqualTo(3);
    }

    @Test
    void a_secret_letter_refused_on_issue_leaves_no_number_and_no_file() throws Exception {
        open();
        long id = letters.saveDraft(UNIT, draft("ลับมาก"), "writer").id();
        assertThatThrownBy(() -> letters.issue(id, null, true, "head"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("SECRET_LETTER_NOT_PUBLISHABLE"));
        assertThat(letters.letter(id).status()).isEqualTo(StoredLetter.Status.DRAFT);
        assertThat(count("SELECT COUNT(*) FROM register_entries")).isZero();
        assertThat(count("SELECT COUNT(*) FROM files")).isZero();

        StoredLetter issued = letters.issue(id, null, "head");
        assertThat(issued.referenceNumber()).isEqualTo("สส ๐๐๑๗.๒/ว ๑");
        assertThatThrownBy(() -> letters.publish(id, true, "head"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("SECRET_LETTER_NOT_PUBLISHABLE"));
        assertThatThrownBy(() -> portal.circular(id))
                .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_PUBLISHED"));
        assertThatThrownBy(() -> portal.file(issued.pdfSha256(), "x"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("NOT_PUBLISHED"));
    }

    @Test
    void attachments_are_numbered_in_order_and_never_written_for_a_missing_letter()
            throws Exception {
        open();
        long id = letters.saveDraft(UNIT, draft(null), "writer").id();
        Upload first = Upload.of(Samples.pdf(1), "แบบ ก.pdf", "ไฟล์");
        Upload second = Upload.of(Samples.docx(), "แบบ ข.docx", "ไฟล์");
        assertThat(letters.attach(id, first, "แบบ ก", "clerk").number()).isEqualTo(1);
        assertThat(letters.attach(id, second, null, "clerk").number()).isEqualTo(2);
        assertThat(letters.letter(id).attachments())
                .extracting(a -> a.fileName())
                .containsExactly("แบบ ก.pdf", "แบบ ข.docx");
        try (InputStream in = letters.open(letters.attachment(id, 2))) {
            assertThat(in.readAllBytes()).isEqualTo(Samples.docx());
        }
        long files = count("SELECT COUNT(*) FROM files");
        assertThatThrownBy(
                        () ->
                                letters.attach(
                                        99, Upload.of(Samples.pdf(5), "x.pdf", "x"), null, "clerk"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("LETTER_NOT_FOUND"));
        assertThat(count("SELECT COUNT(*) FROM files")).isEqualTo(files);
        assertThat(count("SELECT COUNT(*) FROM letter_attachments")).isEqualTo(2);
    }

    @Test
    void a_library_document_keeps_its_versions_and_refuses_new_ones_once_withdrawn()
            throws Exception {
        open();
        NewDocument d = new NewDocument(UNIT, "แบบรายงานผลการดำเนินงาน", Category.FORM, 2562, null);
        LibraryDocument doc =
                portal.addDocument(
                        d, Upload.of(Samples.pdf(1), "แบบรายงาน.pdf", "x"), null, "clerk");
        clock.set(NOW.plusSeconds(60));
        portal.addVersion(
                doc.id(),
                Upload.of(Samples.pdf(2), "แบบรายงาน.pdf", "x"),
                "แก้ไขช่องงบประมาณ",
                "clerk");
        LibraryDocument three =
                portal.addVersion(
                        doc.id(), Upload.of(Samples.xlsx(), "แบบรายงาน.xlsx", "x"), null, "clerk");
        assertThat(three.versions()).extracting(LibraryVersion::version).containsExactly(1, 2, 3);
        assertThat(three.current().mediaType()).endsWith("spreadsheetml.sheet");
        assertThat(portal.version(doc.id(), 1).sha256()).isEqualTo(doc.current().sha256());
        assertThat(portal.version(doc.id(), 0).sha256()).isEqualTo(three.current().sha256());
        assertThat(portal.library(Category.FORM, UNIT)).hasSize(1);
        assertThat(portal.library(Category.MANUAL, null)).isEmpty();
        assertThat(portal.document(doc.id()).versions().get(0).label()).isEqualTo("ฉบับที่ ๓");

        portal.withdrawDocument(doc.id(), "clerk");
        assertThatThrownBy(() -> portal.version(doc.id(), 1))
                .satisfies(e -> assertThat(code(e)).isEqualTo("WITHDRAWN"));
        assertThatThrownBy(
                        () ->
                                portal.addVersion(
                                        doc.id(),
                                        Upload.of(Samples.pdf(7), "n.pdf", "x"),
                                        null,
                                        "clerk"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("DOCUMENT_WITHDRAWN"));
        assertThat(count("SELECT COUNT(*) FROM library_versions")).isEqualTo(3);
        assertThat(portal.library(null, null)).isEmpty();
        assertThatThrownBy(() -> new NewDocument(UNIT, " ", Category.FORM, 2562, null))
                .satisfies(
                        e ->
                                assertThat(((ProblemException) e).problem().field())
                                        .isEqualTo("title"));
        assertThatThrownBy(
                        () ->
                                portal.addDocument(
                                        new NewDocument(
                                                "no-such-office", "x", Category.OTHER, 2562, null),
                                        Upload.of(Samples.pdf(1), "a.pdf", "x"),
                                        null,
                                        "clerk"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("UNKNOWN_OFFICE"));
    }
}
