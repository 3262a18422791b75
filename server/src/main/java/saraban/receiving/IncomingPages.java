package saraban.receiving;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;
import saraban.accounts.User;
import saraban.registers.OfficeService;
import saraban.registers.OfficeView;
import saraban.web.Pages;
import saraban.web.Requests;

/**
 * The clerk's pages for receiving a letter: {@code /incoming/new} (upload a PDF or scanned pages,
 * choose the office) → a preview with the receipt stamp drawn but no number taken, and the details
 * read from the file to check and correct → confirm, which receives the letter as {@code POST
 * /api/incoming} does, in one transaction → the forward page ({@link ForwardPage}).
 */
public final class IncomingPages {
    private final IncomingService incoming;
    private final OfficeService offices;
    private final Pages pages;
    private final PendingReceipts pending;

    public IncomingPages(
            IncomingService incoming, OfficeService offices, Pages pages, Clock clock) {
        this.incoming = incoming;
        this.offices = offices;
        this.pages = pages;
        this.pending = new PendingReceipts(clock);
    }

    public void register(Javalin app) {
        app.get("/incoming/new", ctx -> form(ctx, Map.of()));
        app.post("/incoming/new", this::receiveUpload);
        app.get("/incoming/new/{token}", ctx -> preview(ctx, pending(ctx), Map.of()));
        app.get("/incoming/new/{token}/page.png", this::pageImage);
        app.get("/incoming/new/{token}/stamped.pdf", this::stampedPdf);
        app.post("/incoming/new/{token}", this::confirm);
        app.post("/incoming/new/{token}/discard", this::discard);
        new ForwardPage(incoming, offices, pages).register(app);
    }

    private void form(Context ctx, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("offices", mine(ctx));
        model.putIfAbsent("office", ctx.queryParam("office"));
        model.put("maxBytes", incoming.limits().maxBytes());
        model.put("maxMegabytes", incoming.limits().maxBytes() / (1024 * 1024));
        pages.render(ctx, "incoming/new", model);
    }

    /** Checks the file and draws the stamp; a refused file is answered on the form, not kept. */
    private void receiveUpload(Context ctx) {
        String office = ctx.formParam("office");
        try {
            if (office == null || office.isBlank()) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_REQUIRED",
                                "office",
                                "choose the receiving office",
                                "โปรดเลือกหน่วยงานที่รับหนังสือ"));
            }
            office = office.strip();
            Requests.requireOffice(ctx, office);
            Upload upload = readUpload(ctx);
            IncomingService.Prepared prepared = incoming.prepare(upload.upload());
            IncomingService.Preview preview = incoming.preview(office, prepared);
            PendingReceipts.Pending p =
                    pending.keep(
                            Requests.actor(ctx),
                            office,
                            upload.name(),
                            prepared,
                            preview,
                            PageImages.firstPage(preview.stampedPdf()));
            ctx.redirect("/incoming/new/" + p.token(), HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            form(ctx, Map.of("problem", e.problem(), "office", office == null ? "" : office));
        }
    }

    /** The file field: one PDF, or scanned pages (one or more images). */
    private record Upload(IncomingService.Upload upload, String name) {}

    private Upload readUpload(Context ctx) {
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (IllegalStateException e) {
            throw ReceivingProblems.tooLarge(ctx.contentLength(), incoming.limits().maxBytes());
        }
        files = files.stream().filter(f -> f.size() > 0 || !f.filename().isBlank()).toList();
        if (files.isEmpty()) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_REQUIRED",
                            "file",
                            "choose a PDF or scanned pages",
                            "โปรดเลือกไฟล์ PDF หรือภาพสแกนของหนังสือ"));
        }
        try {
            if (files.size() == 1 && isPdf(files.get(0))) {
                return new Upload(
                        new IncomingService.PdfUpload(read(files.get(0))), files.get(0).filename());
            }
            List<IncomingPdf.Page> images = new ArrayList<>();
            long total = 0;
            for (UploadedFile f : files) {
                byte[] bytes = read(f);
                total += bytes.length;
                IncomingPdf.checkSize(total, incoming.limits());
                images.add(new IncomingPdf.Page(f.filename(), bytes));
            }
            String name = files.get(0).filename() + (files.size() > 1 ? " …" : "");
            return new Upload(new IncomingService.ImagesUpload(images), name);
        } catch (IOException e) {
            throw ReceivingProblems.corrupt("the upload could not be read: " + e.getMessage());
        }
    }

    /** A PDF by its name or type; anything else is taken for scanned pages. */
    private static boolean isPdf(UploadedFile f) {
        String name = f.filename().toLowerCase(Locale.ROOT);
        String type = f.contentType() == null ? "" : f.contentType().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf")
                || type.contains("pdf")
                || !(type.startsWith("image/") || name.matches(".*\\.(jpe?g|png|tiff?)$"));
    }

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

    private void preview(Context ctx, PendingReceipts.Pending p, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        if (extra.get("problem") instanceof Problem problem && problem.field() != null) {
            model.put("errorField", problem.field().replace("metadata.", ""));
        }
        model.put("p", p);
        model.put("office", offices.get(p.officeId()));
        model.putIfAbsent("details", FormDetails.of(p.prepared().extracted()));
        model.put("extracted", p.prepared().extracted());
        pages.render(ctx, "incoming/preview", model);
    }

    private void pageImage(Context ctx) {
        ctx.contentType("image/png")
                .header("Cache-Control", "no-store")
                .result(pending(ctx).pageImage());
    }

    private void stampedPdf(Context ctx) {
        ctx.contentType("application/pdf")
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "inline; filename=\"preview.pdf\"")
                .result(pending(ctx).preview().stampedPdf());
    }

    /** Receives the previewed letter with the details as the clerk left them. */
    private void confirm(Context ctx) {
        PendingReceipts.Pending p = pending(ctx);
        FormDetails form = FormDetails.from(ctx);
        try {
            Requests.requireOffice(ctx, p.officeId());
            IncomingLetter letter =
                    incoming.receive(
                            p.officeId(), p.prepared(), form.details(), Requests.actor(ctx));
            pending.drop(p.token());
            ctx.redirect("/incoming/" + letter.id() + "/forward?received", HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            preview(ctx, p, Map.of("problem", e.problem(), "details", form));
        }
    }

    private void discard(Context ctx) {
        pending.drop(ctx.pathParam("token"));
        ctx.redirect("/incoming/new", HttpStatus.SEE_OTHER);
    }

    private PendingReceipts.Pending pending(Context ctx) {
        return pending.find(ctx.pathParam("token"), Requests.actor(ctx))
                .orElseThrow(
                        () ->
                                new ProblemException(
                                        new Problem(
                                                404,
                                                "PREVIEW_EXPIRED",
                                                "no such preview, or it expired",
                                                "ไม่พบตัวอย่างนี้หรือหมดเวลาแล้ว โปรดอัปโหลดไฟล์ใหม่อีกครั้ง",
                                                "file")));
    }

    /** The offices the user may receive for, active ones only. */
    private List<OfficeView> mine(Context ctx) {
        User user = Requests.user(ctx).orElseThrow();
        return offices.list().stream().filter(o -> o.active() && user.mayActFor(o.id())).toList();
    }

    /**
     * The details as the form holds them: text as typed, so that a refused form shows what was
     * typed; {@link #details()} reads them.
     */
    public record FormDetails(
            String referenceNumber,
            String date,
            String sender,
            String addressee,
            String subject,
            String urgency,
            String secrecy) {

        static FormDetails of(IncomingDetails d) {
            return new FormDetails(
                    d.referenceNumber(),
                    d.date() == null ? "" : d.date().toString(),
                    d.sender(),
                    d.addressee(),
                    d.subject(),
                    d.urgency(),
                    d.secrecy());
        }

        static FormDetails from(Context ctx) {
            return new FormDetails(
                    ctx.formParam("referenceNumber"),
                    ctx.formParam("date"),
                    ctx.formParam("sender"),
                    ctx.formParam("addressee"),
                    ctx.formParam("subject"),
                    ctx.formParam("urgency"),
                    ctx.formParam("secrecy"));
        }

        /**
         * @throws ProblemException {@code FIELD_INVALID} for a date that is not one
         */
        IncomingDetails details() {
            LocalDate d = null;
            if (date != null && !date.isBlank()) {
                try {
                    d = LocalDate.parse(date.strip());
                } catch (DateTimeParseException e) {
                    throw new ProblemException(
                            Problem.badField(
                                    "FIELD_INVALID",
                                    "metadata.date",
                                    "date must be a date like 2019-08-20, not " + date,
                                    "วันที่ไม่ถูกต้อง เลือกวันที่จากปฏิทิน"));
                }
            }
            return new IncomingDetails(
                    referenceNumber,
                    d,
                    sender,
                    addressee,
                    subject,
                    blankOrNone(urgency),
                    blankOrNone(secrecy));
        }

        private static String blankOrNone(String value) {
            return value == null || value.isBlank() || value.strip().equals("ปกติ") ? null : value;
        }
    }
}
