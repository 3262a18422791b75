package saraban.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.Problem;
import saraban.ProblemException;
import saraban.pdf.PdfRenderException;

/**
 * Turns every exception into a problem body {@code {code, title, message, field}}: a stable code
 * for programs, an English title for logs, a Thai message for people.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private static final String ANSWERED = "saraban.problem";

    private ErrorMapper() {}

    public static void install(Javalin app) {
        app.exception(ProblemException.class, (e, ctx) -> answer(ctx, e.problem()));
        app.exception(JsonProcessingException.class, (e, ctx) -> answer(ctx, fromJson(e)));
        app.exception(
                PdfRenderException.class,
                (e, ctx) -> {
                    LOG.error("rendering failed", e);
                    answer(
                            ctx,
                            new Problem(
                                    500,
                                    "TEMPLATE_FAILED",
                                    "the letter could not be rendered: " + e.getMessage(),
                                    "สร้างไฟล์ PDF ไม่สำเร็จ โปรดแจ้งผู้ดูแลระบบ",
                                    null));
                });
        app.exception(
                Exception.class,
                (e, ctx) -> {
                    LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                    answer(
                            ctx,
                            new Problem(
                                    500,
                                    "INTERNAL_ERROR",
                                    "unexpected error",
                                    "ระบบขัดข้อง โปรดแจ้งผู้ดูแลระบบ",
                                    null));
                });
        // Javalin answers unmatched routes and methods itself; give them the problem body too
        app.exception(
                HttpResponseException.class, (e, ctx) -> answer(ctx, fromHttp(e.getStatus(), ctx)));
        app.error(404, ctx -> answerUnlessAnswered(ctx, 404));
        app.error(405, ctx -> answerUnlessAnswered(ctx, 405));
    }

    private static Problem fromHttp(int status, Context ctx) {
        return switch (status) {
            case 404 ->
                    new Problem(
                            404,
                            "NOT_FOUND",
                            "no such resource: " + ctx.method() + " " + ctx.path(),
                            "ไม่พบสิ่งที่ขอ",
                            null);
            case 405 ->
                    new Problem(
                            405,
                            "METHOD_NOT_ALLOWED",
                            ctx.method() + " is not allowed on " + ctx.path(),
                            "ใช้คำขอแบบนี้กับที่อยู่นี้ไม่ได้",
                            null);
            case 413 ->
                    new Problem(
                            413,
                            "REQUEST_TOO_LARGE",
                            "the request body is too large",
                            "ข้อมูลที่ส่งมามีขนาดใหญ่เกินไป",
                            null);
            default ->
                    new Problem(
                            Math.max(400, status),
                            "HTTP_" + status,
                            "HTTP " + status,
                            "คำขอไม่ถูกต้อง",
                            null);
        };
    }

    /** Error handlers run after exception mappers: keep a service's own 404 problem. */
    private static void answerUnlessAnswered(Context ctx, int status) {
        if (ctx.attribute(ANSWERED) == null) {
            answer(ctx, fromHttp(status, ctx));
        }
    }

    /** Writes {@code problem} as the response. */
    public static void answer(Context ctx, Problem problem) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        Pages pages = ctx.attribute(Pages.REQUEST_KEY);
        if (pages != null && Pages.wantsPage(ctx) && answerAsPage(ctx, pages, problem)) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", problem.code());
        body.put("title", problem.title());
        body.put("message", problem.message());
        if (problem.field() != null) {
            body.put("field", problem.field());
        }
        ctx.status(problem.status()).json(body);
    }

    /**
     * Answers a browser with the error page ({@code templates/web/error.html}); false when that
     * page cannot be made, so the problem body is sent instead.
     */
    private static boolean answerAsPage(Context ctx, Pages pages, Problem problem) {
        try {
            ctx.status(problem.status());
            pages.render(ctx, "error", Map.of("problem", problem));
            return true;
        } catch (RuntimeException e) {
            LOG.error("the error page failed for {}", problem.code(), e);
            return false;
        }
    }

    private static Problem fromJson(JsonProcessingException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof ProblemException pe) {
                return pe.problem();
            }
            cause = cause.getCause();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            return Problem.badField(
                    "UNKNOWN_FIELD",
                    field,
                    "unknown field: " + field,
                    "ไม่รู้จักช่องข้อมูล " + field);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = path(m);
            String reason = e.getOriginalMessage();
            return Problem.badField(
                    "FIELD_INVALID",
                    field,
                    field + ": " + reason,
                    "ค่าของช่อง " + field + " ไม่ถูกต้อง");
        }
        return new Problem(
                400,
                "MALFORMED_JSON",
                "the body is not valid JSON: " + e.getOriginalMessage(),
                "ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง",
                null);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
