package saraban.receiving;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saraban.registers.Office;
import saraban.registers.RegisterEntry;
import saraban.registers.RegisterService;
import saraban.web.Pages;
import saraban.web.ThaiView;

/**
 * A received letter's page ({@code /incoming/{id}}): its details, stamps, files, register row and
 * where it was forwarded; and its two files for download. Receiving and forwarding themselves are
 * other pages'.
 */
public final class IncomingPage {
    private static final Map<String, String> PLACEMENTS =
            Map.of(
                    "FREE_SPACE", "ในที่ว่างของหน้าแรก",
                    "SHRUNK", "ย่อขนาดให้พอที่ว่าง",
                    "MARGIN_STRIP", "บนแถบที่เพิ่มต่อขอบหน้า");

    private final IncomingService incoming;
    private final RegisterService registers;
    private final Pages pages;

    public IncomingPage(IncomingService incoming, RegisterService registers, Pages pages) {
        this.incoming = incoming;
        this.registers = registers;
        this.pages = pages;
    }

    public void register(Javalin app) {
        app.get("/incoming/{id}", this::show);
        app.get(
                "/incoming/{id}/stamped",
                ctx -> download(ctx, incoming.stamped(visible(ctx).id()), "stamped"));
        app.get(
                "/incoming/{id}/original",
                ctx -> download(ctx, incoming.original(visible(ctx).id()), "original"));
    }

    private void show(Context ctx) {
        IncomingLetter letter = visible(ctx);
        IncomingDetails d = letter.details();
        Map<String, Object> m = new HashMap<>();
        m.put("id", letter.id());
        m.put("office", officeName(letter.office()));
        m.put("receiptNumber", letter.receiptNumber());
        m.put("year", ThaiView.digits(letter.year()));
        m.put("receivedAt", ThaiView.dateTime(letter.receivedAt()));
        m.put("receivedBy", letter.receivedBy());
        m.put("referenceNumber", ThaiView.digits(d.referenceNumber()));
        m.put("date", ThaiView.date(d.date()));
        m.put("sender", text(d.sender()));
        m.put("addressee", text(d.addressee()));
        m.put("subject", text(d.subject()));
        m.put("urgency", text(d.urgency()));
        m.put("secrecy", text(d.secrecy()));
        m.put("pages", ThaiView.digits(letter.pageCount()));
        m.put("scanned", letter.source() == IncomingLetter.Source.IMAGES);
        m.put("parentId", letter.parentId());
        IncomingLetter.StampPlacement stamp = letter.stamp();
        m.put(
                "stamp",
                stamp == null
                        ? ""
                        : "หน้า "
                                + ThaiView.digits(stamp.page())
                                + " "
                                + PLACEMENTS.getOrDefault(stamp.placement(), stamp.placement())
                                + (stamp.incremental()
                                        ? " (ต่อท้ายไฟล์ที่ลงลายมือชื่อดิจิทัล ลายมือชื่อเดิมยังตรวจสอบได้)"
                                        : ""));
        RegisterEntry row = registers.entry(letter.registerEntryId());
        m.put(
                "register",
                Map.of(
                        "number", ThaiView.digits(row.number()),
                        "year", ThaiView.digits(row.year()),
                        "office", officeName(row.officeId()),
                        "action", text(row.action()),
                        "remark", text(row.remark()),
                        "link", "/registers/" + row.officeId() + "/receive/" + row.year()));
        List<Map<String, String>> forwards = new ArrayList<>();
        for (IncomingLetter f : incoming.forwards(letter.id())) {
            forwards.add(
                    Map.of(
                            "id", String.valueOf(f.id()),
                            "office", officeName(f.office()),
                            "receiptNumber", f.receiptNumber(),
                            "at", ThaiView.dateTime(f.receivedAt()),
                            "by", f.receivedBy()));
        }
        m.put("forwards", forwards);
        pages.render(ctx, "incoming/view", m);
    }

    private static void download(Context ctx, InputStream in, String which) {
        ctx.contentType("application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"incoming-"
                                + ctx.pathParam("id")
                                + "-"
                                + which
                                + ".pdf\"")
                .result(in);
    }

    /**
     * The receipt of the path, if the caller may see it: one above the caller's clearance answers
     * as if it did not exist; another office's is refused.
     */
    private IncomingLetter visible(Context ctx) {
        String text = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw IncomingRoutes.notFound(text);
        }
        return IncomingRoutes.visible(ctx, incoming, id);
    }

    private String officeName(String id) {
        return registers.offices().stream()
                .filter(o -> o.id().equals(id))
                .map(Office::name)
                .findFirst()
                .orElse(id);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
