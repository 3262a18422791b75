package saraban.letters;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import saraban.audit.AuditLog;
import saraban.pdf.PdfEngine;
import saraban.registers.NumberRequest;
import saraban.registers.RegisterEntry;
import saraban.registers.RegisterService;
import saraban.registers.Series;
import saraban.search.SearchQueue;
import saraban.search.SecrecyLevel;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.web.Json;

/**
 * Renders official letters of every {@link LetterKind} to PDF from the templates in {@code
 * templates/letters/}. Use {@link #render(LetterDraft)} for the PDF; {@link #toFo(LetterDraft)}
 * gives the FO a template produced, before Thai preparation.
 */
public final class LetterService {

    /** Dates are shown and numbered in Thailand's time zone, whatever the server's. */
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final PdfEngine pdf;
    private final LetterTemplates templates;
    private final Path salutationsFile;
    private final FontSizes sizes;
    private final Optional<URI> garuda;
    private final Clock clock;
    private final RegisterService registers;
    private final FileStore files;
    private final LetterStore store;
    private final AuditLog audit;
    private final Publisher publisher;

    /**
     * @param lettersDir the folder with one {@code .fo} template per kind and {@code
     *     salutations.tsv}
     * @param garuda the agency's Garuda emblem (SVG or PNG); empty draws the labelled placeholder
     */
    public LetterService(PdfEngine pdf, Path lettersDir, Optional<Path> garuda, Clock clock) {
        this(pdf, lettersDir, garuda, clock, null, null);
    }

    /**
     * A letter service that also keeps drafts and issues letters: numbers from {@code registers},
     * PDFs into {@code files}, both in the registers' database.
     */
    public LetterService(
            PdfEngine pdf,
            Path lettersDir,
            Optional<Path> garuda,
            Clock clock,
            RegisterService registers,
            FileStore files) {
        this.registers = registers;
        this.files = files;
        this.store =
                registers == null
                        ? null
                        : new LetterStore(registers.database().dialect(), Json.mapper());
        this.audit =
                registers == null
                        ? null
                        : new AuditLog(registers.database().dialect(), clock, Json.mapper());
        this.publisher =
                registers == null
                        ? null
                        : new Publisher(registers.database(), files, store, audit, clock);
        this.pdf = pdf;
        this.templates = new LetterTemplates(lettersDir);
        this.salutationsFile = lettersDir.resolve("salutations.tsv");
        this.sizes = new FontSizes(pdf.fonts());
        this.garuda = garuda.map(p -> p.toAbsolutePath().toUri());
        this.clock = clock;
        salutations(); // fail at start-up, not on the first letter
    }

    /**
     * Fills every kind's template once with a minimal letter, at start-up: a template that does not
     * parse stops the server with its name instead of failing a clerk's first letter.
     *
     * @throws saraban.ProblemException {@code TEMPLATE_FAILED} naming the template
     */
    public void checkTemplates() {
        for (LetterKind kind : LetterKind.values()) {
            LetterDraft minimal =
                    new LetterDraft(
                            kind,
                            false,
                            Urgency.MOST_URGENT,
                            Secrecy.CONFIDENTIAL,
                            null,
                            LocalDate.of(2019, 3, 29),
                            new Issuer("ศาลากลางจังหวัด", "ถนนเอกชัย"),
                            "ตรวจแม่แบบ",
                            "ผู้ว่าราชการจังหวัด",
                            null,
                            List.of("อ้างถึง"),
                            List.of("สิ่งที่ส่งมาด้วย"),
                            List.of("ข้อความ", "๑. ข้อแรก"),
                            null,
                            new Signer("ผู้ลงนาม", List.of("ตำแหน่ง")),
                            new OwnerUnit("กลุ่มงาน", "๐ ๓๔๗๑ ๓๓๐๘", null, null),
                            null);
            toFo(minimal);
        }
    }

    /** The letter as a PDF/A-2b document. */
    public byte[] render(LetterDraft draft) {
        return pdf.render(toFo(draft), Date.from(clock.instant()));
    }

    /**
     * Keeps a draft of a letter from {@code officeId}; it can be changed until it is issued.
     *
     * @throws saraban.ProblemException {@code UNKNOWN_OFFICE}, {@code REFERENCE_NUMBER_ON_DRAFT}
     */
    public StoredLetter saveDraft(String officeId, LetterDraft draft, String actor) {
        checkDraft(officeId, draft);
        Database db = registers.database();
        return db.inTransaction(
                c -> {
                    long id = store.insertDraft(c, officeId, draft, clock.instant(), actor);
                    StoredLetter saved = store.find(c, id);
                    audit.record(c, actor, "letter.draft", entity(id), null, saved);
                    return saved;
                });
    }

    /**
     * Replaces a draft's content.
     *
     * @throws saraban.ProblemException {@code LETTER_NOT_FOUND}, {@code LETTER_ALREADY_ISSUED}
     */
    public StoredLetter updateDraft(long id, String officeId, LetterDraft draft, String actor) {
        checkDraft(officeId, draft);
        return registers
                .database()
                .inTransaction(
                        c -> {
                            StoredLetter before = existing(c, id);
                            if (!store.updateDraft(
                                    c, id, officeId, draft, clock.instant(), actor)) {
                                throw LetterProblems.alreadyIssued(before);
                            }
                            StoredLetter after = store.find(c, id);
                            audit.record(c, actor, "letter.update", entity(id), before, after);
                            return after;
                        });
    }

    /** A draft or issued letter. */
    public StoredLetter letter(long id) {
        return registers.database().read(c -> existing(c, id));
    }

    /**
     * Issues a draft, in one transaction: takes the next number of the office's series (the ว
     * series for a circular, or the reserved number {@code reservedNumber} when one is named),
     * dates the letter today in Bangkok, renders its PDF, stores the PDF, writes the register row
     * and marks the letter issued. If anything fails, rendering included, nothing is written and no
     * number is consumed.
     *
     * @param reservedNumber a number reserved for the office, as printed ({@code สส ๐๐๑๗.๒/๔๕}), or
     *     {@code null} for the next number
     * @throws saraban.ProblemException {@code LETTER_NOT_FOUND}, {@code LETTER_ALREADY_ISSUED}, the
     *     registers' problems ({@code NUMBER_CANCELLED}, {@code RESERVATION_EXPIRED}, …), {@code
     *     RENDER_FAILED}
     */
    public StoredLetter issue(long id, String reservedNumber, String actor) {
        return issue(id, reservedNumber, false, actor);
    }

    /**
     * As {@link #issue(long, String, String)}; with {@code publish}, the letter is also put on the
     * public portal in the same transaction, so that a letter that cannot be published (one with
     * ชั้นความลับ, one that is not a circular) is not issued either.
     *
     * @throws saraban.ProblemException also {@code SECRET_LETTER_NOT_PUBLISHABLE}, {@code
     *     NOT_A_CIRCULAR}
     */
    public StoredLetter issue(long id, String reservedNumber, boolean publish, String actor) {
        return registers
                .database()
                .inLockingTransaction(
                        c -> {
                            StoredLetter before = existing(c, id);
                            if (!store.lockDraft(c, id)) {
                                throw LetterProblems.alreadyIssued(before);
                            }
                            if (publish) {
                                Publisher.checkPublishable(before, false, true);
                            }
                            LetterDraft draft = before.draft();
                            Series series = seriesOf(draft);
                            LocalDate today = LocalDate.now(clock.withZone(BANGKOK));
                            NumberRequest row =
                                    new NumberRequest(
                                            draft.subject() != null
                                                    ? draft.subject()
                                                    : draft.kind().thaiName(),
                                            draft.recipient(),
                                            registers.office(before.office()).name(),
                                            today,
                                            null);
                            RegisterEntry entry =
                                    reservedNumber == null
                                            ? registers.allocate(
                                                    before.office(), series, row, actor)
                                            : registers.useReserved(
                                                    before.office(),
                                                    series,
                                                    reservedNumber,
                                                    row,
                                                    actor);
                            LetterDraft issued =
                                    draft.issued(printedNumber(entry), entry.letterDate());
                            byte[] bytes = render(issued);
                            String sha256 = files.put(bytes, "application/pdf");
                            store.markIssued(
                                    c, id, issued, entry.id(), sha256, clock.instant(), actor);
                            StoredLetter after = store.find(c, id);
                            audit.record(c, actor, "letter.issue", entity(id), before, after);
                            SearchQueue.enqueue(c, SearchQueue.letter(id));
                            return publish ? publisher.publish(c, after, actor) : after;
                        });
    }

    /**
     * The issued letter's PDF, checked against its SHA-256 as it is read.
     *
     * @throws saraban.ProblemException {@code LETTER_NOT_ISSUED} for a draft
     */
    public InputStream pdf(long id) {
        StoredLetter letter = letter(id);
        if (letter.status() != StoredLetter.Status.ISSUED) {
            throw LetterProblems.notIssued(id);
        }
        return files.open(letter.pdfSha256());
    }

    /**
     * The drafts of {@code offices} not yet issued, the latest changed first; a draft marked above
     * {@code clearance} is left out, as if absent.
     */
    public List<StoredLetter> drafts(java.util.Collection<String> offices, SecrecyLevel clearance) {
        return registers.database().read(c -> store.drafts(c, offices)).stream()
                .filter(l -> cleared(l, clearance))
                .toList();
    }

    /** Whether someone with {@code clearance} may see {@code letter}. */
    public static boolean cleared(StoredLetter letter, SecrecyLevel clearance) {
        Secrecy secrecy = letter.draft() == null ? null : letter.draft().secrecy();
        return clearance.clears(SecrecyLevel.parse(secrecy == null ? null : secrecy.thai()));
    }

    /** What was done to letter {@code id}, oldest first: drafted, changed, issued. */
    public List<AuditLog.Entry> history(long id) {
        return registers.database().read(c -> audit.history(c, entity(id)));
    }

    /**
     * Puts an issued letter on the public portal, or back on it after it was withdrawn.
     *
     * @param anyKind publish a letter that is not a circular, an order or an announcement too
     * @throws saraban.ProblemException {@code LETTER_NOT_FOUND}, {@code LETTER_NOT_ISSUED}, {@code
     *     SECRET_LETTER_NOT_PUBLISHABLE}, {@code NOT_A_CIRCULAR}
     */
    public StoredLetter publish(long id, boolean anyKind, String actor) {
        return publisher.publish(id, anyKind, actor);
    }

    /**
     * Takes a letter off the portal: its portal address then answers 410 Gone with {@code reason}.
     *
     * @throws saraban.ProblemException {@code LETTER_NOT_FOUND}, {@code LETTER_NOT_PUBLISHED}
     */
    public StoredLetter unpublish(long id, String reason, String actor) {
        return publisher.withdraw(id, reason, actor);
    }

    /**
     * Adds an enclosure file to a draft or an issued letter, numbered after the last one; the file
     * and its row are written in one transaction.
     *
     * @param title what the enclosure is, or {@code null}
     * @throws saraban.ProblemException {@code LETTER_NOT_FOUND}, {@code TOO_MANY_ATTACHMENTS}
     */
    public Attachment attach(long id, Upload upload, String title, String actor) {
        return publisher.attach(
                id, upload, Fields.optional("title", title, Fields.SHORT_TEXT), actor);
    }

    /**
     * The attachment {@code number} of letter {@code id}.
     *
     * @throws saraban.ProblemException {@code LETTER_NOT_FOUND}, {@code ATTACHMENT_NOT_FOUND}
     */
    public Attachment attachment(long id, int number) {
        return publisher.attachment(id, number);
    }

    /** An attachment's bytes, checked against its SHA-256 as they are read. */
    public InputStream open(Attachment attachment) {
        return publisher.open(attachment);
    }

    /** The series a letter is numbered in: circulars in ว, orders and announcements in theirs. */
    static Series seriesOf(LetterDraft draft) {
        return switch (draft.kind()) {
            case ORDER -> Series.ORDER;
            case ANNOUNCEMENT -> Series.ANNOUNCEMENT;
            case EXTERNAL, MEMO, STAMPED -> draft.circular() ? Series.CIRCULAR : Series.SEND;
        };
    }

    /** The register's number (Thai digits) as the letter prints it: an order's as n/พ.ศ. */
    private static String printedNumber(RegisterEntry entry) {
        return entry.referenceNumber() != null
                ? entry.referenceNumber()
                : String.valueOf(entry.number());
    }

    private void checkDraft(String officeId, LetterDraft draft) {
        registers.office(officeId);
        if (draft.referenceNumber() != null) {
            throw LetterProblems.numberOnDraft(draft.referenceNumber());
        }
    }

    private StoredLetter existing(java.sql.Connection c, long id) throws java.sql.SQLException {
        StoredLetter letter = store.find(c, id);
        if (letter == null) {
            throw LetterProblems.notFound(id);
        }
        return letter;
    }

    private static String entity(long id) {
        return "letter/" + id;
    }

    /** The XSL-FO the letter's template produces for {@code draft}. */
    public String toFo(LetterDraft draft) {
        SalutationTable table = salutations();
        LocalDate date =
                draft.date() != null ? draft.date() : LocalDate.now(clock.withZone(BANGKOK));
        SalutationTable.Pair pair = resolvePair(table, draft);
        return templates.render(
                draft.kind().id(), LetterModel.of(draft, date, pair, sizes, garuda));
    }

    private volatile SalutationTable salutations;
    private volatile java.nio.file.attribute.FileTime salutationsModified;

    /** The table as the file is now: read again only when the file changed. */
    private SalutationTable salutations() {
        java.nio.file.attribute.FileTime modified;
        try {
            modified = java.nio.file.Files.getLastModifiedTime(salutationsFile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + salutationsFile, e);
        }
        if (!modified.equals(salutationsModified)) {
            salutations = SalutationTable.load(salutationsFile);
            salutationsModified = modified;
        }
        return salutations;
    }

    /** Salutation and closing come from one row of the table; a clerk's own pair must match it. */
    private static SalutationTable.Pair resolvePair(SalutationTable table, LetterDraft draft) {
        Optional<SalutationTable.Pair> row =
                draft.salutation() == null
                        ? Optional.of(table.forRecipient(draft.recipient()))
                        : table.forSalutation(draft.salutation());
        if (row.isEmpty()) {
            if (draft.closing() == null && draft.kind() != LetterKind.MEMO) {
                throw new saraban.ProblemException(
                        saraban.Problem.badField(
                                "FIELD_REQUIRED",
                                "closing",
                                "salutation '"
                                        + draft.salutation()
                                        + "' is not in the table: give the closing too",
                                "คำขึ้นต้น \""
                                        + draft.salutation()
                                        + "\" ไม่อยู่ในตาราง ต้องระบุคำลงท้ายด้วย"));
            }
            return new SalutationTable.Pair(draft.salutation(), draft.closing(), Set.of(), false);
        }
        SalutationTable.Pair pair = row.get();
        if (draft.closing() != null && !draft.closing().equals(pair.closing())) {
            throw Fields.invalid(
                    "closing",
                    "closing '"
                            + draft.closing()
                            + "' does not go with salutation '"
                            + pair.salutation()
                            + "'",
                    "คำลงท้าย \""
                            + draft.closing()
                            + "\" ไม่เข้าคู่กับคำขึ้นต้น \""
                            + pair.salutation()
                            + "\" (ต้องเป็น \""
                            + pair.closing()
                            + "\")");
        }
        return pair;
    }
}
