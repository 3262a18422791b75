package saraban.receiving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.Problem;
import saraban.ProblemException;
import saraban.Settings.UploadLimits;
import saraban.audit.AuditLog;
import saraban.letters.Urgency;
import saraban.pdf.PdfRejectedException;
import saraban.pdf.ReceiptStamp;
import saraban.pdf.ReceiptStamper;
import saraban.registers.NumberRequest;
import saraban.registers.Office;
import saraban.registers.RegisterEntry;
import saraban.registers.RegisterService;
import saraban.search.SearchQueue;
import saraban.search.SecrecyLevel;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;
import saraban.web.Json;

/**
 * Receiving (การรับหนังสือ): an incoming letter gets the receiving office's next receive number, a
 * receipt stamp on page 1 with that number, the date and the time, and a row in the receive
 * register; forwarded to a unit, it gets the unit's own number and stamp beside the first. Each
 * step is one transaction: a letter that cannot be stamped takes no number.
 */
public final class IncomingService {
    private static final Logger LOG = LoggerFactory.getLogger(IncomingService.class);

    /** Receipts are stamped with the date and time in Thailand. */
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** The label before the number on the registry's stamp, and on a unit's (as in the seed). */
    static final String REGISTRY_LABEL = "เลขรับ";

    static final String UNIT_LABEL = "รับเลขที่";

    /** Draws a receipt stamp on page 1 of a PDF. */
    @FunctionalInterface
    public interface Stamper {
        Stamped stamp(byte[] pdf, StampText text);
    }

    /** What a stamp says, formatted: Thai digits, {@code ๒๕ ส.ค. ๒๕๖๒}, {@code ๑๐.๕๐ น.}. */
    public record StampText(String office, String label, String number, String date, String time) {}

    /** A stamped PDF and where its new stamp went. */
    public record Stamped(byte[] pdf, IncomingLetter.StampPlacement placement) {}

    /**
     * The stamper of {@code saraban.pdf}, with its refusals turned into the receiving problems: a
     * file that passed the checks and still cannot be stamped is answered as corrupt, and takes no
     * number.
     */
    public static Stamper stampWith(ReceiptStamper stamper) {
        return (pdf, text) -> {
            Stamped stamped;
            saraban.pdf.Stamped drawn;
            try {
                drawn =
                        stamper.stamp(
                                pdf,
                                new ReceiptStamp(
                                        text.office(),
                                        text.label(),
                                        text.number(),
                                        text.date(),
                                        text.time()));
            } catch (PdfRejectedException e) {
                throw switch (e.reason()) {
                    case EMPTY -> ReceivingProblems.empty();
                    case NOT_PDF -> ReceivingProblems.notPdf();
                    case ENCRYPTED -> ReceivingProblems.encrypted();
                    case CORRUPT -> ReceivingProblems.corrupt(String.valueOf(e.getMessage()));
                };
            }
            stamped =
                    new Stamped(
                            drawn.pdf(),
                            new IncomingLetter.StampPlacement(
                                    drawn.page(),
                                    drawn.x(),
                                    drawn.y(),
                                    drawn.width(),
                                    drawn.height(),
                                    drawn.placement().name(),
                                    drawn.incremental()));
            return stamped;
        };
    }

    /** What the text layer says, as register details. */
    public static IncomingDetails details(LetterMetadata m) {
        return new IncomingDetails(
                m.referenceNumber(),
                m.date(),
                m.sender(),
                m.addressee(),
                m.subject(),
                m.urgency(),
                m.secrecy());
    }

    private final RegisterService registers;
    private final Database db;
    private final FileStore files;
    private final Stamper stamper;
    private final Function<byte[], IncomingDetails> reader;
    private final UploadLimits limits;
    private final Clock clock;
    private final IncomingStore store;
    private final AuditLog audit;

    /**
     * @param reader reads what it can of a letter's details from its PDF's text layer; it must not
     *     throw for a PDF that passed the checks ({@link IncomingDetails#NONE} when it finds
     *     nothing)
     */
    public IncomingService(
            RegisterService registers,
            FileStore files,
            Stamper stamper,
            Function<byte[], IncomingDetails> reader,
            UploadLimits limits,
            Clock clock) {
        this.registers = registers;
        this.db = registers.database();
        this.files = files;
        this.stamper = stamper;
        this.reader = reader;
        this.limits = limits;
        this.clock = clock;
        this.store = new IncomingStore(db.dialect(), Json.mapper());
        this.audit = new AuditLog(db.dialect(), clock, Json.mapper());
    }

    /** What was uploaded: one PDF, or scanned pages. */
    public sealed interface Upload permits PdfUpload, ImagesUpload {}

    public record PdfUpload(byte[] bytes) implements Upload {}

    public record ImagesUpload(List<IncomingPdf.Page> pages) implements Upload {}

    /** The upload limits, for the HTTP layer's own reading of the request. */
    public UploadLimits limits() {
        return limits;
    }

    /**
     * An upload that passed the checks, with what its text layer says: what {@link #prepare}
     * answers and {@link #receive(String, Prepared, IncomingDetails, String)} takes.
     *
     * @param pdf the letter as one PDF (scanned pages already made into one)
     * @param extracted the details read from the text layer ({@link IncomingDetails#NONE} for
     *     scans)
     */
    public record Prepared(
            byte[] pdf, IncomingLetter.Source source, int pages, IncomingDetails extracted) {}

    /**
     * A receipt stamp drawn on a prepared letter without taking a number: the number the office
     * would be given if it received the letter now (somebody may take it first), today's date and
     * the time.
     */
    public record Preview(byte[] stampedPdf, int expectedNumber, StampText stamp) {}

    /**
     * Checks an upload and reads what it can of the letter's details, taking no number and keeping
     * nothing: a refused file is answered with its problem and leaves no trace.
     *
     * @throws ProblemException for a bad file ({@code NOT_A_PDF}, {@code PDF_ENCRYPTED}, …)
     */
    public Prepared prepare(Upload upload) {
        byte[] pdf;
        IncomingLetter.Source source;
        if (upload instanceof PdfUpload p) {
            pdf = p.bytes();
            source = IncomingLetter.Source.PDF;
        } else {
            pdf = IncomingPdf.fromImages(((ImagesUpload) upload).pages(), limits);
            source = IncomingLetter.Source.IMAGES;
        }
        int pages = IncomingPdf.check(pdf, limits).pages();
        IncomingDetails extracted =
                source == IncomingLetter.Source.PDF ? read(pdf) : IncomingDetails.NONE;
        return new Prepared(pdf, source, pages, extracted);
    }

    /**
     * The receipt stamp {@code officeId} would put on a prepared letter now, drawn on a copy:
     * nothing is numbered or stored.
     */
    public Preview preview(String officeId, Prepared prepared) {
        Office office = registers.office(officeId);
        int next = registers.nextNumber(office.id(), saraban.registers.Series.RECEIVE);
        StampText text = stampText(office.name(), REGISTRY_LABEL, next, clock.instant());
        return new Preview(stamper.stamp(prepared.pdf(), text).pdf(), next, text);
    }

    /**
     * Receives a letter at {@code officeId}: checks the file, reads what it can of the letter's
     * details, then in one transaction takes the next receive number, stamps page 1, stores the
     * original and the stamped copy, and writes the register row, the receipt and the audit event.
     *
     * @param given what the clerk typed; each field left out is taken from the text layer
     * @throws ProblemException for a bad file ({@code NOT_A_PDF}, {@code PDF_ENCRYPTED}, …), or
     *     {@code FIELD_REQUIRED} when neither the clerk nor the text says the subject or date
     */
    public IncomingLetter receive(
            String officeId, Upload upload, IncomingDetails given, String actor) {
        registers.office(officeId);
        Prepared prepared = prepare(upload);
        return receive(officeId, prepared, given.orElse(prepared.extracted()), actor);
    }

    /**
     * Receives a prepared letter with the details as the clerk confirmed them (a field left empty
     * stays empty): in one transaction takes the next receive number, stamps page 1, stores the
     * original and the stamped copy, and writes the register row, the receipt and the audit event.
     *
     * @throws ProblemException {@code FIELD_REQUIRED} without a subject or a date
     */
    public IncomingLetter receive(
            String officeId, Prepared prepared, IncomingDetails details, String actor) {
        Office office = registers.office(officeId);
        byte[] pdf = prepared.pdf();
        require(details.subject(), "subject", "เรื่อง");
        require(details.date(), "date", "ลงวันที่");
        return db.inLockingTransaction(
                c -> {
                    Instant now = clock.instant();
                    RegisterEntry entry =
                            registers.receive(
                                    office.id(),
                                    details.referenceNumber(),
                                    row(details, null),
                                    actor);
                    Stamped stamped =
                            stamp(pdf, stampText(office.name(), REGISTRY_LABEL, entry, now));
                    String original = files.put(pdf, "application/pdf");
                    String copy = files.put(stamped.pdf(), "application/pdf");
                    IncomingLetter letter =
                            new IncomingLetter(
                                    0,
                                    office.id(),
                                    null,
                                    null,
                                    entry.number(),
                                    entry.year(),
                                    entry.id(),
                                    now,
                                    actor,
                                    original,
                                    copy,
                                    prepared.source(),
                                    prepared.pages(),
                                    details,
                                    prepared.extracted(),
                                    stamped.placement());
                    long id = store.insert(c, letter);
                    IncomingLetter saved = store.find(c, id);
                    audit.record(c, actor, "incoming.receive", entity(id), null, saved);
                    SearchQueue.enqueue(c, SearchQueue.incoming(id));
                    return saved;
                });
    }

    /**
     * Forwards a received letter to a unit below the office that received it: the unit's own
     * receive number and stamp (placed clear of the stamps already there) on a new copy, the unit's
     * register row, and a line in the first register row's การปฏิบัติ saying where the letter went.
     *
     * @throws ProblemException {@code INCOMING_NOT_FOUND}, {@code NOT_A_UNIT_OF_OFFICE}, {@code
     *     ALREADY_FORWARDED}
     */
    public IncomingLetter forward(long id, String unitId, String note, String actor) {
        Office unit = registers.office(unitId);
        String remark = note == null || note.isBlank() ? null : note.strip();
        return db.inLockingTransaction(
                c -> {
                    IncomingLetter from = existing(c, id);
                    if (!below(unit, from.office())) {
                        throw new ProblemException(
                                Problem.badField(
                                        "NOT_A_UNIT_OF_OFFICE",
                                        "unit",
                                        unitId + " is not a unit under " + from.office(),
                                        "ส่งต่อได้เฉพาะหน่วยงานในสังกัดของหน่วยงานที่รับหนังสือ"));
                    }
                    if (store.forwarded(c, id, unit.id())) {
                        throw new ProblemException(
                                new Problem(
                                        409,
                                        "ALREADY_FORWARDED",
                                        "letter " + id + " was already forwarded to " + unitId,
                                        "ส่งหนังสือนี้ให้หน่วยงานนี้ไปแล้ว",
                                        "unit"));
                    }
                    Instant now = clock.instant();
                    RegisterEntry entry =
                            registers.receive(
                                    unit.id(),
                                    from.details().referenceNumber(),
                                    row(from.details(), remark),
                                    actor);
                    byte[] current = bytes(from.stampedSha256());
                    StampText text = stampText(unit.name(), UNIT_LABEL, entry, now);
                    Stamped stamped = stamp(current, text);
                    String copy = files.put(stamped.pdf(), "application/pdf");
                    IncomingLetter letter =
                            new IncomingLetter(
                                    0,
                                    unit.id(),
                                    from.id(),
                                    null,
                                    entry.number(),
                                    entry.year(),
                                    entry.id(),
                                    now,
                                    actor,
                                    from.originalSha256(),
                                    copy,
                                    from.source(),
                                    from.pageCount(),
                                    from.details(),
                                    from.extracted(),
                                    stamped.placement());
                    long childId = store.insert(c, letter);
                    registers.addAction(
                            from.registerEntryId(),
                            "ส่ง "
                                    + unit.name()
                                    + " "
                                    + text.label()
                                    + " "
                                    + text.number()
                                    + " "
                                    + text.date()
                                    + " "
                                    + text.time()
                                    + (remark == null ? "" : " " + remark),
                            actor);
                    IncomingLetter saved = store.find(c, childId);
                    audit.record(c, actor, "incoming.forward", entity(childId), from, saved);
                    SearchQueue.enqueue(c, SearchQueue.incoming(childId));
                    return saved;
                });
    }

    /** A receipt. */
    public IncomingLetter letter(long id) {
        return db.read(c -> existing(c, id));
    }

    /** The receipts of the units a letter was forwarded to, first forwarded first. */
    public List<IncomingLetter> forwards(long id) {
        return db.read(c -> store.forwards(c, id));
    }

    /** The stamped copy, checked against its SHA-256 as it is read. */
    public InputStream stamped(long id) {
        return files.open(letter(id).stampedSha256());
    }

    /** The file as it arrived, untouched. */
    public InputStream original(long id) {
        return files.open(letter(id).originalSha256());
    }

    /**
     * The receipts of {@code offices} received on {@code day} (Asia/Bangkok), the most urgent
     * first, then the latest; letters above {@code clearance} are left out, as if absent.
     */
    public List<IncomingLetter> receivedOn(
            Collection<String> offices, LocalDate day, SecrecyLevel clearance) {
        Instant from = day.atStartOfDay(BANGKOK).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(BANGKOK).toInstant();
        List<IncomingLetter> found =
                db.read(c -> store.receivedBetween(c, offices, from, to)).stream()
                        .filter(l -> clearance.clears(SecrecyLevel.parse(l.details().secrecy())))
                        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        found.sort(Comparator.comparingInt(IncomingService::urgencyRank));
        return found;
    }

    /**
     * The receipts of {@code offices} waiting for action: no การปฏิบัติ in their register row yet
     * (not forwarded on, nothing done), oldest first; letters above {@code clearance} left out.
     */
    public List<IncomingLetter> awaitingAction(Collection<String> offices, SecrecyLevel clearance) {
        return db.read(c -> store.withoutAction(c, offices)).stream()
                .filter(l -> clearance.clears(SecrecyLevel.parse(l.details().secrecy())))
                .toList();
    }

    /** 0 for ด่วนที่สุด, 1 ด่วนมาก, 2 ด่วน, 3 for a letter without urgency. */
    static int urgencyRank(IncomingLetter letter) {
        String u = letter.details().urgency();
        if (u == null) {
            return 3;
        }
        try {
            return 2 - Urgency.parse(u).ordinal();
        } catch (IllegalArgumentException e) {
            return 3;
        }
    }

    private IncomingLetter existing(Connection c, long id) throws SQLException {
        IncomingLetter letter = store.find(c, id);
        if (letter == null) {
            throw new ProblemException(
                    new Problem(
                            404,
                            "INCOMING_NOT_FOUND",
                            "no incoming letter " + id,
                            "ไม่พบหนังสือรับรายการนี้",
                            "id"));
        }
        return letter;
    }

    /** Whether {@code unit} is somewhere below the office {@code officeId}. */
    private boolean below(Office unit, String officeId) {
        String parent = unit.parentId();
        for (int depth = 0; parent != null && depth < 64; depth++) {
            if (parent.equals(officeId)) {
                return true;
            }
            parent = registers.office(parent).parentId();
        }
        return false;
    }

    private IncomingDetails read(byte[] pdf) {
        try {
            return reader.apply(pdf);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the letter's details from its text layer", e);
            return IncomingDetails.NONE;
        }
    }

    private Stamped stamp(byte[] pdf, StampText text) {
        Stamped stamped = stamper.stamp(pdf, text);
        LOG.info(
                "Stamped {} {} on page {} at ({}, {}), {}",
                text.label(),
                text.number(),
                stamped.placement().page(),
                stamped.placement().x(),
                stamped.placement().y(),
                stamped.placement().placement());
        return stamped;
    }

    private byte[] bytes(String sha256) {
        try (InputStream in = files.open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StampText stampText(
            String office, String label, RegisterEntry entry, Instant at) {
        return stampText(office, label, entry.number(), at);
    }

    private static StampText stampText(String office, String label, int number, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, BANGKOK);
        return new StampText(
                office,
                label,
                ThaiDigits.toThai(String.valueOf(number)),
                ThaiDates.abbreviatedDate(local.toLocalDate(), Digits.THAI),
                ThaiDates.time(local.toLocalTime(), Digits.THAI));
    }

    private static NumberRequest row(IncomingDetails d, String remark) {
        return new NumberRequest(d.subject(), d.addressee(), d.sender(), d.date(), remark);
    }

    private static void require(Object value, String field, String thai) {
        if (value == null) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_REQUIRED",
                            "metadata." + field,
                            "the letter's "
                                    + field
                                    + " could not be read from the file: give it in metadata",
                            "อ่าน" + thai + "จากไฟล์ไม่ได้ กรุณาระบุ" + thai + "ของหนังสือ"));
        }
    }

    private static String entity(long id) {
        return "incoming/" + id;
    }
}
