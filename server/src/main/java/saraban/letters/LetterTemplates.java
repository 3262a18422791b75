package saraban.letters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import saraban.Problem;
import saraban.ProblemException;
import saraban.ReloadingTemplateResolver;

/**
 * The XSL-FO letter templates in {@code templates/letters/}, processed by Thymeleaf in XML mode so
 * that every value is escaped. Parsed templates are cached until their file changes: an edited
 * template is picked up by the next render, without a restart.
 */
final class LetterTemplates {

    private final TemplateEngine engine;
    private final Path dir;

    LetterTemplates(Path dir) {
        this.dir = dir;
        engine = new TemplateEngine();
        engine.setTemplateResolver(new ReloadingTemplateResolver(dir, ".fo", TemplateMode.XML));
    }

    /**
     * The FO document for {@code template} (a file name without {@code .fo}) filled with {@code
     * model}.
     */
    String render(String template, Map<String, Object> model) {
        if (!Files.isRegularFile(dir.resolve(template + ".fo"))) {
            throw new ProblemException(
                    new Problem(
                            500,
                            "TEMPLATE_MISSING",
                            "letter template " + template + ".fo is missing",
                            "ไม่พบแม่แบบหนังสือ " + template + ".fo",
                            null));
        }
        Context context = new Context(java.util.Locale.ROOT, model);
        try {
            return engine.process(template, context);
        } catch (TemplateEngineException e) {
            throw new ProblemException(
                    new Problem(
                            500,
                            "TEMPLATE_FAILED",
                            "letter template " + template + ".fo failed: " + e.getMessage(),
                            "แม่แบบหนังสือ " + template + ".fo มีข้อผิดพลาด",
                            null),
                    e);
        }
    }
}
