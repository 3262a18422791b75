package saraban;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Resolves Thymeleaf templates from a folder of {@code templates/} and keeps each parsed template
 * for as long as its file keeps the modification time it had: an edited template is picked up by
 * the next use, without a restart, and an unchanged one is parsed once.
 */
public final class ReloadingTemplateResolver extends FileTemplateResolver {

    /**
     * @param dir the folder holding the templates
     * @param suffix the file name ending templates are named without, as {@code .fo}
     * @param mode XML for XSL-FO (every value escaped), HTML for pages
     */
    public ReloadingTemplateResolver(Path dir, String suffix, TemplateMode mode) {
        setPrefix(dir.toAbsolutePath() + "/");
        setSuffix(suffix);
        setTemplateMode(mode);
        setCharacterEncoding("UTF-8");
        setCacheable(true);
    }

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
