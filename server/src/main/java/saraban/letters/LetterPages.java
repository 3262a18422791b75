package saraban.letters;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;
import saraban.accounts.Role;
import saraban.registers.Office;
import saraban.registers.RegisterService;
import saraban.web.Pages;
import saraban.web.Requests;

/**
 * The clerks' pages for writing letters: compose and edit ({@code /letters/new}, {@code
 * /letters/{id}/edit}) with a live preview ({@code POST /letters/preview}), save, issue. Every form
 * works without JavaScript; the script only adds rows in place and refreshes the preview.
 */
public final class LetterPages {
    private final LetterService letters;
    private final RegisterService registers;
    private final Pages pages;

    public LetterPages(LetterService letters, RegisterService registers, Pages pages) {
        this.letters = letters;
        this.registers = registers;
        this.pages = pages;
    }

    public void register(Javalin app) {
        app.get("/letters/new", this::newLetter);
        app.post("/letters", ctx -> save(ctx, null));
        app.post("/letters/preview", this::preview);
        app.get("/letters/{id}", ctx -> new LetterView(letters, registers, pages).show(ctx));
        app.get("/letters/{id}/edit", this::edit);
        app.post("/letters/{id}/edit", ctx -> save(ctx, LetterView.id(ctx)));
        app.post(
                "/letters/{id}/issue", ctx -> new LetterView(letters, registers, pages).issue(ctx));
        app.post(
                "/letters/{id}/publish",
                ctx -> new LetterView(letters, registers, pages).publish(ctx, true));
        app.post(
                "/letters/{id}/unpublish",
                ctx -> new LetterView(letters, registers, pages).publish(ctx, false));
        app.get("/letters/{id}/pdf", ctx -> new LetterView(letters, registers, pages).pdf(ctx));
    }

    private void newLetter(Context ctx) {
        List<Office> mine = offices(ctx);
        String wanted = ctx.queryParam("office");
        Office office =
                mine.stream()
                        .filter(o -> o.id().equals(wanted))
                        .findFirst()
                        .orElse(mine.isEmpty() ? null : mine.get(0));
        LetterForm form =
                office == null
                        ? LetterForm.blank("", "", "", "")
                        : LetterForm.blank(
                                office.id(), office.name(), office.address(), office.phone());
        compose(ctx, null, form, Map.of(), 200);
    }

    private void edit(Context ctx) {
        StoredLetter letter = LetterView.visible(ctx, letters);
        if (letter.status() == StoredLetter.Status.ISSUED) {
            ctx.redirect("/letters/" + letter.id(), HttpStatus.SEE_OTHER);
            return;
        }
        compose(ctx, letter.id(), LetterForm.of(letter.office(), letter.draft()), Map.of(), 200);
    }

    /**
     * Saves the posted form as a new draft ({@code id} null) or over draft {@code id}; a row button
     * ({@code action=add-body}, …) only redraws the form. A refused draft comes back as typed, with
     * the message beside its field.
     */
    private void save(Context ctx, Long id) {
        if (id != null) {
            LetterView.visible(ctx, letters);
        }
        LetterForm form = LetterForm.posted(ctx.formParamMap());
        String action = ctx.formParam("action");
        if (action != null && !action.equals("save")) {
            compose(ctx, id, form.withRowAction(action), Map.of(), 200);
            return;
        }
        try {
            if (form.office().isEmpty()) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_REQUIRED",
                                "office",
                                "office must be given",
                                "ต้องเลือกหน่วยงานเจ้าของหนังสือ"));
            }
            Requests.requireOffice(ctx, form.office());
            LetterDraft draft = form.draft();
            StoredLetter saved =
                    id == null
                            ? letters.saveDraft(form.office(), draft, Requests.actor(ctx))
                            : letters.updateDraft(id, form.office(), draft, Requests.actor(ctx));
            ctx.redirect("/letters/" + saved.id() + "?saved=1", HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            Problem p = e.problem();
            if (p.status() >= 500 || p.status() == 404 || p.status() == 409) {
                throw e;
            }
            String field = p.field() == null ? "" : p.field();
            compose(ctx, id, form, Map.of(field, p.message()), p.status());
        }
    }

    /** The unsaved form as a PDF, without a number: the preview beside the form. */
    private void preview(Context ctx) {
        LetterForm form = LetterForm.posted(ctx.formParamMap());
        byte[] pdf = letters.render(form.draft());
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"preview.pdf\"")
                .header("Cache-Control", "no-store")
                .result(pdf);
    }

    private void compose(
            Context ctx, Long id, LetterForm form, Map<String, String> errors, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("letterId", id);
        model.put("action", id == null ? "/letters" : "/letters/" + id + "/edit");
        model.put("office", form.office());
        model.put("f", form.fields());
        Map<String, List<String>> rows = new LinkedHashMap<>();
        form.lists().forEach((name, values) -> rows.put(name, new ArrayList<>(values)));
        if (rows.get("body").isEmpty()) {
            rows.get("body").add("");
        }
        model.put("rows", rows);
        model.put("errors", errors);
        List<Map<String, String>> summary = new ArrayList<>();
        errors.forEach(
                (field, message) ->
                        summary.add(
                                Map.of(
                                        "field", field,
                                        "anchor", anchor(field),
                                        "message", message)));
        model.put("errorList", summary);
        model.put("offices", officeChoices(ctx));
        model.put("kinds", KINDS);
        model.put("mayIssue", mayIssue(ctx));
        ctx.status(status);
        pages.render(ctx, "letters/edit", model);
    }

    /** The id of the input a problem's field names: {@code body[2]} → {@code f-body-2}. */
    static String anchor(String field) {
        if (field.isEmpty()) {
            return "f-kind";
        }
        return "f-" + field.replace('.', '-').replace("[", "-").replace("]", "");
    }

    static final List<Map<String, String>> KINDS =
            List.of(
                    Map.of("id", "external", "name", "หนังสือภายนอก"),
                    Map.of("id", "circular", "name", "หนังสือเวียน"),
                    Map.of("id", "memo", "name", "บันทึกข้อความ"),
                    Map.of("id", "stamped", "name", "หนังสือประทับตรา"),
                    Map.of("id", "order", "name", "คำสั่ง"),
                    Map.of("id", "announcement", "name", "ประกาศ"));

    private List<Office> offices(Context ctx) {
        List<Office> all = registers.offices();
        List<String> ids = Requests.officeIds(ctx, all.stream().map(Office::id).toList());
        return all.stream().filter(o -> ids.contains(o.id())).toList();
    }

    private List<Map<String, String>> officeChoices(Context ctx) {
        return offices(ctx).stream().map(o -> Map.of("id", o.id(), "name", o.name())).toList();
    }

    static boolean mayIssue(Context ctx) {
        return Requests.user(ctx)
                .map(
                        u ->
                                u.has(Role.ADMIN)
                                        || u.has(Role.CENTRAL_REGISTRY)
                                        || u.has(Role.UNIT_CLERK))
                .orElse(false);
    }
}
