package saraban.portal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.List;
import saraban.Problem;
import saraban.ProblemException;
import saraban.letters.Upload;
import saraban.thai.ThaiDigits;
import saraban.web.Requests;

/**
 * The clerk's actions on the portal's library, under {@code /api/portal/}: add a document (form,
 * manual, other) with its first file, upload a new version, withdraw it. Publishing letters is on
 * {@link saraban.letters.LetterRoutes}.
 */
public final class PortalApiRoutes {
    private final PortalService portal;
    private final long maxUploadBytes;

    /**
     * @param maxUploadBytes the largest file accepted
     */
    public PortalApiRoutes(PortalService portal, long maxUploadBytes) {
        this.portal = portal;
        this.maxUploadBytes = maxUploadBytes;
    }

    public void register(Javalin app) {
        app.post("/api/portal/documents", this::add);
        app.get("/api/portal/documents/{id}", ctx -> ctx.json(portal.libraryDocument(id(ctx))));
        app.post("/api/portal/documents/{id}/versions", this::addVersion);
        app.post(
                "/api/portal/documents/{id}/withdraw",
                ctx -> {
                    Requests.requireOffice(ctx, portal.libraryDocument(id(ctx)).office());
                    ctx.json(portal.withdrawDocument(id(ctx), Requests.actor(ctx)));
                });
    }

    /**
     * {@code POST /api/portal/documents}: multipart {@code office}, {@code title}, {@code category}
     * (form, manual, other), {@code year} (พ.ศ.), optional {@code description} and {@code note},
     * and {@code file}.
     */
    private void add(Context ctx) throws Exception {
        String office = ctx.formParam("office");
        if (office != null && !office.isBlank()) {
            Requests.requireOffice(ctx, office.strip()); // a missing office is a field error below
        }
        Upload upload = upload(ctx);
        Category category;
        try {
            String text = ctx.formParam("category");
            category = text == null || text.isBlank() ? null : Category.parse(text);
        } catch (IllegalArgumentException e) {
            throw NewDocument.invalid(
                    "category", e.getMessage(), "ประเภทเอกสารต้องเป็น แบบฟอร์ม คู่มือ หรืออื่น ๆ");
        }
        NewDocument d =
                new NewDocument(
                        ctx.formParam("office"),
                        ctx.formParam("title"),
                        category,
                        year(ctx.formParam("year")),
                        ctx.formParam("description"));
        LibraryDocument saved = portal.addDocument(d, upload, note(ctx), Requests.actor(ctx));
        ctx.status(201).header("Location", "/api/portal/documents/" + saved.id()).json(saved);
    }

    /**
     * {@code POST /api/portal/documents/{id}/versions}: multipart {@code file}, optional {@code
     * note}.
     */
    private void addVersion(Context ctx) throws Exception {
        long id = id(ctx);
        Requests.requireOffice(ctx, portal.libraryDocument(id).office());
        Upload upload = upload(ctx);
        LibraryDocument saved = portal.addVersion(id, upload, note(ctx), Requests.actor(ctx));
        ctx.status(201)
                .header(
                        "Location",
                        "/portal/forms/" + id + "/versions/" + saved.current().version())
                .json(saved);
    }

    private Upload upload(Context ctx) throws Exception {
        if (!ctx.isMultipartFormData()) {
            throw new ProblemException(
                    new Problem(
                            415,
                            "UNSUPPORTED_MEDIA_TYPE",
                            "send the document as multipart/form-data",
                            "ต้องส่งเอกสารแบบ multipart/form-data",
                            null));
        }
        try {
            List<UploadedFile> files = ctx.uploadedFiles("file");
            if (files.size() != 1) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_REQUIRED",
                                "file",
                                "send exactly one file in the field 'file'",
                                "ต้องแนบไฟล์หนึ่งไฟล์ในช่อง file"));
            }
            UploadedFile file = files.get(0);
            String fallback = ctx.formParam("title") == null ? "เอกสาร" : ctx.formParam("title");
            try (InputStream in = file.content()) {
                return Upload.read(in, file.filename(), fallback, maxUploadBytes);
            }
        } catch (IllegalStateException e) {
            // Jetty refuses a part over its multipart limit while parsing the request.
            throw Upload.tooLarge(maxUploadBytes);
        }
    }

    private static String note(Context ctx) {
        String note = ctx.formParam("note");
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > 500) {
            throw NewDocument.invalid(
                    "note", "note must be at most 500 characters", "หมายเหตุยาวเกิน ๕๐๐ ตัวอักษร");
        }
        return note.strip();
    }

    private static int year(String text) {
        if (text == null || text.isBlank()) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_REQUIRED", "year", "year must be given", "ต้องระบุปี พ.ศ."));
        }
        try {
            return Integer.parseInt(ThaiDigits.toArabic(text.strip()));
        } catch (NumberFormatException e) {
            throw NewDocument.invalid(
                    "year",
                    "year must be a Buddhist-Era year such as 2562, not " + text,
                    "ปีต้องเป็นปีพุทธศักราช เช่น ๒๕๖๒");
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw PortalProblems.documentNotFound(-1);
        }
    }
}
