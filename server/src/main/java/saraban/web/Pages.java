package saraban.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import saraban.Problem;
import saraban.ProblemException;
import saraban.ReloadingTemplateResolver;

/**
 * The web pages: Thymeleaf templates in {@code templates/web/*.html}, in HTML mode, so every value
 * is escaped unless a template asks otherwise with {@code th:utext}. An edited template shows on
 * the next request, without a restart.
 *
 * <p>Each page gets its own model plus what the {@linkplain #contribute contributors} add from the
 * request (the signed-in user, the CSRF token, the current path), so templates and the shared
 * layout ({@code layout.html}) can rely on them.
 */
public final class Pages {

    /** The request attribute under which a request can find the pages, for error pages. */
    static final String REQUEST_KEY = "saraban.pages";

    private final TemplateEngine engine;
    private final Path dir;
    private final List<BiConsumer<Context, Map<String, Object>>> contributors =
            new CopyOnWriteArrayList<>();

    /**
     * @param dir the folder holding the page templates, {@code templates/web}
     */
    public Pages(Path dir) {
        this.dir = dir;
        engine = new TemplateEngine();
        engine.setTemplateResolver(new ReloadingTemplateResolver(dir, ".html", TemplateMode.HTML));
        contribute((ctx, model) -> model.put("path", ctx.path()));
    }

    /** Makes the pages reachable from every request, so errors can be answered as a page. */
    public void install(Javalin app) {
        app.before(ctx -> ctx.attribute(REQUEST_KEY, this));
    }

    /**
     * Adds values to every page's model, taken from the request: called in the order added, before
     * the page's own model is applied (a page's value wins).
     */
    public void contribute(BiConsumer<Context, Map<String, Object>> contributor) {
        contributors.add(contributor);
    }

    /** Answers the request with {@code template} filled with {@code model}. */
    public void render(Context ctx, String template, Map<String, ?> model) {
        Map<String, Object> all = new HashMap<>();
        for (BiConsumer<Context, Map<String, Object>> contributor : contributors) {
            contributor.accept(ctx, all);
        }
        all.putAll(model);
        ctx.contentType("text/html; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.result(process(template, all));
    }

    /** {@code template} filled with {@code model} alone, as HTML. */
    public String process(String template, Map<String, ?> model) {
        if (!Files.isRegularFile(dir.resolve(template + ".html"))) {
            throw new ProblemException(
                    new Problem(
                            500,
                            "TEMPLATE_MISSING",
                            "page template " + template + ".html is missing",
                            "ไม่พบแม่แบบหน้าเว็บ " + template + ".html",
                            null));
        }
        try {
            return engine.process(
                    template,
                    new org.thymeleaf.context.Context(
                            Locale.ROOT, new HashMap<String, Object>(model)));
        } catch (TemplateEngineException e) {
            throw new ProblemException(
                    new Problem(
                            500,
                            "TEMPLATE_FAILED",
                            "page template " + template + ".html failed: " + e.getMessage(),
                            "แม่แบบหน้าเว็บ " + template + ".html มีข้อผิดพลาด",
                            null),
                    e);
        }
    }

    /**
     * Whether {@code ctx} is a person's browser asking for a page (not {@code /api/}, and HTML
     * accepted), so that an error is answered as a page rather than as a problem body.
     */
    static boolean wantsPage(Context ctx) {
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/assets/")) {
            return false;
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }
}
