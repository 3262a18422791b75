package saraban.registers;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saraban.ProblemException;
import saraban.web.Pages;
import saraban.web.Requests;

/**
 * {@code /admin/offices}: the offices and units, adding one, editing one (its codes, its parent,
 * the series it numbers in its parent's registers and its numbering year) and deactivating or
 * reactivating it, through {@link OfficeService}: every check of the API applies, and a refused
 * change is shown on the form with what was typed.
 */
public final class OfficeAdminPages {
    private final OfficeService offices;
    private final Pages pages;

    public OfficeAdminPages(OfficeService offices, Pages pages) {
        this.offices = offices;
        this.pages = pages;
    }

    public void register(Javalin app) {
        app.get("/admin/offices", this::list);
        app.get("/admin/offices/new", ctx -> form(ctx, null, blank(), Map.of()));
        app.post("/admin/offices", this::create);
        app.get("/admin/offices/{id}", ctx -> edit(ctx, offices.get(ctx.pathParam("id"))));
        app.post("/admin/offices/{id}", this::update);
        app.post("/admin/offices/{id}/active", this::setActive);
    }

    private void list(Context ctx) {
        Map<String, String> names = new HashMap<>();
        List<OfficeView> all = offices.list();
        all.forEach(o -> names.put(o.id(), o.name()));
        pages.render(
                ctx,
                "admin/offices",
                Map.of(
                        "offices",
                        all,
                        "names",
                        names,
                        "section",
                        "offices",
                        "saved",
                        ctx.queryParam("saved") == null ? "" : ctx.queryParam("saved")));
    }

    private void edit(Context ctx, OfficeView office) {
        form(ctx, office, values(office), Map.of());
    }

    private static Map<String, Object> values(OfficeView office) {
        Map<String, Object> form = new HashMap<>();
        form.put("id", office.id());
        form.put("name", office.name());
        form.put("code", office.code());
        form.put("unitCode", office.unitCode());
        form.put("parent", office.parent());
        form.put("address", office.address());
        form.put("phone", office.phone());
        form.put("shares", office.sharesParentSeries());
        form.put("numberingYear", office.numberingYear());
        form.put("active", office.active());
        return form;
    }

    private void form(
            Context ctx, OfficeView office, Map<String, Object> form, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("office", office);
        model.put("form", form);
        model.put("parents", offices.list());
        model.put("seriesList", seriesChoices());
        model.put("section", "offices");
        pages.render(ctx, "admin/office", model);
    }

    private void create(Context ctx) {
        Map<String, Object> form = typed(ctx);
        try {
            OfficeView created = offices.create(request(ctx, null), Requests.actor(ctx));
            ctx.redirect("/admin/offices?saved=" + created.id(), HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            form(ctx, null, form, Map.of("problem", e.problem()));
        }
    }

    private void update(Context ctx) {
        OfficeView office = offices.get(ctx.pathParam("id"));
        Map<String, Object> form = typed(ctx);
        form.put("id", office.id());
        form.put("active", office.active());
        try {
            offices.update(office.id(), request(ctx, office.id()), Requests.actor(ctx));
            ctx.redirect("/admin/offices?saved=" + office.id(), HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            form(ctx, office, form, Map.of("problem", e.problem()));
        }
    }

    /** Deactivates or reactivates the office, keeping every other field as it is. */
    private void setActive(Context ctx) {
        OfficeView o = offices.get(ctx.pathParam("id"));
        boolean active = "true".equals(ctx.formParam("active"));
        try {
            offices.update(
                    o.id(),
                    new OfficeRequest(
                            o.id(),
                            o.name(),
                            o.code(),
                            o.unitCode(),
                            o.parent(),
                            o.address(),
                            o.phone(),
                            o.sharesParentSeries(),
                            o.numberingYear(),
                            active),
                    Requests.actor(ctx));
            ctx.redirect("/admin/offices?saved=" + o.id(), HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            form(ctx, o, values(o), Map.of("problem", e.problem()));
        }
    }

    private static OfficeRequest request(Context ctx, String id) {
        return new OfficeRequest(
                id != null ? id : ctx.formParam("id"),
                ctx.formParam("name"),
                ctx.formParam("code"),
                ctx.formParam("unitCode"),
                ctx.formParam("parent"),
                ctx.formParam("address"),
                ctx.formParam("phone"),
                ctx.formParams("shares"),
                ctx.formParam("numberingYear"),
                null);
    }

    /** The form as typed, to show again with a refusal. */
    private static Map<String, Object> typed(Context ctx) {
        Map<String, Object> form = new HashMap<>();
        for (String field :
                List.of(
                        "id",
                        "name",
                        "code",
                        "unitCode",
                        "parent",
                        "address",
                        "phone",
                        "numberingYear")) {
            form.put(field, ctx.formParam(field));
        }
        form.put("shares", new ArrayList<>(ctx.formParams("shares")));
        form.put("active", true);
        return form;
    }

    private static Map<String, Object> blank() {
        Map<String, Object> form = new HashMap<>();
        form.put("shares", List.of());
        form.put("numberingYear", "calendar");
        form.put("active", true);
        return form;
    }

    private static List<Map<String, String>> seriesChoices() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Series s : Series.values()) {
            out.add(Map.of("id", s.pathId(), "title", PrintedRegister.title(s)));
        }
        return out;
    }
}
