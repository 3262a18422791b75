package saraban.letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import saraban.Problem;
import saraban.ProblemException;

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
        FileTemplateResolver resolver = new ReloadingResolver();
        resolver.setPrefix(dir.toAbsolutePath() + "/");
        resolver.setSuffix(".fo");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
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

    /** Caches a parsed template for as long as its file keeps the modification time it had. */
    private static final class ReloadingResolver extends FileTemplateResolver {
        @Override
        protected ICacheEntryValidity computeValidity(
                IEngineConfiguration configuration,
                String ownerTemplate,
                String template,
                Map<String, Object> attributes) {
            Path file =
                    Path.of(
                            computeResourceName(
                                    configuration,
                                    ownerTemplate,
                                    template,
                                    getPrefix(),
                                    getSuffix(),
                                    getForceSuffix(),
                                    getTemplateAliases(),
                                    attributes));
            return new FileValidity(file, lastModified(file));
        }
    }

    private record FileValidity(Path file, FileTime modified) implements ICacheEntryValidity {
        @Override
        public boolean isCacheable() {
            return true;
        }

        @Override
        public boolean isCacheStillValid() {
            return modified.equals(lastModified(file));
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
