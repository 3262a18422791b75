package saraban.submitting;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;
import saraban.accounts.User;
import saraban.forms.FormRequest;
import saraban.forms.FormService;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;
import saraban.web.Pages;
import saraban.web.Requests;

/**
 * {@code /letters/{id}/submissions}: for each form a circular asks for, each district's standing
 * (not read, read, submitted, late) with counts. The circular's own office sees every district; a
 * district sees only its own line.
 */
public final class RequestStatusPage {
    private static final java.util.regex.Pattern LETTER_PAGE =
            java.util.regex.Pattern.compile("/letters/(\\d+)");

    private final SubmissionService submissions;
    private final FormService forms;
    private final Pages pages;

    public RequestStatusPage(SubmissionService submissions, FormService forms, Pages pages) {
        this.submissions = submissions;
        this.forms = forms;
        this.pages = pages;
    }

    public void register(Javalin app) {
        app.get("/letters/{id}/submissions", this::show);
        // The letter's page links here when the letter asks for a form.
        pages.contribute(
                (ctx, model) -> {
                    // by the path itself: error pages have no matched endpoint to ask
                    java.util.regex.Matcher m = LETTER_PAGE.matcher(ctx.path());
                    if (m.matches()) {
                        String id = m.group(1);
                        model.put(
                                "asksForForms",
                                forms.requests().stream()
                                        .anyMatch(r -> String.valueOf(r.letterId()).equals(id)));
                    }
                });
    }

    private void show(Context ctx) {
        long letterId;
        try {
            letterId = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    new Problem(404, "NOT_FOUND", "no such letter", "ไม่พบหนังสือนี้", "id"));
        }
        User user = Requests.user(ctx).orElse(null);
        boolean everyDistrict = user == null || user.mayActFor(submissions.issuerOf(letterId));
        List<Map<String, Object>> requests = new ArrayList<>();
        for (FormRequest r : forms.requests()) {
            if (r.letterId() != letterId) {
                continue;
            }
            List<SubmissionService.DistrictStatus> lines =
                    submissions.status(r.id(), forms.submissionsFor(r.id())).stream()
                            .filter(s -> everyDistrict || user.offices().contains(s.office()))
                            .toList();
            Map<SubmissionService.Standing, Integer> counts =
                    new java.util.EnumMap<>(SubmissionService.Standing.class);
            for (SubmissionService.Standing s : SubmissionService.Standing.values()) {
                counts.put(s, 0);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SubmissionService.DistrictStatus s : lines) {
                counts.merge(s.standing(), 1, Integer::sum);
                Map<String, Object> row = new HashMap<>();
                row.put("name", s.name());
                row.put("standing", s.standing().thai);
                row.put("code", s.standing().name());
                row.put("revisions", ThaiDigits.toThai(String.valueOf(s.revisions())));
                row.put("submissionId", s.latest() == null ? null : s.latest().id());
                row.put(
                        "at",
                        s.latest() == null
                                ? null
                                : ThaiDates.fullDate(
                                        s.latest()
                                                .submittedAt()
                                                .atZone(SubmissionService.BANGKOK)
                                                .toLocalDate(),
                                        Digits.THAI));
                rows.add(row);
            }
            int read =
                    counts.get(SubmissionService.Standing.READ)
                            + counts.get(SubmissionService.Standing.SUBMITTED)
                            + counts.get(SubmissionService.Standing.LATE);
            Map<String, Object> req = new HashMap<>();
            req.put("request", r);
            req.put("form", forms.summary(r.form()).title());
            req.put("deadline", ThaiDates.fullDate(r.deadline(), Digits.THAI));
            req.put("rows", rows);
            req.put("total", thai(lines.size()));
            req.put("read", thai(read));
            req.put("submitted", thai(counts.get(SubmissionService.Standing.SUBMITTED)));
            req.put("late", thai(counts.get(SubmissionService.Standing.LATE)));
            req.put(
                    "waiting",
                    thai(
                            lines.size()
                                    - counts.get(SubmissionService.Standing.SUBMITTED)
                                    - counts.get(SubmissionService.Standing.LATE)));
            requests.add(req);
        }
        pages.render(
                ctx,
                "letters/submissions",
                Map.of("letterId", letterId, "requests", requests, "everyDistrict", everyDistrict));
    }

    private static String thai(int n) {
        return ThaiDigits.toThai(String.valueOf(n));
    }
}
