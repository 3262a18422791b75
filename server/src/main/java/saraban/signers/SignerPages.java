package saraban.signers;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import saraban.ProblemException;
import saraban.web.Pages;
import saraban.web.Requests;

/**
 * {@code /admin/signers}: the signers of every office, a form to add one, and making one inactive
 * or active again. Administrators only ({@code AccessRules}).
 */
public final class SignerPages {
    private final SignerService signers;
    private final Pages pages;
    private final Supplier<List<Map<String, String>>> offices;

    /**
     * @param offices the offices to choose from: {@code id} and {@code name}
     */
    public SignerPages(
            SignerService signers, Pages pages, Supplier<List<Map<String, String>>> offices) {
        this.signers = signers;
        this.pages = pages;
        this.offices = offices;
    }

    public void register(Javalin app) {
        app.get("/admin/signers", ctx -> page(ctx, Map.of()));
        app.post("/admin/signers", this::create);
        app.post("/admin/signers/{id}/active", this::setActive);
    }

    private void page(Context ctx, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        List<Map<String, String>> all = offices.get();
        Map<String, String> names = new HashMap<>();
        all.forEach(o -> names.put(o.get("id"), o.get("name")));
        model.put("signers", signers.list());
        model.put("offices", all);
        model.put("officeNames", names);
        model.put("section", "signers");
        model.put("saved", ctx.queryParam("saved"));
        pages.render(ctx, "admin/signers", model);
    }

    private void create(Context ctx) {
        try {
            Signer s = signers.create(request(ctx), Requests.actor(ctx));
            ctx.redirect("/admin/signers?saved=" + s.id(), HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            page(
                    ctx,
                    Map.of(
                            "problem", e.problem(),
                            "form", formValues(ctx)));
        }
    }

    private void setActive(Context ctx) {
        long id = id(ctx);
        signers.setActive(id, "true".equals(ctx.formParam("active")), Requests.actor(ctx));
        ctx.redirect("/admin/signers?saved=" + id, HttpStatus.SEE_OTHER);
    }

    private static SignerRequest request(Context ctx) {
        return new SignerRequest(
                ctx.formParam("officeId"),
                ctx.formParam("name"),
                SignerRequest.lines(ctx.formParam("positions")));
    }

    private static Map<String, String> formValues(Context ctx) {
        Map<String, String> form = new HashMap<>();
        for (String field : List.of("officeId", "name", "positions")) {
            String v = ctx.formParam(field);
            form.put(field, v == null ? "" : v);
        }
        return form;
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
