package saraban.submitting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;
import saraban.accounts.User;
import saraban.forms.FieldDefinition;
import saraban.forms.FieldType;
import saraban.forms.FormDefinition;
import saraban.forms.FormInvalidException;
import saraban.forms.FormRequest;
import saraban.forms.FormService;
import saraban.forms.LateSubmissions;
import saraban.forms.Submission;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.web.Pages;
import saraban.web.Requests;

/**
 * The district's pages under {@code /portal/submit}: the requests open to its office, the form
 * online (save a draft, submit), and the acknowledgement. Every button works without JavaScript:
 * the row buttons post the form back and the page comes back changed.
 */
public final class SubmitPages {
    private final SubmissionService submissions;
    private final FormService forms;
    private final Pages pages;
    private final LateSubmissions late;

    public SubmitPages(
            SubmissionService submissions, FormService forms, Pages pages, LateSubmissions late) {
        this.submissions = submissions;
        this.forms = forms;
        this.pages = pages;
        this.late = late;
    }

    public void register(Javalin app) {
        app.get("/portal/submit", this::list);
        app.get("/portal/submit/requests/{request}", this::show);
        app.post("/portal/submit/requests/{request}", this::post);
        app.get("/portal/submit/receipts/{id}", this::receipt);
    }

    private void list(Context ctx) {
        List<String> offices = districtOffices(ctx);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FormRequest r : forms.requests()) {
            List<SubmissionService.DistrictStatus> status =
                    submissions.status(r.id(), forms.submissionsFor(r.id()));
            for (SubmissionService.DistrictStatus s : status) {
                if (!offices.contains(s.office())) {
                    continue;
                }
                Map<String, Object> row = new HashMap<>();
                row.put("request", r);
                row.put("office", s.name());
                row.put("form", forms.summary(r.form()).title());
                row.put("deadline", ThaiDates.fullDate(r.deadline(), Digits.THAI));
                row.put("past", submissions.pastDeadline(r));
                row.put("standing", s.standing().thai);
                row.put("standingCode", s.standing().name());
                row.put("url", "/portal/submit/requests/" + r.id() + "?office=" + s.office());
                rows.add(row);
            }
        }
        pages.render(
                ctx, "portal/submit/list", Map.of("rows", rows, "districts", !offices.isEmpty()));
    }

    private void show(Context ctx) {
        FormRequest r = forms.request(requestId(ctx));
        String office = office(ctx);
        submissions.markRead(r.id(), office, Requests.actor(ctx));
        Submission draft = latestDraft(r, office);
        FormDefinition d = definition(r, draft);
        JsonNode data =
                draft != null
                        ? draft.data()
                        : forms.submissionsFor(r.id()).stream()
                                .filter(
                                        s ->
                                                s.office().equals(office)
                                                        && s.status()
                                                                == Submission.Status.SUBMITTED)
                                .reduce((a, b) -> b)
                                .map(Submission::data)
                                .orElse(empty(d, office));
        String notice = ctx.queryParam("saved") != null ? "บันทึกร่างแล้ว ยังไม่ได้ส่ง" : null;
        render(ctx, r, office, d, data, Map.of(), draft, notice, null);
    }

    private void post(Context ctx) {
        FormRequest r = forms.request(requestId(ctx));
        String office = office(ctx);
        Submission draft = latestDraft(r, office);
        FormDefinition d = definition(r, draft);
        ObjectNode data = SubmitForm.posted(d, ctx.formParamMap());
        data.put(submitterField(d), office);
        String action = ctx.formParam("action");
        if (SubmitForm.applyRowAction(d, data, action)) {
            render(ctx, r, office, d, data, Map.of(), draft, null, null);
            return;
        }
        String actor = Requests.actor(ctx);
        if ("submit".equals(action) && ctx.formParam("confirm") == null) {
            Map<String, String> errors = Map.of("confirm", "โปรดทำเครื่องหมายยืนยันก่อนส่ง");
            render(ctx, r, office, d, data, errors, draft, null, "ยังไม่ได้ส่ง: โปรดยืนยันการส่ง");
            return;
        }
        Submission saved =
                draft != null
                        ? forms.updateDraft(draft.id(), data, actor)
                        : forms.saveDraft(
                                r.form(),
                                new FormService.Filled(office, r.id(), data, null),
                                actor);
        if (!"submit".equals(action)) {
            ctx.redirect(
                    "/portal/submit/requests/" + r.id() + "?office=" + office + "&saved=1",
                    HttpStatus.SEE_OTHER);
            return;
        }
        try {
            Submission sent = forms.submitDraft(saved.id(), actor);
            ctx.redirect("/portal/submit/receipts/" + sent.id(), HttpStatus.SEE_OTHER);
        } catch (FormInvalidException e) {
            render(
                    ctx,
                    r,
                    office,
                    d,
                    data,
                    SubmitForm.errors(e.errors()),
                    saved,
                    null,
                    "ยังส่งไม่ได้: มีช่องที่ต้องแก้ "
                            + thai(e.errors().size())
                            + " ช่อง (บันทึกเป็นร่างไว้แล้ว ข้อมูลไม่หาย)");
        } catch (ProblemException e) {
            render(
                    ctx,
                    r,
                    office,
                    d,
                    data,
                    Map.of(),
                    saved,
                    null,
                    e.problem().message() + " (บันทึกเป็นร่างไว้แล้ว ข้อมูลไม่หาย)");
        }
    }

    private void receipt(Context ctx) {
        Submission s = SubmissionRoutes.own(ctx, forms);
        SubmissionService.Acknowledgement a = submissions.acknowledgement(s);
        Map<String, Object> model = new HashMap<>();
        model.put("ack", a);
        model.put("submission", s);
        model.put("revision", thai(a.revision()));
        model.put(
                "backUrl",
                s.request() == null
                        ? "/portal/submit"
                        : "/portal/submit/requests/" + s.request() + "?office=" + s.office());
        pages.render(ctx, "portal/submit/receipt", model);
    }

    private void render(
            Context ctx,
            FormRequest r,
            String office,
            FormDefinition d,
            JsonNode data,
            Map<String, String> errors,
            Submission draft,
            String notice,
            String alert) {
        boolean past = submissions.pastDeadline(r);
        Map<String, Object> model = new HashMap<>();
        model.put("request", r);
        model.put("office", office);
        model.put(
                "officeName",
                submissions.districts().stream()
                        .filter(o -> o.id().equals(office))
                        .map(o -> o.name())
                        .findFirst()
                        .orElse(office));
        model.put("formTitle", d.title());
        model.put("formNumber", d.formNumber());
        model.put("deadline", ThaiDates.fullDate(r.deadline(), Digits.THAI));
        model.put("past", past);
        model.put("refused", past && late == LateSubmissions.REFUSE);
        model.put("header", SubmitForm.header(d, data, errors));
        model.put("rows", SubmitForm.rows(d, data, errors));
        model.put("rowTemplate", SubmitForm.template(d));
        model.put(
                "rowsError",
                d.rowGroups().isEmpty() ? null : errors.get(d.rowGroups().get(0).name()));
        model.put("confirmError", errors.get("confirm"));
        model.put("errorCount", errors.size());
        model.put("errorList", SubmitForm.summary(errors));
        model.put("draft", draft);
        model.put("notice", notice);
        model.put("alert", alert);
        model.put(
                "sent",
                forms.submissionsFor(r.id()).stream()
                        .filter(
                                s ->
                                        s.office().equals(office)
                                                && s.status() == Submission.Status.SUBMITTED)
                        .map(
                                s ->
                                        Map.of(
                                                "id",
                                                s.id(),
                                                "revision",
                                                thai(s.revision()),
                                                "late",
                                                s.late(),
                                                "at",
                                                ThaiDates.fullDate(
                                                        s.submittedAt()
                                                                .atZone(SubmissionService.BANGKOK)
                                                                .toLocalDate(),
                                                        Digits.THAI)))
                        .toList());
        if (alert != null) {
            ctx.status(errors.isEmpty() ? 409 : 422);
        }
        pages.render(ctx, "portal/submit/form", model);
    }

    private Submission latestDraft(FormRequest r, String office) {
        return forms.submissionsFor(r.id()).stream()
                .filter(s -> s.office().equals(office) && s.status() == Submission.Status.DRAFT)
                .reduce((a, b) -> b.id() > a.id() ? b : a)
                .orElse(null);
    }

    private FormDefinition definition(FormRequest r, Submission draft) {
        return forms.definition(r.form(), draft == null ? "current" : draft.version());
    }

    private static ObjectNode empty(FormDefinition d, String office) {
        ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        data.put(submitterField(d), office);
        return data;
    }

    private static String submitterField(FormDefinition d) {
        return d.headerFields().stream()
                .filter(f -> f.type() == FieldType.OFFICE)
                .map(FieldDefinition::name)
                .findFirst()
                .orElse("office");
    }

    /** The districts the caller works for. */
    private List<String> districtOffices(Context ctx) {
        return Requests.user(ctx).map(User::offices).map(List::copyOf).orElse(List.of()).stream()
                .filter(submissions::isDistrict)
                .toList();
    }

    /**
     * The district the page is for: {@code ?office=} if the caller works for it, else their first.
     */
    private String office(Context ctx) {
        String asked = ctx.queryParam("office");
        List<String> mine = districtOffices(ctx);
        if (asked != null && submissions.isDistrict(asked)) {
            Requests.requireOffice(ctx, asked);
            return asked;
        }
        if (mine.isEmpty()) {
            throw new ProblemException(
                    new Problem(
                            403,
                            "NOT_A_DISTRICT",
                            "the caller works for no district",
                            "บัญชีนี้ไม่ได้สังกัดอำเภอ จึงส่งแบบแทนอำเภอไม่ได้",
                            "office"));
        }
        return mine.get(0);
    }

    private static long requestId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("request"));
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    new Problem(
                            404,
                            "REQUEST_NOT_FOUND",
                            "no form request",
                            "ไม่พบคำขอให้ส่งแบบนี้",
                            null));
        }
    }

    private static String thai(int n) {
        return saraban.thai.ThaiDigits.toThai(String.valueOf(n));
    }
}
