package saraban.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import saraban.accounts.Role;
import saraban.accounts.User;
import saraban.letters.LetterService;
import saraban.letters.StoredLetter;
import saraban.receiving.IncomingLetter;
import saraban.receiving.IncomingService;
import saraban.registers.Office;
import saraban.registers.RegisterEntry;
import saraban.registers.RegisterService;
import saraban.registers.Reservation;
import saraban.search.SecrecyLevel;

/**
 * {@code GET /}: the clerk's day at a glance, for the user's offices: today's incoming letters
 * (most urgent first), what waits for action (receipts without การปฏิบัติ, drafts not issued) and
 * the reserved numbers not yet used. A letter above the user's clearance is neither listed nor
 * counted.
 */
public final class DashboardPage {
    private final Pages pages;
    private final IncomingService incoming;
    private final LetterService letters;
    private final RegisterService registers;
    private final Clock clock;

    public DashboardPage(
            Pages pages,
            IncomingService incoming,
            LetterService letters,
            RegisterService registers,
            Clock clock) {
        this.pages = pages;
        this.incoming = incoming;
        this.letters = letters;
        this.registers = registers;
        this.clock = clock;
    }

    public void register(Javalin app) {
        app.get("/", this::show);
    }

    private void show(Context ctx) {
        User user = Requests.user(ctx).orElseThrow();
        Map<String, String> names =
                registers.offices().stream()
                        .collect(Collectors.toMap(Office::id, Office::name, (a, b) -> a));
        List<String> offices =
                Requests.officeIds(ctx, registers.offices().stream().map(Office::id).toList());
        SecrecyLevel clearance = Requests.clearance(ctx);

        List<Map<String, Object>> today =
                incoming.receivedOn(offices, ThaiView.today(clock), clearance).stream()
                        .map(l -> incomingRow(l, names))
                        .toList();
        List<Map<String, Object>> waiting =
                incoming.awaitingAction(offices, clearance).stream()
                        .map(l -> incomingRow(l, names))
                        .toList();
        List<Map<String, Object>> drafts =
                letters.drafts(offices, clearance).stream().map(l -> draftRow(l, names)).toList();
        List<Map<String, Object>> reserved =
                registers.openReservations(offices).stream()
                        .map(r -> reservationRow(r, names))
                        .toList();

        Map<String, Object> model = new HashMap<>();
        model.put("today", today);
        model.put("waiting", waiting);
        model.put("drafts", drafts);
        model.put("reserved", reserved);
        model.put("todayDate", ThaiView.date(ThaiView.today(clock)));
        model.put("counts", counts(today.size(), waiting.size(), drafts.size(), reserved.size()));
        model.put(
                "officeNames",
                offices.stream().map(id -> names.getOrDefault(id, id) + " (" + id + ")").toList());
        model.put(
                "mayIssue",
                user.has(Role.ADMIN)
                        || user.has(Role.CENTRAL_REGISTRY)
                        || user.has(Role.UNIT_CLERK));
        pages.render(ctx, "dashboard", model);
    }

    private static Map<String, String> counts(int today, int waiting, int drafts, int reserved) {
        return Map.of(
                "today", ThaiView.digits(today),
                "waiting", ThaiView.digits(waiting),
                "drafts", ThaiView.digits(drafts),
                "reserved", ThaiView.digits(reserved));
    }

    private static Map<String, Object> incomingRow(IncomingLetter l, Map<String, String> names) {
        Map<String, Object> row = new HashMap<>();
        row.put("href", "/incoming/" + l.id());
        row.put("receiptNumber", l.receiptNumber());
        row.put("subject", l.details().subject());
        row.put("sender", l.details().sender() == null ? "" : l.details().sender());
        row.put("urgency", l.details().urgency() == null ? "" : l.details().urgency());
        row.put("secrecy", l.details().secrecy() == null ? "" : l.details().secrecy());
        row.put("office", names.getOrDefault(l.office(), l.office()));
        row.put("receivedAt", ThaiView.dateTime(l.receivedAt()));
        row.put("forwarded", l.parentId() != null);
        return row;
    }

    private static Map<String, Object> draftRow(StoredLetter l, Map<String, String> names) {
        Map<String, Object> row = new HashMap<>();
        row.put("href", "/letters/" + l.id());
        row.put("subject", l.subject());
        row.put("kind", l.kind().thaiName());
        row.put("office", names.getOrDefault(l.office(), l.office()));
        row.put("updatedAt", ThaiView.dateTime(l.updatedAt()));
        row.put("updatedBy", l.updatedBy());
        return row;
    }

    private static Map<String, Object> reservationRow(Reservation r, Map<String, String> names) {
        List<String> numbers =
                r.entries().stream()
                        .filter(e -> e.status() == RegisterEntry.Status.RESERVED)
                        .map(e -> ThaiView.digits(e.number()))
                        .toList();
        Map<String, Object> row = new HashMap<>();
        row.put("office", names.getOrDefault(r.reservedFor(), r.reservedFor()));
        row.put("series", r.series().thaiName());
        row.put("numbers", String.join(", ", numbers));
        row.put("year", ThaiView.digits(r.year()));
        row.put("purpose", r.purpose() == null ? "" : r.purpose());
        row.put("expiresAt", ThaiView.dateTime(r.expiresAt()));
        row.put("link", "/registers/" + r.officeId() + "/" + r.series().pathId() + "/" + r.year());
        return row;
    }
}
