package saraban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import saraban.Problem;
import saraban.ProblemException;
import saraban.pdf.FillableForm;
import saraban.pdf.PdfEngine;
import saraban.pdf.PdfRejectedException;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;

/**
 * Forms districts fill in and send back: the published forms and their versions, the blank, filled
 * and fillable PDFs, circulars' requests with deadlines, drafts and submissions.
 *
 * <pre>{@code
 * Submission s = forms.submit("district-projects", new Filled("ss-amphawa", requestId, data, null), actor);
 * SubmissionForReceipt r = forms.forReceipt(s.id()); // for the province's receive register
 * }</pre>
 */
public final class FormService {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** What a circular is, as far as a request needs to know. */
    public record Circular(String referenceNumber, String subject) {}

    /** Finds an issued circular (or any issued letter) by its letter id. */
    @FunctionalInterface
    public interface Circulars {
        Optional<Circular> issued(long letterId);
    }

    /**
     * What an office hands in: its data as JSON, or a filled fillable PDF ({@code upload}).
     *
     * @param request the circular's request it answers; {@code null} for none
     */
    public record Filled(String office, Long request, JsonNode data, byte[] upload) {}

    /** A submission ready to be received as an incoming letter of the province. */
    public record SubmissionForReceipt(
            byte[] pdf,
            String subject,
            String senderOffice,
            String senderName,
            LocalDate date,
            String inReplyTo) {}

    private final Database db;
    private final FileStore files;
    private final FormLibrary library;
    private final FormPdf pdf;
    private final FormStore store;
    private final Offices offices;
    private final Circulars circulars;
    private final LateSubmissions late;
    private final Clock clock;
    private final PdfEngine engine;
    private final Receiver receiver;

    /**
     * Registers a submission where the province receives it, inside the transaction that submits
     * it: whatever it throws leaves the submission a draft and takes no receive number.
     */
    @FunctionalInterface
    public interface Receiver {
        /** Nothing is received: the submission is only stored. */
        Receiver NONE = (id, receipt, request, actor) -> {};

        void received(
                long submissionId, SubmissionForReceipt receipt, FormRequest request, String actor);
    }

    public FormService(
            Database db,
            FileStore files,
            PdfEngine engine,
            Path formsDir,
            Offices offices,
            Circulars circulars,
            LateSubmissions late,
            Clock clock,
            ObjectMapper json) {
        this(db, files, engine, formsDir, offices, circulars, late, clock, json, Receiver.NONE);
    }

    /**
     * @param receiver called in the transaction of each submission, to receive it
     */
    public FormService(
            Database db,
            FileStore files,
            PdfEngine engine,
            Path formsDir,
            Offices offices,
            Circulars circulars,
            LateSubmissions late,
            Clock clock,
            ObjectMapper json,
            Receiver receiver) {
        this.db = db;
        this.receiver = receiver;
        this.files = files;
        this.engine = engine;
        this.store = new FormStore(db.dialect(), json);
        this.library = new FormLibrary(db, store, formsDir, clock);
        this.pdf = new FormPdf(engine);
        this.offices = offices;
        this.circulars = circulars;
        this.late = late;
        this.clock = clock;
    }

    /**
     * Reads every form's definition and fills its template once in each mode, so a broken form
     * stops the server at start-up with the file and field to fix.
     *
     * @throws FormDefinitionException or {@link ProblemException} {@code TEMPLATE_FAILED}
     */
    public void check() {
        for (String id : library.ids()) {
            StoredVersion v = library.current(id);
            JsonNode empty =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            for (FormPdf.Mode mode : FormPdf.Mode.values()) {
                pdf.toFo(v, mode, empty, this::officeName, null);
            }
        }
    }

    /** A form and its versions, the current one last. */
    public record FormSummary(
            String id, String title, String formNumber, String current, List<String> versions) {}

    /** Every published form. */
    public List<FormSummary> forms() {
        return library.ids().stream().map(this::summary).toList();
    }

    /** One form. */
    public FormSummary summary(String id) {
        StoredVersion v = library.current(id);
        FormDefinition d = v.definition();
        List<String> versions =
                library.versions(id).stream()
                        .map(FormStore.VersionRow::version)
                        .filter(x -> !x.equals(d.version()))
                        .collect(java.util.stream.Collectors.toList());
        versions.add(d.version());
        return new FormSummary(id, d.title(), d.formNumber(), d.version(), versions);
    }

    /** A version's definition; {@code current} names the one on disk now. */
    public FormDefinition definition(String id, String version) {
        return version(id, version).definition();
    }

    /** The form to print and fill in by hand, A4, PDF/A-2b. */
    public byte[] blankPdf(String id, String version) {
        StoredVersion v = version(id, version);
        return pdf.render(v, FormPdf.Mode.BLANK, null, this::officeName, null, date(v));
    }

    /** The fillable PDF of a version: one field per input, rows up to the form's maximum. */
    public byte[] fillablePdf(String id, String version) {
        StoredVersion v = version(id, version);
        return fillable(v, null);
    }

    /** A draft or submission as a fillable PDF, its values filled in, to finish offline. */
    public byte[] fillablePdf(long submissionId) {
        Submission s = submission(submissionId);
        return fillable(version(s.form(), s.version()), s.data());
    }

    private byte[] fillable(StoredVersion v, JsonNode data) {
        byte[] page = pdf.render(v, FormPdf.Mode.FILLABLE, null, this::officeName, null, date(v));
        return FillableForm.build(
                page,
                engine.fonts(),
                FillableData.inputs(v.definition()),
                FillableData.fromData(v.definition(), data, this::officeName));
    }

    /**
     * Links issued letter {@code letterId} (a circular) to a form and a deadline.
     *
     * @throws ProblemException {@code LETTER_NOT_ISSUED}, {@code FORM_NOT_FOUND}
     */
    public FormRequest request(long letterId, String formId, LocalDate deadline, String actor) {
        library.current(formId);
        Circular circular =
                circulars
                        .issued(letterId)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                Problem.badField(
                                                        "LETTER_NOT_ISSUED",
                                                        "letter",
                                                        "letter "
                                                                + letterId
                                                                + " is not an issued letter",
                                                        "หนังสือที่อ้างถึงยังไม่ได้ออกเลข จึงขอให้ส่งแบบไม่ได้")));
        FormRequest r =
                new FormRequest(
                        0,
                        letterId,
                        circular.referenceNumber(),
                        circular.subject(),
                        formId,
                        deadline,
                        clock.instant(),
                        actor);
        long id = db.inTransaction(c -> store.insertRequest(c, r));
        return request(id);
    }

    /** A request by id. */
    public FormRequest request(long id) {
        return db.read(c -> store.findRequest(c, id))
                .orElseThrow(
                        () ->
                                new ProblemException(
                                        new Problem(
                                                404,
                                                "REQUEST_NOT_FOUND",
                                                "no form request " + id,
                                                "ไม่พบคำขอให้ส่งแบบนี้",
                                                null)));
    }

    /** Every circular's request for a form, the latest deadline first. */
    public List<FormRequest> requests() {
        return db.read(store::requests);
    }

    /** Every draft and submission answering request {@code id}, by office and revision. */
    public List<Submission> submissionsFor(long requestId) {
        request(requestId);
        return db.read(c -> store.onTopic(c, topic(null, requestId)));
    }

    /** Saves what an office typed as a draft, however incomplete; its problems come with it. */
    public Submission saveDraft(String formId, Filled filled, String actor) {
        Incoming in = incoming(formId, filled);
        Submission draft = newDraft(formId, filled, in, actor);
        long id =
                db.inTransaction(
                        c -> store.insertSubmission(c, draft, topic(formId, filled.request())));
        return submission(id);
    }

    /** What an office filled in, as a draft not yet stored. */
    private Submission newDraft(String formId, Filled filled, Incoming in, String actor) {
        Instant now = clock.instant();
        return new Submission(
                0,
                formId,
                in.version().definition().version(),
                filled.office(),
                filled.request(),
                Submission.Status.DRAFT,
                null,
                in.data(),
                false,
                in.source(),
                in.upload(),
                null,
                now,
                actor,
                now,
                actor,
                null,
                List.of());
    }

    /** Replaces a draft's data. */
    public Submission updateDraft(long id, JsonNode data, String actor) {
        Submission s = submission(id);
        requireDraft(s);
        boolean changed =
                db.inTransaction(
                        c ->
                                store.updateDraft(
                                        c,
                                        id,
                                        s.version(),
                                        data,
                                        "JSON",
                                        null,
                                        clock.instant(),
                                        actor));
        if (!changed) {
            requireDraft(submission(id));
        }
        return submission(id);
    }

    /**
     * Submits an office's form in one step: validated, numbered as the office's next revision on
     * the topic, rendered and stored.
     *
     * @throws FormInvalidException with every field error
     * @throws ProblemException {@code SUBMISSION_LATE} when late ones are refused
     */
    public Submission submit(String formId, Filled filled, String actor) {
        Incoming in = incoming(formId, filled);
        Submission draft = newDraft(formId, filled, in, actor);
        return finish(draft, in.version(), actor, true);
    }

    /** Submits a saved draft. */
    public Submission submitDraft(long id, String actor) {
        Submission s = submission(id);
        requireDraft(s);
        return finish(s, version(s.form(), s.version()), actor, false);
    }

    private Submission finish(Submission draft, StoredVersion v, String actor, boolean insert) {
        JsonNode data = validated(v.definition(), draft.data(), draft.office());
        FormRequest request = draft.request() == null ? null : request(draft.request());
        Instant now = clock.instant();
        boolean isLate =
                request != null && LocalDate.ofInstant(now, BANGKOK).isAfter(request.deadline());
        if (isLate && late == LateSubmissions.REFUSE) {
            throw new ProblemException(
                    new Problem(
                            409,
                            "SUBMISSION_LATE",
                            "the deadline " + request.deadline() + " has passed",
                            "เลยกำหนดส่งแล้ว ("
                                    + ThaiDates.fullDate(request.deadline(), Digits.THAI)
                                    + ") ระบบไม่รับแบบที่ส่งช้า โปรดติดต่อจังหวัด",
                            null));
        }
        String topic = topic(draft.form(), draft.request());
        long id =
                db.inTransaction(
                        c -> {
                            int revision = store.lastRevision(c, draft.office(), topic) + 1;
                            byte[] rendered =
                                    pdf.render(
                                            v,
                                            FormPdf.Mode.FILLED,
                                            data,
                                            this::officeName,
                                            note(revision, now, isLate),
                                            Date.from(now));
                            String sha = files.put(rendered, "application/pdf");
                            Submission done =
                                    new Submission(
                                            draft.id(),
                                            draft.form(),
                                            v.definition().version(),
                                            draft.office(),
                                            draft.request(),
                                            Submission.Status.SUBMITTED,
                                            revision,
                                            data,
                                            isLate,
                                            draft.source(),
                                            draft.uploadSha256(),
                                            sha,
                                            draft.createdAt(),
                                            draft.createdBy(),
                                            now,
                                            actor,
                                            now,
                                            List.of());
                            long saved;
                            if (insert) {
                                saved = store.insertSubmission(c, done, topic);
                            } else if (store.submitDraft(c, draft.id(), done)) {
                                saved = draft.id();
                            } else {
                                throw alreadySubmitted(draft.id());
                            }
                            receiver.received(saved, forReceipt(saved), request, actor);
                            return saved;
                        });
        return submission(id);
    }

    /** A draft (with what is still wrong with it) or a submission. */
    public Submission submission(long id) {
        Submission s =
                db.read(c -> store.find(c, id))
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                new Problem(
                                                        404,
                                                        "SUBMISSION_NOT_FOUND",
                                                        "no submission " + id,
                                                        "ไม่พบแบบที่ส่งนี้",
                                                        null)));
        if (s.status() == Submission.Status.DRAFT) {
            FormDefinition d = version(s.form(), s.version()).definition();
            return s.withProblems(validate(d, s.data(), s.office()).errors());
        }
        return s;
    }

    /** The printed submission: as stored when submitted; a draft rendered now, marked ร่าง. */
    public byte[] pdf(long id) {
        Submission s = submission(id);
        if (s.pdfSha256() != null) {
            try (InputStream in = files.open(s.pdfSha256())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        StoredVersion v = version(s.form(), s.version());
        FormValidator.Result r = validate(v.definition(), s.data(), s.office());
        return pdf.render(
                v,
                FormPdf.Mode.FILLED,
                r.data(),
                this::officeName,
                "ร่าง ยังไม่ได้ส่ง",
                Date.from(clock.instant()));
    }

    /**
     * A submission as the province's registry receives it: the PDF, a subject, the sending office
     * and the day it was sent; for {@code IncomingService} to number and stamp.
     */
    public SubmissionForReceipt forReceipt(long id) {
        Submission s = submission(id);
        if (s.status() != Submission.Status.SUBMITTED) {
            throw new ProblemException(
                    new Problem(
                            409,
                            "SUBMISSION_IS_DRAFT",
                            "submission " + id + " is a draft",
                            "แบบนี้ยังเป็นร่าง ยังไม่ได้ส่ง",
                            null));
        }
        FormDefinition d = version(s.form(), s.version()).definition();
        String sender = officeName(s.office());
        String subject =
                "ส่ง"
                        + d.title()
                        + " ของ"
                        + sender
                        + (s.revision() > 1
                                ? " (ส่งครั้งที่ "
                                        + ThaiDigits.toThai(String.valueOf(s.revision()))
                                        + ")"
                                : "");
        String reply = s.request() == null ? null : request(s.request()).referenceNumber();
        return new SubmissionForReceipt(
                pdf(id),
                subject,
                s.office(),
                sender,
                LocalDate.ofInstant(s.submittedAt(), BANGKOK),
                reply);
    }

    private record Incoming(StoredVersion version, JsonNode data, String source, String upload) {}

    private Incoming incoming(String formId, Filled filled) {
        if (filled.office() == null || offices.name(filled.office()).isEmpty()) {
            throw new ProblemException(
                    Problem.badField(
                            "UNKNOWN_OFFICE",
                            "office",
                            "no office " + filled.office(),
                            "ไม่พบหน่วยงานที่ส่งแบบ"));
        }
        if (filled.request() != null && !request(filled.request()).form().equals(formId)) {
            throw new ProblemException(
                    Problem.badField(
                            "REQUEST_FORM_MISMATCH",
                            "request",
                            "request " + filled.request() + " asks for another form",
                            "คำขอนี้ขอให้ส่งแบบอื่น ไม่ใช่แบบ " + formId));
        }
        if (filled.upload() == null) {
            return new Incoming(library.current(formId), filled.data(), "JSON", null);
        }
        Map<String, String> values;
        try {
            values = FillableForm.read(filled.upload());
        } catch (PdfRejectedException e) {
            throw new ProblemException(
                    Problem.badField(
                            "PDF_UNREADABLE",
                            "file",
                            "the upload is no readable PDF: " + e.getMessage(),
                            "อ่านไฟล์ PDF ที่ส่งมาไม่ได้ โปรดส่งแบบที่ดาวน์โหลดจากระบบและกรอกแล้ว"),
                    e);
        }
        String named = values.get(FillableData.VERSION_FIELD);
        if (named == null || !named.startsWith(formId + "/")) {
            throw new ProblemException(
                    Problem.badField(
                            "NOT_THIS_FORM",
                            "file",
                            "the PDF is not a fillable " + formId + " form",
                            "ไฟล์ที่ส่งมาไม่ใช่แบบ " + formId + " ที่ดาวน์โหลดจากระบบ"));
        }
        StoredVersion v = version(formId, named.substring(formId.length() + 1));
        String upload = files.put(filled.upload(), "application/pdf");
        return new Incoming(v, FillableData.toData(v.definition(), values), "PDF", upload);
    }

    private JsonNode validated(FormDefinition d, JsonNode data, String office) {
        FormValidator.Result r = validate(d, data, office);
        if (!r.errors().isEmpty()) {
            throw new FormInvalidException(r.errors());
        }
        return r.data();
    }

    private FormValidator.Result validate(FormDefinition d, JsonNode data, String office) {
        FormValidator.Result r = FormValidator.validate(d, data, offices::idOf, office);
        for (FieldDefinition f : d.fields()) {
            JsonNode v = r.data().get(f.name());
            if (f.submitter() && v != null && !v.asText().equals(office)) {
                List<FieldError> errors = new java.util.ArrayList<>(r.errors());
                errors.add(
                        new FieldError(
                                f.name(),
                                "NOT_YOUR_OFFICE",
                                f.name() + " must be the submitting office " + office,
                                "«"
                                        + f.label()
                                        + "» ต้องเป็นหน่วยงานที่ส่งแบบ คือ "
                                        + officeName(office)));
                return new FormValidator.Result(r.data(), errors);
            }
        }
        return r;
    }

    private StoredVersion version(String id, String version) {
        if (version == null || version.equals("current")) {
            return library.current(id);
        }
        return library.find(id, version).orElseThrow(() -> FormLibrary.notFound(id, version));
    }

    private String officeName(String id) {
        return offices.name(id).orElse(id);
    }

    private static String topic(String formId, Long request) {
        return request != null ? "request:" + request : "form:" + formId;
    }

    private static Date date(StoredVersion v) {
        return Date.from(v.createdAt());
    }

    private static String note(int revision, Instant at, boolean late) {
        LocalDateTime t = LocalDateTime.ofInstant(at, BANGKOK);
        return "ส่งครั้งที่ "
                + ThaiDigits.toThai(String.valueOf(revision))
                + " เมื่อ "
                + ThaiDates.fullDate(t.toLocalDate(), Digits.THAI)
                + " เวลา "
                + ThaiDates.time(t.toLocalTime(), Digits.THAI)
                + (late ? " (เกินกำหนดส่ง)" : "");
    }

    private static void requireDraft(Submission s) {
        if (s.status() != Submission.Status.DRAFT) {
            throw alreadySubmitted(s.id());
        }
    }

    private static ProblemException alreadySubmitted(long id) {
        return new ProblemException(
                new Problem(
                        409,
                        "ALREADY_SUBMITTED",
                        "submission "
                                + id
                                + " was submitted and cannot change; submit again for a new revision",
                        "แบบนี้ส่งไปแล้ว แก้ไขไม่ได้ ถ้าจะแก้ให้ส่งใหม่เป็นฉบับถัดไป",
                        null));
    }
}
