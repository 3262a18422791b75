package saraban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import saraban.Problem;
import saraban.ProblemException;
import saraban.web.Requests;

/** HTTP face of {@link FormService}: parse, call, answer. */
public final class FormRoutes {
    private static final Set<String> FILLED_KEYS = Set.of("office", "request", "data");

    private final FormService forms;
    private final ObjectMapper json;

    public FormRoutes(FormService forms, ObjectMapper json) {
        this.forms = forms;
        this.json = json;
    }

    public void register(Javalin app) {
        app.exception(FormInvalidException.class, FormRoutes::invalid);
        app.get("/api/forms", ctx -> ctx.json(forms.forms()));
        app.get("/api/forms/{id}", ctx -> ctx.json(forms.summary(ctx.pathParam("id"))));
        app.get(
                "/api/forms/{id}/{version}",
                ctx -> ctx.json(forms.definition(ctx.pathParam("id"), ctx.pathParam("version"))));
        app.get(
                "/api/forms/{id}/{version}/blank.pdf",
                ctx ->
                        pdf(
                                ctx,
                                "blank",
                                forms.blankPdf(ctx.pathParam("id"), ctx.pathParam("version"))));
        app.get(
                "/api/forms/{id}/{version}/fillable.pdf",
                ctx ->
                        pdf(
                                ctx,
                                "fillable",
                                forms.fillablePdf(ctx.pathParam("id"), ctx.pathParam("version"))));
        app.post(
                "/api/forms/{id}/submissions",
                ctx ->
                        created(
                                ctx,
                                forms.submit(
                                        ctx.pathParam("id"), ownFilled(ctx), Requests.actor(ctx))));
        app.post(
                "/api/forms/{id}/drafts",
                ctx ->
                        created(
                                ctx,
                                forms.saveDraft(
                                        ctx.pathParam("id"), ownFilled(ctx), Requests.actor(ctx))));
        app.get("/api/submissions/{id}", ctx -> ctx.json(own(ctx)));
        app.put(
                "/api/submissions/{id}",
                ctx -> {
                    own(ctx);
                    ctx.json(
                            forms.updateDraft(id(ctx), body(ctx).get("data"), Requests.actor(ctx)));
                });
        app.post(
                "/api/submissions/{id}/submit",
                ctx -> {
                    own(ctx);
                    ctx.json(forms.submitDraft(id(ctx), Requests.actor(ctx)));
                });
        app.get(
                "/api/submissions/{id}/pdf",
                ctx -> pdf(ctx, "submission-" + own(ctx).id(), forms.pdf(id(ctx))));
        app.get(
                "/api/submissions/{id}/fillable.pdf",
                ctx ->
                        pdf(
                                ctx,
                                "submission-" + own(ctx).id() + "-fillable",
                                forms.fillablePdf(id(ctx))));
        app.post("/api/form-requests", this::request);
        app.get("/api/form-requests/{id}", ctx -> ctx.json(forms.request(id(ctx))));
        app.get(
                "/api/form-requests/{id}/submissions",
                ctx -> ctx.json(forms.submissionsFor(id(ctx))));
    }

    /** The submission of the path, if the caller may act for the office that made it. */
    private Submission own(Context ctx) {
        Submission submission = forms.submission(id(ctx));
        Requests.requireOffice(ctx, submission.office());
        return submission;
    }

    /** What the request filled in, for an office the caller may act for. */
    private FormService.Filled ownFilled(Context ctx) throws IOException {
        FormService.Filled filled = filled(ctx);
        if (filled.office() != null && !filled.office().isBlank()) {
            Requests.requireOffice(ctx, filled.office().strip());
        }
        return filled;
    }

    /** {@code {"letter": 12, "form": "district-projects", "deadline": "2019-06-15"}}. */
    private void request(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        JsonNode letter = body.get("letter");
        if (letter == null || !letter.canConvertToLong()) {
            throw bad(
                    "letter",
                    "letter must be the id of an issued letter",
                    "ต้องระบุหนังสือเวียนที่ขอให้ส่งแบบ");
        }
        String form = body.path("form").asText("");
        LocalDate deadline;
        try {
            deadline = LocalDate.parse(body.path("deadline").asText(""));
        } catch (DateTimeParseException e) {
            throw bad(
                    "deadline",
                    "deadline must be an ISO date such as 2019-06-15",
                    "ต้องระบุวันกำหนดส่ง เช่น 2019-06-15");
        }
        FormRequest r = forms.request(letter.asLong(), form, deadline, Requests.actor(ctx));
        ctx.status(201).header("Location", "/api/form-requests/" + r.id()).json(r);
    }

    /** JSON {@code {office, request, data}}, or multipart with {@code file}, office and request. */
    private FormService.Filled filled(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null) {
                throw bad(
                        "file",
                        "send the filled PDF as the part named file",
                        "ต้องแนบไฟล์ PDF ที่กรอกแล้วในช่อง file");
            }
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readAllBytes();
            }
            return new FormService.Filled(
                    ctx.formParam("office"), requestId(ctx.formParam("request")), null, bytes);
        }
        JsonNode body = body(ctx);
        for (var it = body.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!FILLED_KEYS.contains(key)) {
                throw new ProblemException(
                        Problem.badField(
                                "UNKNOWN_FIELD",
                                key,
                                "unknown field: " + key,
                                "ไม่รู้จักช่องข้อมูล " + key));
            }
        }
        JsonNode request = body.get("request");
        return new FormService.Filled(
                body.path("office").asText(null),
                request == null || request.isNull() ? null : requestId(request.asText()),
                body.get("data"),
                null);
    }

    private JsonNode body(Context ctx) throws IOException {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ProblemException(
                    new Problem(
                            415,
                            "UNSUPPORTED_MEDIA_TYPE",
                            "send application/json (or multipart/form-data with a filled PDF)",
                            "ต้องส่งข้อมูลเป็น JSON หรือแนบไฟล์ PDF",
                            null));
        }
        JsonNode body = json.readTree(ctx.bodyAsBytes());
        if (body == null || !body.isObject()) {
            throw new ProblemException(
                    new Problem(
                            400,
                            "MALFORMED_JSON",
                            "the body must be a JSON object",
                            "ข้อมูลที่ส่งมาต้องเป็นออบเจกต์ JSON",
                            null));
        }
        return body;
    }

    private static Long requestId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw bad(
                    "request",
                    "request must be the id of a form request",
                    "เลขที่คำขอให้ส่งแบบไม่ถูกต้อง");
        }
    }

    private static void created(Context ctx, Submission s) {
        ctx.status(201).header("Location", "/api/submissions/" + s.id()).json(s);
    }

    private static void pdf(Context ctx, String name, byte[] pdf) {
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
                .result(pdf);
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    new Problem(
                            404,
                            "NOT_FOUND",
                            "no such id " + ctx.pathParam("id"),
                            "ไม่พบสิ่งที่ขอ",
                            "id"));
        }
    }

    private static ProblemException bad(String field, String title, String message) {
        return new ProblemException(Problem.badField("FIELD_INVALID", field, title, message));
    }

    /** 422 with the problem body and {@code errors}: every field that needs correcting. */
    private static void invalid(FormInvalidException e, Context ctx) {
        Problem p = e.problem();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", p.code());
        body.put("title", p.title());
        body.put("message", p.message());
        body.put("field", p.field());
        body.put("errors", e.errors());
        ctx.status(p.status()).json(body);
    }
}
