package saraban.registers;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;
import saraban.accounts.User;
import saraban.web.AccessRules;
import saraban.web.Pages;
import saraban.web.Requests;

/**
 * {@code /registers}: a register chosen by office, series and Buddhist-Era year, as the printed
 * register shows it (Thai digits, cancelled rows marked with the reason), its exports, and for
 * clerks the cancelling of a number with a reason ({@code POST
 * /registers/{office}/{series}/{year}/{number}/cancel}).
 */
public final class RegisterPages {
    /** How many years back the year list goes. */
    static final int YEARS_BACK = 6;

    static final String CANCEL = "/registers/{office}/{series}/{year}/{number}/cancel";

    private final RegisterService registers;
    private final OfficeService offices;
    private final Pages pages;

    public RegisterPages(RegisterService registers, OfficeService offices, Pages pages) {
        this.registers = registers;
        this.offices = offices;
        this.pages = pages;
    }

    public void register(Javalin app) {
        app.get(
                "/registers",
                ctx ->
                        page(
                                ctx,
                                ctx.queryParam("office"),
                                ctx.queryParam("series"),
                                ctx.queryParam("year"),
                                Map.of()));
        app.post(CANCEL, this::cancel);
    }

    /** The chosen register; without a choice, the user's first office's send register this year. */
    private void page(
            Context ctx,
            String officeParam,
            String seriesParam,
            String yearParam,
            Map<String, Object> extra) {
        User user = Requests.user(ctx).orElseThrow();
        List<OfficeView> mine =
                offices.list().stream().filter(o -> user.mayActFor(o.id())).toList();
        Map<String, Object> model = new HashMap<>(extra);
        model.put("offices", mine);
        model.put("seriesList", seriesChoices());
        model.put(
                "canCancel",
                AccessRules.find("POST", CANCEL)
                        .map(rule -> user.roles().stream().anyMatch(rule::allows))
                        .orElse(false));
        String officeId = or(officeParam, mine.isEmpty() ? null : mine.get(0).id());
        if (officeId == null) {
            pages.render(ctx, "registers/index", model);
            return;
        }
        Requests.requireOffice(ctx, officeId);
        Series series = series(or(seriesParam, "send"));
        int current = registers.currentYear(officeId, series);
        int year = year(or(yearParam, Integer.toString(current)));
        Office numbering = registers.numberingOffice(officeId, series);
        PrintedRegister printed =
                PrintedRegister.of(
                        numbering, series, year, registers.register(officeId, series, year));
        List<Integer> years = new ArrayList<>();
        for (int y = current; y > current - YEARS_BACK; y--) {
            years.add(y);
        }
        if (!years.contains(year)) {
            years.add(year);
        }
        model.put("office", officeId);
        model.put("series", series.pathId());
        model.put("year", year);
        model.put("years", years);
        model.put("register", printed);
        model.put("numberingOffice", numbering);
        model.put("shared", !numbering.id().equals(officeId));
        model.put("cancelled", ctx.queryParam("cancelled"));
        model.put(
                "export",
                "/api/registers/" + officeId + "/" + series.pathId() + "/" + year + "?format=");
        pages.render(ctx, "registers/index", model);
    }

    private void cancel(Context ctx) {
        String officeId = ctx.pathParam("office");
        Series series = series(ctx.pathParam("series"));
        int year = year(ctx.pathParam("year"));
        int number = number(ctx.pathParam("number"));
        String reason = ctx.formParam("reason");
        try {
            registers.cancel(officeId, series, year, number, reason, Requests.actor(ctx));
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            page(
                    ctx,
                    officeId,
                    series.pathId(),
                    Integer.toString(year),
                    Map.of("problem", e.problem(), "failedNumber", number));
            return;
        }
        ctx.redirect(back(officeId, series, year) + "&cancelled=" + number, HttpStatus.SEE_OTHER);
    }

    private static String back(String officeId, Series series, int year) {
        return "/registers?office="
                + URLEncoder.encode(officeId, StandardCharsets.UTF_8)
                + "&series="
                + series.pathId()
                + "&year="
                + year;
    }

    /** The series as the page offers them: path id and the register's Thai title. */
    private static List<Map<String, String>> seriesChoices() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Series s : Series.values()) {
            out.add(Map.of("id", s.pathId(), "title", PrintedRegister.title(s)));
        }
        return out;
    }

    private static String or(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static Series series(String pathId) {
        try {
            return Series.fromPath(pathId);
        } catch (IllegalArgumentException e) {
            throw invalid("series", e.getMessage(), "ไม่รู้จักทะเบียน " + pathId);
        }
    }

    private static int year(String text) {
        try {
            int y = Integer.parseInt(saraban.thai.ThaiDigits.toArabic(text));
            if (y < 2400 || y > 2700) {
                throw new NumberFormatException();
            }
            return y;
        } catch (NumberFormatException e) {
            throw invalid(
                    "year", "year must be a Buddhist-Era year", "ปี พ.ศ. ไม่ถูกต้อง: " + text);
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid("number", "not a number: " + text, "เลขทะเบียนไม่ถูกต้อง: " + text);
        }
    }

    private static ProblemException invalid(String field, String title, String thai) {
        return new ProblemException(Problem.badField("FIELD_INVALID", field, title, thai));
    }
}
