package saraban.letters;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;
import saraban.registers.NumberRequest;
import saraban.registers.Office;
import saraban.registers.RegisterEntry;
import saraban.registers.RegisterService;
import saraban.registers.Series;
import saraban.web.Pages;
import saraban.web.Requests;
import saraban.web.ThaiView;

/**
 * ขอเลข ({@code /letters/number}): the next number of an office's series for a letter written
 * elsewhere, with the register row's subject and recipient; no PDF.
 */
public final class NumberPage {
    static final List<Map<String, String>> SERIES =
            List.of(
                    Map.of("id", "send", "name", "หนังสือส่ง (หนังสือภายนอก บันทึกข้อความ)"),
                    Map.of("id", "circular", "name", "หนังสือเวียน (ว)"),
                    Map.of("id", "order", "name", "คำสั่ง"),
                    Map.of("id", "announcement", "name", "ประกาศ"));

    private final RegisterService registers;
    private final Pages pages;

    public NumberPage(RegisterService registers, Pages pages) {
        this.registers = registers;
        this.pages = pages;
    }

    public void register(Javalin app) {
        app.get("/letters/number", ctx -> show(ctx, Map.of(), Map.of(), 200));
        app.post("/letters/number", this::take);
    }

    private void take(Context ctx) {
        Map<String, String> form = new HashMap<>();
        for (String name : List.of("office", "series", "subject", "recipient")) {
            String v = ctx.formParam(name);
            form.put(name, v == null ? "" : v);
        }
        try {
            String office = form.get("office").strip();
            if (office.isEmpty()) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_REQUIRED",
                                "office",
                                "office must be given",
                                "ต้องเลือกหน่วยงาน"));
            }
            Requests.requireOffice(ctx, office);
            Series series;
            try {
                series = Series.fromPath(form.get("series"));
            } catch (IllegalArgumentException e) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_INVALID",
                                "series",
                                e.getMessage(),
                                "โปรดเลือกประเภทเลขที่จะขอ"));
            }
            if (series == Series.RECEIVE) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_INVALID",
                                "series",
                                "receive numbers are taken by receiving a letter",
                                "เลขรับได้จากการรับหนังสือ ไม่ใช่การขอเลข"));
            }
            RegisterEntry entry =
                    registers.allocate(
                            office,
                            series,
                            new NumberRequest(
                                    form.get("subject"),
                                    form.get("recipient"),
                                    registers.office(office).name(),
                                    null,
                                    null),
                            Requests.actor(ctx));
            Map<String, Object> taken = new HashMap<>();
            taken.put(
                    "referenceNumber",
                    ThaiView.digits(
                            entry.referenceNumber() != null
                                    ? entry.referenceNumber()
                                    : entry.number() + "/" + entry.year()));
            taken.put("date", ThaiView.date(entry.letterDate()));
            taken.put("subject", entry.subject());
            taken.put(
                    "register",
                    "/registers/"
                            + entry.officeId()
                            + "/"
                            + entry.series().pathId()
                            + "/"
                            + entry.year());
            show(ctx, Map.of("taken", taken), Map.of(), 200);
        } catch (ProblemException e) {
            Problem p = e.problem();
            if (p.status() >= 500) {
                throw e;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("form", form);
            show(ctx, model, Map.of(p.field() == null ? "" : p.field(), p.message()), p.status());
        }
    }

    private void show(
            Context ctx, Map<String, Object> extra, Map<String, String> errors, int status) {
        Map<String, Object> model = new HashMap<>();
        List<String> ids =
                Requests.officeIds(ctx, registers.offices().stream().map(Office::id).toList());
        model.put(
                "offices",
                registers.offices().stream()
                        .filter(o -> ids.contains(o.id()) && o.unitCode() != null)
                        .map(o -> Map.of("id", o.id(), "name", o.name()))
                        .toList());
        model.put("series", SERIES);
        model.put("errors", errors);
        model.put("form", Map.of("office", "", "series", "send", "subject", "", "recipient", ""));
        model.putAll(extra);
        ctx.status(status);
        pages.render(ctx, "letters/number", model);
    }
}
