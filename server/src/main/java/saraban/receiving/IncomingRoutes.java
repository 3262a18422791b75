package saraban.receiving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import saraban.Problem;
import saraban.ProblemException;
import saraban.web.Requests;

/**
 * HTTP face of {@link IncomingService}: {@code POST /api/incoming} (multipart: {@code office},
 * {@code file} or several {@code pages}, optional {@code metadata} JSON), the receipt, its stamped
 * and original files, and forwarding to a unit.
 */
public final class IncomingRoutes {
    private final IncomingService incoming;
    private final ObjectMapper json;

    public IncomingRoutes(IncomingService incoming, ObjectMapper json) {
        this.incoming = incoming;
        this.json = json;
    }

    public void register(Javalin app) {
        app.post("/api/incoming", this::receive);
        app.get("/api/incoming/{id}", ctx -> ctx.json(visible(ctx)));
        app.get(
                "/api/incoming/{id}/pdf",
                ctx -> pdf(ctx, incoming.stamped(visible(ctx).id()), "stamped"));
        app.get(
                "/api/incoming/{id}/original",
                ctx -> pdf(ctx, incoming.original(visible(ctx).id()), "original"));
        app.post("/api/incoming/{id}/forward", this::forward);
    }

    private void receive(Context ctx) throws Exception {
        if (!ctx.isMultipartFormData()) {
            throw new ProblemException(
                    new Problem(
                            415,
                            "UNSUPPORTED_MEDIA_TYPE",
                            "send the letter as multipart/form-data (office, file or pages, metadata)",
                            "ต้องส่งหนังสือแบบ multipart/form-data",
                            null));
        }
        String office;
        IncomingService.Upload upload;
        IncomingDetails given;
        try {
            office = ctx.formParam("office");
            upload = upload(ctx);
            given = metadata(ctx);
        } catch (IllegalStateException e) {
            // Jetty refuses a part over its multipart limit while parsing the request.
            throw ReceivingProblems.tooLarge(ctx.contentLength(), incoming.limits().maxBytes());
        }
        if (office == null || office.isBlank()) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_REQUIRED",
                            "office",
                            "office (the receiving office's id) must be given",
                            "ต้องระบุหน่วยงานที่รับหนังสือ"));
        }
        Requests.requireOffice(ctx, office.strip());
        IncomingLetter letter =
                incoming.receive(office.strip(), upload, given, Requests.actor(ctx));
        ctx.status(201).header("Location", "/api/incoming/" + letter.id()).json(letter);
    }

    private IncomingService.Upload upload(Context ctx) throws IOException {
        List<UploadedFile> files = ctx.uploadedFiles("file");
        List<UploadedFile> pages = ctx.uploadedFiles("pages");
        if (files.size() + (pages.isEmpty() ? 0 : 1) != 1 || files.size() > 1) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_REQUIRED",
                            "file",
                            "send one PDF as file, or scanned pages as pages, not both",
                            "ต้องแนบไฟล์ PDF หนึ่งไฟล์ (file) หรือภาพสแกน (pages) อย่างใดอย่างหนึ่ง"));
        }
        if (!files.isEmpty()) {
            return new IncomingService.PdfUpload(read(files.get(0)));
        }
        List<IncomingPdf.Page> images = new ArrayList<>();
        for (UploadedFile page : pages) {
            images.add(new IncomingPdf.Page(page.filename(), read(page)));
        }
        return new IncomingService.ImagesUpload(images);
    }

    /** The part's bytes, never more than the limit allows: a larger part is refused unread. */
    private byte[] read(UploadedFile file) throws IOException {
        long limit = incoming.limits().maxBytes();
        if (file.size() > limit) {
            throw ReceivingProblems.tooLarge(file.size(), limit);
        }
        try (InputStream in = file.content()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            IncomingPdf.checkSize(bytes.length, incoming.limits());
            return bytes;
        }
    }

    /** The {@code metadata} part, as a form field or a JSON file part; absent means none. */
    private IncomingDetails metadata(Context ctx) throws IOException {
        String text = ctx.formParam("metadata");
        if (text == null) {
            UploadedFile part = ctx.uploadedFile("metadata");
            if (part != null) {
                try (InputStream in = part.content()) {
                    text =
                            new String(
                                    in.readNBytes(64 * 1024),
                                    java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        if (text == null || text.isBlank()) {
            return IncomingDetails.NONE;
        }
        JsonNode node = json.readTree(text);
        if (!node.isObject()) {
            throw new ProblemException(
                    Problem.badField(
                            "MALFORMED_JSON",
                            "metadata",
                            "metadata must be a JSON object",
                            "metadata ต้องเป็นออบเจกต์ JSON"));
        }
        return json.treeToValue(node, IncomingDetails.class);
    }

    private void forward(Context ctx) throws Exception {
        visible(ctx);
        JsonNode body = json.readTree(ctx.bodyAsBytes());
        JsonNode unit = body == null ? null : body.get("unit");
        if (unit == null || !unit.isTextual() || unit.textValue().isBlank()) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_REQUIRED",
                            "unit",
                            "unit (the id of the unit the letter goes to) must be given",
                            "ต้องระบุหน่วยงานที่จะส่งต่อ"));
        }
        JsonNode note = body.get("note");
        IncomingLetter letter =
                incoming.forward(
                        id(ctx),
                        unit.textValue().strip(),
                        note == null || note.isNull() ? null : note.asText(),
                        Requests.actor(ctx));
        ctx.status(201).header("Location", "/api/incoming/" + letter.id()).json(letter);
    }

    private static void pdf(Context ctx, InputStream in, String what) {
        ctx.contentType("application/pdf")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"incoming-"
                                + ctx.pathParam("id")
                                + "-"
                                + what
                                + ".pdf\"")
                .result(in);
    }

    /**
     * The receipt of the path, if the caller may see it: a secret letter above the caller's
     * clearance is not found (as if it did not exist); another office's receipt is refused.
     */
    private IncomingLetter visible(Context ctx) {
        return visible(ctx, incoming, id(ctx));
    }

    /** Receipt {@code id} if the caller may see it; the API and the pages share this check. */
    static IncomingLetter visible(Context ctx, IncomingService incoming, long id) {
        IncomingLetter letter = incoming.letter(id);
        Requests.requireCleared(ctx, letter.details().secrecy(), () -> notFound(id));
        Requests.requireOffice(ctx, letter.office());
        return letter;
    }

    static ProblemException notFound(Object id) {
        return new ProblemException(
                new Problem(
                        404,
                        "INCOMING_NOT_FOUND",
                        "no incoming letter " + id,
                        "ไม่พบหนังสือรับรายการนี้",
                        "id"));
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    new Problem(
                            404,
                            "INCOMING_NOT_FOUND",
                            "no incoming letter " + text,
                            "ไม่พบหนังสือรับรายการนี้",
                            "id"));
        }
    }
}
