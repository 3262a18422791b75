package saraban.submitting;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Date;
import saraban.Problem;
import saraban.ProblemException;
import saraban.forms.FormService;
import saraban.forms.Submission;
import saraban.pdf.PdfEngine;
import saraban.web.Requests;

/** {@code /api/submissions/{id}/acknowledgement[.pdf]}: the receipt, for the submitting office. */
public final class SubmissionRoutes {
    private final SubmissionService submissions;
    private final FormService forms;
    private final PdfEngine engine;

    public SubmissionRoutes(SubmissionService submissions, FormService forms, PdfEngine engine) {
        this.submissions = submissions;
        this.forms = forms;
        this.engine = engine;
    }

    public void register(Javalin app) {
        app.get(
                "/api/submissions/{id}/acknowledgement",
                ctx -> ctx.json(submissions.acknowledgement(own(ctx))));
        app.get(
                "/api/submissions/{id}/acknowledgement.pdf",
                ctx -> {
                    SubmissionService.Acknowledgement a = submissions.acknowledgement(own(ctx));
                    ctx.contentType("application/pdf")
                            .header(
                                    "Content-Disposition",
                                    "attachment; filename=\"acknowledgement-"
                                            + a.submissionId()
                                            + ".pdf\"")
                            .result(
                                    AcknowledgementPdf.render(
                                            engine, a, Date.from(a.receivedAt())));
                });
    }

    /** The submission of the path, if the caller may act for its office. */
    static Submission own(Context ctx, FormService forms) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    new Problem(404, "NOT_FOUND", "no such id", "ไม่พบสิ่งที่ขอ", "id"));
        }
        Submission s = forms.submission(id);
        Requests.requireOffice(ctx, s.office());
        return s;
    }

    private Submission own(Context ctx) {
        return own(ctx, forms);
    }
}
