package saraban.letters;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;
import saraban.audit.AuditLog;
import saraban.registers.RegisterEntry;
import saraban.registers.RegisterService;
import saraban.web.Pages;
import saraban.web.Requests;
import saraban.web.ThaiView;

/** A letter's page ({@code /letters/{id}}), its issue form and its PDF download. */
final class LetterView {
    private static final Map<String, String> ACTIONS =
            Map.of(
                    "letter.draft", "สร้างร่าง",
                    "letter.update", "แก้ไขร่าง",
                    "letter.issue", "ออกเลขและออกหนังสือ");

    private final LetterService letters;
    private final RegisterService registers;
    private final Pages pages;

    LetterView(LetterService letters, RegisterService registers, Pages pages) {
        this.letters = letters;
        this.registers = registers;
        this.pages = pages;
    }

    void show(Context ctx) {
        StoredLetter letter = visible(ctx, letters);
        Map<String, Object> model = model(ctx, letter);
        if (ctx.queryParam("saved") != null) {
            model.put("notice", "บันทึกร่างแล้ว");
        } else if (ctx.queryParam("issued") != null) {
            model.put("notice", "ออกเลขแล้ว ที่ " + ThaiView.digits(letter.referenceNumber()));
        } else if (ctx.queryParam("published") != null) {
            model.put("notice", "เผยแพร่บนเว็บไซต์เผยแพร่แล้ว");
        } else if (ctx.queryParam("withdrawn") != null) {
            model.put("notice", "นำออกจากเว็บไซต์เผยแพร่แล้ว");
        }
        pages.render(ctx, "letters/view", model);
    }

    /**
     * Issues the draft once the clerk ticked the confirmation; a refusal shows on the letter's page
     * and leaves the draft as it was (the service's one transaction wrote nothing).
     */
    void issue(Context ctx) {
        StoredLetter letter = visible(ctx, letters);
        String reserved = ctx.formParam("referenceNumber");
        try {
            if (!"yes".equals(ctx.formParam("confirm"))) {
                throw new ProblemException(
                        Problem.badField(
                                "CONFIRMATION_REQUIRED",
                                "confirm",
                                "tick the confirmation to issue",
                                "โปรดทำเครื่องหมายยืนยันก่อนออกเลข"
                                        + " เมื่อออกเลขแล้วจะแก้ไขหนังสือไม่ได้"));
            }
            letters.issue(
                    letter.id(),
                    reserved == null || reserved.isBlank() ? null : reserved.strip(),
                    "yes".equals(ctx.formParam("publish")),
                    Requests.actor(ctx));
            ctx.redirect("/letters/" + letter.id() + "?issued=1", HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            Problem p = e.problem();
            if (p.status() >= 500 && !"TEMPLATE_FAILED".equals(p.code())) {
                throw e;
            }
            Map<String, Object> model = model(ctx, letters.letter(letter.id()));
            model.put("issueError", p.message());
            model.put("issueField", p.field() == null ? "" : p.field());
            model.put("reserved", reserved == null ? "" : reserved);
            ctx.status(p.status());
            pages.render(ctx, "letters/view", model);
        }
    }

    /**
     * Puts an issued letter on the public portal, or takes it off with a reason; a refusal (a
     * secret letter, say) shows on the letter's page.
     */
    void publish(Context ctx, boolean on) {
        StoredLetter letter = visible(ctx, letters);
        Requests.requireOffice(ctx, letter.office());
        try {
            if (on) {
                letters.publish(letter.id(), true, Requests.actor(ctx));
            } else {
                String reason = ctx.formParam("reason");
                letters.unpublish(
                        letter.id(),
                        reason == null || reason.isBlank() ? null : reason.strip(),
                        Requests.actor(ctx));
            }
            ctx.redirect(
                    "/letters/" + letter.id() + (on ? "?published=1" : "?withdrawn=1"),
                    HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            if (e.problem().status() >= 500) {
                throw e;
            }
            Map<String, Object> model = model(ctx, letters.letter(letter.id()));
            model.put("publishError", e.problem().message());
            ctx.status(e.problem().status());
            pages.render(ctx, "letters/view", model);
        }
    }

    void pdf(Context ctx) {
        StoredLetter letter = visible(ctx, letters);
        ctx.contentType("application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"letter-" + letter.id() + ".pdf\"")
                .result(letters.pdf(letter.id()));
    }

    private Map<String, Object> model(Context ctx, StoredLetter letter) {
        LetterDraft d = letter.draft();
        Map<String, Object> m = new HashMap<>();
        m.put("id", letter.id());
        m.put("issued", letter.status() == StoredLetter.Status.ISSUED);
        m.put("state", letter.status() == StoredLetter.Status.ISSUED ? "ออกเลขแล้ว" : "ร่าง");
        m.put("kind", kindName(d));
        m.put("office", officeName(letter.office()));
        m.put("referenceNumber", ThaiView.digits(letter.referenceNumber()));
        m.put("date", ThaiView.date(letter.date()));
        m.put("urgency", d.urgency() == null ? "" : d.urgency().thai());
        m.put("secrecy", d.secrecy() == null ? "" : d.secrecy().thai());
        m.put("subject", d.subject() == null ? "" : d.subject());
        m.put("recipient", d.recipient() == null ? "" : d.recipient());
        m.put("issuer", d.issuer().name() == null ? "" : d.issuer().name());
        m.put("references", d.references());
        m.put("enclosures", d.enclosures());
        m.put("body", d.body());
        m.put("signer", d.signer().name() == null ? "" : d.signer().name());
        m.put("positions", d.signer().positions());
        m.put("ownerUnit", d.ownerUnit().name() == null ? "" : d.ownerUnit().name());
        m.put("issuedAt", ThaiView.dateTime(letter.issuedAt()));
        m.put("mayIssue", LetterPages.mayIssue(ctx));
        // only a letter without ชั้นความลับ may go on the portal; circulars, orders and
        // announcements are offered it by default
        m.put("publishable", d.secrecy() == null);
        m.put(
                "publishByDefault",
                d.secrecy() == null
                        && (d.circular()
                                || d.kind() == LetterKind.ORDER
                                || d.kind() == LetterKind.ANNOUNCEMENT));
        m.put("published", letter.published());
        m.put("publishError", null);
        m.put("reserved", "");
        List<Map<String, String>> rows = new ArrayList<>();
        if (letter.registerEntryId() != null) {
            RegisterEntry e = registers.entry(letter.registerEntryId());
            rows.add(
                    Map.of(
                            "register", e.series().thaiName(),
                            "office", officeName(e.officeId()),
                            "number", ThaiView.digits(e.number()),
                            "year", ThaiView.digits(e.year()),
                            "referenceNumber", ThaiView.digits(e.referenceNumber()),
                            "date", ThaiView.date(e.letterDate()),
                            "recipient", e.recipient() == null ? "" : e.recipient(),
                            "action", e.action() == null ? "" : e.action(),
                            "link",
                                    "/registers/"
                                            + e.officeId()
                                            + "/"
                                            + e.series().pathId()
                                            + "/"
                                            + e.year()));
        }
        m.put("registerRows", rows);
        List<Map<String, String>> history = new ArrayList<>();
        for (AuditLog.Entry event : letters.history(letter.id())) {
            history.add(
                    Map.of(
                            "at", ThaiView.dateTime(event.at()),
                            "actor", event.actor(),
                            "action", ACTIONS.getOrDefault(event.action(), event.action())));
        }
        m.put("history", history);
        return m;
    }

    private String officeName(String id) {
        return registers.offices().stream()
                .filter(o -> o.id().equals(id))
                .map(o -> o.name())
                .findFirst()
                .orElse(id);
    }

    static String kindName(LetterDraft d) {
        return d.kind() == LetterKind.EXTERNAL && d.circular()
                ? "หนังสือเวียน"
                : d.kind().thaiName() + (d.circular() ? " (หนังสือเวียน)" : "");
    }

    /**
     * The letter of the path, if the caller may see it: a secret letter above the caller's
     * clearance answers as if it did not exist; another office's letter is refused.
     */
    static StoredLetter visible(Context ctx, LetterService letters) {
        long id = id(ctx);
        StoredLetter letter = letters.letter(id);
        if (!LetterService.cleared(letter, Requests.clearance(ctx))) {
            throw LetterProblems.notFound(id);
        }
        Requests.requireOffice(ctx, letter.office());
        return letter;
    }

    static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw LetterProblems.notFound(-1);
        }
    }
}
