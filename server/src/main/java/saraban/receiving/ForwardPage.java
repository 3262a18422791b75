package saraban.receiving;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;
import saraban.registers.OfficeService;
import saraban.registers.OfficeView;
import saraban.web.Pages;
import saraban.web.Requests;

/**
 * {@code /incoming/{id}/forward}: a received letter's number and stamped copy, and the form that
 * forwards it to a unit (กลุ่มงาน) under the receiving office, which stamps the unit's รับเลขที่
 * ({@link IncomingService#forward}).
 */
final class ForwardPage {
    private final IncomingService incoming;
    private final OfficeService offices;
    private final Pages pages;

    ForwardPage(IncomingService incoming, OfficeService offices, Pages pages) {
        this.incoming = incoming;
        this.offices = offices;
        this.pages = pages;
    }

    void register(Javalin app) {
        app.get("/incoming/{id}/forward", ctx -> page(ctx, visible(ctx), Map.of()));
        app.post("/incoming/{id}/forward", this::forward);
    }

    private void page(Context ctx, IncomingLetter letter, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("letter", letter);
        model.put("office", offices.get(letter.office()));
        model.put("units", units(letter.office()));
        model.put("forwards", incoming.forwards(letter.id()));
        Map<String, String> names = new HashMap<>();
        offices.list().forEach(o -> names.put(o.id(), o.name()));
        model.put("names", names);
        model.put("received", ctx.queryParam("received") != null);
        pages.render(ctx, "incoming/forward", model);
    }

    private void forward(Context ctx) {
        IncomingLetter letter = visible(ctx);
        String unit = ctx.formParam("unit");
        String note = ctx.formParam("note");
        try {
            if (unit == null || unit.isBlank()) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_REQUIRED",
                                "unit",
                                "choose the unit",
                                "โปรดเลือกกลุ่มงานที่จะส่งต่อ"));
            }
            IncomingLetter sent =
                    incoming.forward(letter.id(), unit.strip(), note, Requests.actor(ctx));
            ctx.redirect(
                    "/incoming/" + letter.id() + "/forward?to=" + sent.id(), HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            page(
                    ctx,
                    letter,
                    Map.of(
                            "problem",
                            e.problem(),
                            "unit",
                            unit == null ? "" : unit,
                            "note",
                            note == null ? "" : note));
        }
    }

    /** The active offices below {@code officeId}, at any depth, in the order they were added. */
    private List<OfficeView> units(String officeId) {
        List<OfficeView> all = offices.list();
        Map<String, String> parents = new HashMap<>();
        all.forEach(o -> parents.put(o.id(), o.parent()));
        return all.stream()
                .filter(OfficeView::active)
                .filter(
                        o -> {
                            String p = o.parent();
                            for (int depth = 0; p != null && depth < 64; depth++) {
                                if (p.equals(officeId)) {
                                    return true;
                                }
                                p = parents.get(p);
                            }
                            return false;
                        })
                .toList();
    }

    /**
     * The receipt of the path, if the caller may see it: a secret letter above their clearance is
     * not found, as if it did not exist; another office's receipt is refused.
     */
    private IncomingLetter visible(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw notFound();
        }
        IncomingLetter letter = incoming.letter(id);
        Requests.requireCleared(ctx, letter.details().secrecy(), ForwardPage::notFound);
        Requests.requireOffice(ctx, letter.office());
        return letter;
    }

    private static ProblemException notFound() {
        return new ProblemException(
                new Problem(
                        404,
                        "INCOMING_NOT_FOUND",
                        "no such incoming letter",
                        "ไม่พบหนังสือรับรายการนี้",
                        "id"));
    }
}
