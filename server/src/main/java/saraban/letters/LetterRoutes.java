package saraban.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import saraban.Problem;
import saraban.ProblemException;
import saraban.web.Downloads;
import saraban.web.Requests;

/** HTTP face of {@link LetterService}: parse, call, answer. */
public final class LetterRoutes {
    private final LetterService letters;
    private final ObjectMapper json;
    private final long maxUploadBytes;

    /**
     * @param maxUploadBytes the largest enclosure file accepted
     */
    public LetterRoutes(LetterService letters, ObjectMapper json, long maxUploadBytes) {
        this.letters = letters;
        this.json = json;
        this.maxUploadBytes = maxUploadBytes;
    }

    public void register(Javalin app) {
        app.post("/api/letters/render", this::render);
        app.post("/api/letters", this::create);
        app.get("/api/letters/{id}", ctx -> ctx.json(visible(ctx)));
        app.put("/api/letters/{id}", this::update);
        app.post("/api/letters/{id}/issue", this::issue);
        app.get("/api/letters/{id}/pdf", this::pdf);
        app.post("/api/letters/{id}/publish", this::publish);
        app.post("/api/letters/{id}/unpublish", this::unpublish);
        app.post("/api/letters/{id}/attachments", this::attach);
        app.get("/api/letters/{id}/attachments", ctx -> ctx.json(visible(ctx).attachments()));
        app.get("/api/letters/{id}/attachments/{number}", this::attachment);
    }

    /** {@code POST /api/letters}: the render JSON plus {@code office}, kept as a draft. */
    private void create(Context ctx) throws Exception {
        ObjectNode body = jsonObject(ctx);
        String office = office(body);
        Requests.requireOffice(ctx, office);
        LetterDraft draft = json.treeToValue(body, LetterDraft.class);
        StoredLetter saved = letters.saveDraft(office, draft, Requests.actor(ctx));
        ctx.status(201).header("Location", "/api/letters/" + saved.id()).json(saved);
    }

    private void update(Context ctx) throws Exception {
        visible(ctx);
        ObjectNode body = jsonObject(ctx);
        String office = office(body);
        Requests.requireOffice(ctx, office);
        LetterDraft draft = json.treeToValue(body, LetterDraft.class);
        ctx.json(letters.updateDraft(id(ctx), office, draft, Requests.actor(ctx)));
    }

    /**
     * {@code POST /api/letters/{id}/issue}, optionally {@code {"referenceNumber": …, "publish":
     * true}}.
     */
    private void issue(Context ctx) throws Exception {
        visible(ctx);
        String reserved = null;
        boolean publish = false;
        if (!ctx.body().isBlank()) {
            ObjectNode body = jsonObject(ctx);
            JsonNode number = body.remove("referenceNumber");
            publish = flag(body.remove("publish"), "publish");
            if (!body.isEmpty()) {
                String field = body.fieldNames().next();
                throw new ProblemException(
                        Problem.badField(
                                "UNKNOWN_FIELD",
                                field,
                                "unknown field: " + field,
                                "ไม่รู้จักช่องข้อมูล " + field));
            }
            if (number != null && !number.isNull()) {
                if (!number.isTextual()) {
                    throw new ProblemException(
                            Problem.badField(
                                    "REFERENCE_NUMBER_MALFORMED",
                                    "referenceNumber",
                                    "referenceNumber must be text like สส ๐๐๑๗.๒/๔๕",
                                    "เลขที่หนังสือต้องเป็นข้อความ เช่น สส ๐๐๑๗.๒/๔๕"));
                }
                reserved = number.textValue();
            }
        }
        ctx.json(letters.issue(id(ctx), reserved, publish, Requests.actor(ctx)));
    }

    /** {@code POST /api/letters/{id}/publish}, optionally {@code {"anyKind": true}}. */
    private void publish(Context ctx) throws Exception {
        visible(ctx);
        boolean anyKind = false;
        if (!ctx.body().isBlank()) {
            ObjectNode body = jsonObject(ctx);
            anyKind = flag(body.remove("anyKind"), "anyKind");
            refuseOthers(body);
        }
        ctx.json(letters.publish(id(ctx), anyKind, Requests.actor(ctx)));
    }

    /** {@code POST /api/letters/{id}/unpublish}, optionally {@code {"reason": "…"}}. */
    private void unpublish(Context ctx) throws Exception {
        visible(ctx);
        String reason = null;
        if (!ctx.body().isBlank()) {
            ObjectNode body = jsonObject(ctx);
            JsonNode given = body.remove("reason");
            refuseOthers(body);
            if (given != null && !given.isNull()) {
                reason = Fields.optional("reason", given.asText(), Fields.SHORT_TEXT);
            }
        }
        ctx.json(letters.unpublish(id(ctx), reason, Requests.actor(ctx)));
    }

    /**
     * {@code POST /api/letters/{id}/attachments}: multipart {@code file}, optional {@code title}.
     */
    private void attach(Context ctx) throws Exception {
        visible(ctx);
        if (!ctx.isMultipartFormData()) {
            throw new ProblemException(
                    new Problem(
                            415,
                            "UNSUPPORTED_MEDIA_TYPE",
                            "send the file as multipart/form-data (file, title)",
                            "ต้องส่งไฟล์แบบ multipart/form-data",
                            null));
        }
        long id = id(ctx);
        Upload upload;
        String title;
        try {
            java.util.List<UploadedFile> files = ctx.uploadedFiles("file");
            if (files.size() != 1) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_REQUIRED",
                                "file",
                                "send exactly one file in the field 'file'",
                                "ต้องแนบไฟล์หนึ่งไฟล์ในช่อง file"));
            }
            UploadedFile file = files.get(0);
            try (InputStream in = file.content()) {
                upload = Upload.read(in, file.filename(), "สิ่งที่ส่งมาด้วย", maxUploadBytes);
            }
            title = ctx.formParam("title");
        } catch (IllegalStateException e) {
            // Jetty refuses a part over its multipart limit while parsing the request.
            throw Upload.tooLarge(maxUploadBytes);
        }
        Attachment saved = letters.attach(id, upload, title, Requests.actor(ctx));
        ctx.status(201)
                .header("Location", "/api/letters/" + id + "/attachments/" + saved.number())
                .json(saved);
    }

    private void attachment(Context ctx) {
        visible(ctx);
        long id = id(ctx);
        int number;
        try {
            number = Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw LetterProblems.attachmentNotFound(id, 0);
        }
        Attachment a = letters.attachment(id, number);
        Downloads.send(
                ctx,
                a.fileName(),
                a.mediaType(),
                a.size(),
                a.sha256(),
                "private, no-cache",
                () -> letters.open(a));
    }

    private static boolean flag(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_INVALID",
                            field,
                            field + " must be true or false",
                            "ค่าของช่อง " + field + " ต้องเป็น true หรือ false"));
        }
        return value.booleanValue();
    }

    private static void refuseOthers(ObjectNode body) {
        if (!body.isEmpty()) {
            String field = body.fieldNames().next();
            throw new ProblemException(
                    Problem.badField(
                            "UNKNOWN_FIELD",
                            field,
                            "unknown field: " + field,
                            "ไม่รู้จักช่องข้อมูล " + field));
        }
    }

    private void pdf(Context ctx) {
        long id = visible(ctx).id();
        InputStream in = letters.pdf(id);
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"letter-" + id + ".pdf\"")
                .result(in);
    }

    /**
     * The letter of the path, if the caller may see it: a secret letter above the caller's
     * clearance is not found (as if it did not exist); another office's letter is refused.
     */
    private StoredLetter visible(Context ctx) {
        long id = id(ctx);
        StoredLetter letter = letters.letter(id);
        Secrecy secrecy = letter.draft() == null ? null : letter.draft().secrecy();
        Requests.requireCleared(
                ctx, secrecy == null ? null : secrecy.thai(), () -> LetterProblems.notFound(id));
        Requests.requireOffice(ctx, letter.office());
        return letter;
    }

    private ObjectNode jsonObject(Context ctx) throws Exception {
        requireJson(ctx);
        JsonNode body = json.readTree(ctx.bodyAsBytes());
        if (!(body instanceof ObjectNode object)) {
            throw new ProblemException(
                    new Problem(
                            400,
                            "MALFORMED_JSON",
                            "the body must be a JSON object",
                            "ข้อมูลที่ส่งมาต้องเป็นออบเจกต์ JSON",
                            null));
        }
        return object;
    }

    private static String office(ObjectNode body) {
        JsonNode office = body.remove("office");
        if (office == null || !office.isTextual() || office.textValue().isBlank()) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_REQUIRED",
                            "office",
                            "office (the id of the office the letter is from) must be given",
                            "ต้องระบุหน่วยงานเจ้าของหนังสือ"));
        }
        return office.textValue().strip();
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    new Problem(
                            404, "LETTER_NOT_FOUND", "no letter " + text, "ไม่พบหนังสือนี้", "id"));
        }
    }

    /** {@code POST /api/letters/render}: a letter as JSON in, {@code application/pdf} out. */
    private void render(Context ctx) throws Exception {
        requireJson(ctx);
        LetterDraft draft = json.readValue(ctx.bodyInputStream(), LetterDraft.class);
        byte[] pdf = letters.render(draft);
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"letter.pdf\"")
                .result(pdf);
    }

    private static void requireJson(Context ctx) {
        String type = ctx.contentType();
        if (type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ProblemException(
                    new Problem(
                            415,
                            "UNSUPPORTED_MEDIA_TYPE",
                            "send the letter as application/json",
                            "ต้องส่งข้อมูลหนังสือเป็น JSON",
                            null));
        }
    }
}
