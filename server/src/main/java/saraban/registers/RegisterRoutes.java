package saraban.registers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;
import saraban.pdf.PdfEngine;
import saraban.web.Requests;

/**
 * HTTP face of {@link RegisterService}: ขอเลข, cancellation, registers as JSON, CSV, XLSX or
 * printed PDF.
 */
public final class RegisterRoutes {
    private final RegisterService registers;
    private final ObjectMapper json;
    private final RegisterPdf printer;

    /**
     * @param pdf the engine that prints registers
     * @param templatesDir the folder holding the printed register's template, {@code register.fo}
     * @param clock the time a printout is dated with
     * @throws ProblemException {@code TEMPLATE_MISSING} or {@code TEMPLATE_FAILED} at start-up
     */
    public RegisterRoutes(
            RegisterService registers,
            ObjectMapper json,
            PdfEngine pdf,
            Path templatesDir,
            Clock clock) {
        this.registers = registers;
        this.json = json;
        this.printer = new RegisterPdf(pdf, templatesDir, clock);
    }

    public void register(Javalin app) {
        app.post("/api/registers/{office}/{series}/numbers", this::allocate);
        app.get("/api/registers/{office}/{series}/{year}", this::list);
        app.post("/api/registers/{office}/{series}/{year}/{number}/cancel", this::cancel);
        app.post("/api/registers/{office}/{series}/reservations", this::reserve);
        app.get("/api/reservations/{id}", this::reservation);
        app.post("/api/reservations/{id}/use", this::use);
    }

    private void allocate(Context ctx) throws Exception {
        Series series = series(ctx);
        NumberRequest request = json.readValue(ctx.bodyInputStream(), NumberRequest.class);
        RegisterEntry entry =
                registers.allocate(ctx.pathParam("office"), series, request, Requests.actor(ctx));
        ctx.status(201).json(entry);
    }

    private void reserve(Context ctx) throws Exception {
        ReservationRequest request =
                json.readValue(ctx.bodyInputStream(), ReservationRequest.class);
        Reservation reservation =
                registers.reserve(
                        ctx.pathParam("office"), series(ctx), request, Requests.actor(ctx));
        ctx.status(201).json(reservation);
    }

    private void reservation(Context ctx) {
        ctx.json(ownReservation(ctx));
    }

    /** The reservation of the path, if it is of an office the caller may act for. */
    private Reservation ownReservation(Context ctx) {
        Reservation reservation = registers.reservation(longParam(ctx, "id"));
        Requests.requireOffice(ctx, reservation.officeId());
        return reservation;
    }

    /** The body is a {@link NumberRequest} with, optionally, the {@code number} to use. */
    private void use(Context ctx) throws Exception {
        ownReservation(ctx);
        JsonNode body = json.readTree(ctx.bodyInputStream());
        if (!(body instanceof ObjectNode fields)) {
            throw new ProblemException(
                    Problem.badField(
                            "BODY_INVALID",
                            null,
                            "the body must be a JSON object",
                            "ข้อมูลที่ส่งต้องเป็นออบเจกต์ JSON"));
        }
        JsonNode number = fields.remove("number");
        Integer wanted = null;
        if (number != null && !number.isNull()) {
            if (!number.canConvertToInt() || !number.isIntegralNumber()) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_INVALID",
                                "number",
                                "number must be a whole number, not " + number,
                                "เลขที่ต้องเป็นจำนวนเต็ม"));
            }
            wanted = number.intValue();
        }
        NumberRequest request = json.treeToValue(fields, NumberRequest.class);
        ctx.json(registers.useReserved(longParam(ctx, "id"), wanted, request, Requests.actor(ctx)));
    }

    private void cancel(Context ctx) throws Exception {
        Map<?, ?> body = json.readValue(ctx.bodyInputStream(), Map.class);
        Object reason = body.get("reason");
        RegisterEntry entry =
                registers.cancel(
                        ctx.pathParam("office"),
                        series(ctx),
                        intParam(ctx, "year"),
                        intParam(ctx, "number"),
                        reason == null ? null : reason.toString(),
                        Requests.actor(ctx));
        ctx.json(entry);
    }

    private void list(Context ctx) {
        RegisterFormat format =
                RegisterFormat.choose(ctx.queryParam("format"), ctx.header("Accept"));
        String office = ctx.pathParam("office");
        Series series = series(ctx);
        int year = intParam(ctx, "year");
        List<RegisterEntry> rows = registers.register(office, series, year);
        switch (format) {
            case JSON -> ctx.json(rows);
            case CSV ->
                    ctx.contentType("text/csv; charset=utf-8")
                            .header("Content-Disposition", "attachment; filename=\"register.csv\"")
                            .result(RegisterCsv.write(rows).getBytes(StandardCharsets.UTF_8));
            case XLSX, PDF -> {
                PrintedRegister printed =
                        PrintedRegister.of(
                                registers.numberingOffice(office, series), series, year, rows);
                byte[] file =
                        format == RegisterFormat.XLSX
                                ? RegisterXlsx.write(printed)
                                : printer.render(printed);
                // a PDF opens in the browser; a workbook is saved
                String disposition = format == RegisterFormat.PDF ? "inline" : "attachment";
                String name = "register-" + office + "-" + series.pathId() + "-" + year;
                ctx.contentType(format.mediaType())
                        .header(
                                "Content-Disposition",
                                disposition + "; filename=\"" + name + "." + format.id() + "\"")
                        .result(file);
            }
        }
    }

    private static Series series(Context ctx) {
        String path = ctx.pathParam("series");
        try {
            return Series.fromPath(path);
        } catch (IllegalArgumentException e) {
            throw RegisterProblems.unknownSeries(path);
        }
    }

    private static long longParam(Context ctx, String name) {
        return wholeNumber(ctx, name, Long.MAX_VALUE);
    }

    private static int intParam(Context ctx, String name) {
        return (int) wholeNumber(ctx, name, Integer.MAX_VALUE);
    }

    /** A path parameter that must be a whole number from 0 to {@code max}: FIELD_INVALID if not. */
    private static long wholeNumber(Context ctx, String name, long max) {
        String text = ctx.pathParam(name);
        try {
            long value = Long.parseLong(text);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(
                Problem.badField(
                        "FIELD_INVALID",
                        name,
                        name + " must be a whole number, not " + text,
                        String.format(Locale.ROOT, "ต้องเป็นตัวเลข: %s", text)));
    }
}
