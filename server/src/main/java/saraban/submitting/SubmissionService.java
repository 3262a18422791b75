package saraban.submitting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import saraban.Problem;
import saraban.ProblemException;
import saraban.forms.FormRequest;
import saraban.forms.FormService;
import saraban.forms.Submission;
import saraban.receiving.IncomingDetails;
import saraban.receiving.IncomingLetter;
import saraban.receiving.IncomingService;
import saraban.registers.Office;
import saraban.registers.OfficeDirectory;
import saraban.storage.Database;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;

/**
 * A district's submission received by the province, and what the district and the clerk see of it.
 *
 * <p>Where it is received: at the top of the issuing office's chain, the province hall's central
 * registry (สารบรรณกลาง), which receives every letter from outside; a form sent without a request
 * goes to the top of the district's own chain, the same hall. The register row: ที่ none (the form
 * has no number of its own), ลงวันที่ the day it was sent, จาก the district, ถึง the hall, เรื่อง
 * the form and the district.
 *
 * <pre>{@code
 * FormService forms = new FormService(..., submissions::received); // each submission received
 * Acknowledgement a = submissions.acknowledgement(submissionId);
 * }</pre>
 */
public final class SubmissionService {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** Districts are the offices named อำเภอ…: those a circular asks, and whose users submit. */
    static final String DISTRICT_PREFIX = "อำเภอ";

    private final Database db;
    private final IncomingService incoming;
    private final Supplier<OfficeDirectory> offices;
    private final LongFunction<String> circularOffice;
    private final Clock clock;
    private final ReceiptStore store;

    /**
     * @param circularOffice the office that issued the letter of an id
     */
    public SubmissionService(
            Database db,
            IncomingService incoming,
            Supplier<OfficeDirectory> offices,
            LongFunction<String> circularOffice,
            Clock clock) {
        this.db = db;
        this.incoming = incoming;
        this.offices = offices;
        this.circularOffice = circularOffice;
        this.clock = clock;
        this.store = new ReceiptStore(db.dialect());
    }

    /** The office that issued letter {@code letterId}. */
    public String issuerOf(long letterId) {
        return circularOffice.apply(letterId);
    }

    /** Whether {@code officeId} is a district. */
    public boolean isDistrict(String officeId) {
        return offices.get()
                .find(officeId)
                .map(o -> o.name().startsWith(DISTRICT_PREFIX))
                .orElse(false);
    }

    /** Every district, in the directory's order. */
    public List<Office> districts() {
        return offices.get().offices().stream().filter(o -> isDistrict(o.id())).toList();
    }

    /**
     * {@link FormService.Receiver}: receives submission {@code id} as an incoming letter, in the
     * transaction that submits it.
     */
    public void received(
            long id, FormService.SubmissionForReceipt receipt, FormRequest request, String actor) {
        String at =
                top(
                        request != null
                                ? circularOffice.apply(request.letterId())
                                : receipt.senderOffice());
        IncomingDetails details =
                new IncomingDetails(
                        null,
                        receipt.date(),
                        receipt.senderName(),
                        offices.get().find(at).map(Office::name).orElse(at),
                        receipt.subject(),
                        null,
                        null);
        db.inTransaction(
                c -> {
                    IncomingService.Prepared prepared =
                            incoming.prepare(new IncomingService.PdfUpload(receipt.pdf()));
                    IncomingLetter letter = incoming.receive(at, prepared, details, actor);
                    store.link(c, id, letter.id());
                    return null;
                });
    }

    /** What the district keeps as proof: receive number, date and time, and where. */
    public record Acknowledgement(
            long submissionId,
            int revision,
            boolean late,
            String subject,
            String sender,
            String receivedBy,
            long incomingId,
            String receiveNumber,
            String date,
            String time,
            Instant receivedAt) {}

    /**
     * The acknowledgement of submission {@code id}.
     *
     * @throws ProblemException {@code NOT_RECEIVED} for a draft or a submission sent before the
     *     loop existed
     */
    public Acknowledgement acknowledgement(Submission s) {
        long incomingId =
                db.read(c -> store.incomingOf(c, s.id()))
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                new Problem(
                                                        404,
                                                        "NOT_RECEIVED",
                                                        "submission " + s.id() + " has no receipt",
                                                        "แบบนี้ยังไม่ได้ส่งหรือยังไม่ได้ลงรับ จึงยังไม่มีใบตอบรับ",
                                                        null)));
        IncomingLetter letter = incoming.letter(incomingId);
        LocalDateTime t = LocalDateTime.ofInstant(letter.receivedAt(), BANGKOK);
        return new Acknowledgement(
                s.id(),
                s.revision(),
                s.late(),
                letter.details().subject(),
                letter.details().sender(),
                name(letter.office()),
                incomingId,
                ThaiDigits.toThai(String.valueOf(letter.number()))
                        + "/"
                        + ThaiDigits.toThai(String.valueOf(letter.year())),
                ThaiDates.fullDate(t.toLocalDate(), Digits.THAI),
                ThaiDates.time(t.toLocalTime(), Digits.THAI),
                letter.receivedAt());
    }

    /** Notes that someone of {@code office} opened request {@code requestId} (first time only). */
    public void markRead(long requestId, String office, String actor) {
        db.inTransaction(
                c -> {
                    store.read(c, requestId, office, clock.instant(), actor);
                    return null;
                });
    }

    /** Where a district stands on a request. */
    public enum Standing {
        NOT_READ("ยังไม่เปิดอ่าน"),
        READ("เปิดอ่านแล้ว"),
        SUBMITTED("ส่งแล้ว"),
        LATE("ส่งช้า");

        public final String thai;

        Standing(String thai) {
            this.thai = thai;
        }
    }

    /** One district's line in a request's status. */
    public record DistrictStatus(
            String office,
            String name,
            Standing standing,
            Instant readAt,
            Submission latest,
            int revisions) {}

    /**
     * Each district's standing on a request, from the submissions given ({@link
     * FormService#submissionsFor}): its latest submission decides submitted or late.
     */
    public List<DistrictStatus> status(long requestId, List<Submission> submissions) {
        Map<String, Instant> reads = db.read(c -> store.reads(c, requestId));
        List<DistrictStatus> out = new ArrayList<>();
        for (Office d : districts()) {
            List<Submission> sent =
                    submissions.stream()
                            .filter(s -> s.office().equals(d.id()))
                            .filter(s -> s.status() == Submission.Status.SUBMITTED)
                            .toList();
            Submission latest = sent.isEmpty() ? null : sent.get(sent.size() - 1);
            Standing standing =
                    latest != null
                            ? (latest.late() ? Standing.LATE : Standing.SUBMITTED)
                            : reads.containsKey(d.id()) ? Standing.READ : Standing.NOT_READ;
            out.add(
                    new DistrictStatus(
                            d.id(), d.name(), standing, reads.get(d.id()), latest, sent.size()));
        }
        return out;
    }

    /** Whether the deadline of {@code request} has passed today (Asia/Bangkok). */
    public boolean pastDeadline(FormRequest request) {
        return LocalDate.now(clock.withZone(BANGKOK)).isAfter(request.deadline());
    }

    private String top(String officeId) {
        String id = officeId;
        for (int depth = 0; depth < 64; depth++) {
            String parent = offices.get().find(id).map(Office::parentId).orElse(null);
            if (parent == null) {
                return id;
            }
            id = parent;
        }
        return id;
    }

    private String name(String id) {
        return offices.get().find(id).map(Office::name).orElse(id);
    }
}
