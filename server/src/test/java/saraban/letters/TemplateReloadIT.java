package saraban.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saraban.testing.PdfText;
import saraban.testing.TestHome;

class TemplateReloadIT {

    private static void copyTemplates(Path dir) throws IOException {
        try (var files = Files.list(TestHome.home().resolve("templates/letters"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void an_edited_template_is_used_by_the_next_render_without_a_restart(@TempDir Path dir)
            throws Exception {
        copyTemplates(dir);
        LetterService service =
                new LetterService(TestHome.engine(), dir, Optional.empty(), Clock.systemUTC());
        LetterDraft draft = LettersPdfIT.sample("order");
        assertThat(PdfText.pdfbox(service.render(draft))).doesNotContain("ฉบับแก้ไข");

        Path order = dir.resolve("order.fo");
        String edited =
                Files.readString(order, StandardCharsets.UTF_8)
                        .replace(
                                "<fo:flow flow-name=\"xsl-region-body\">",
                                "<fo:flow flow-name=\"xsl-region-body\"><fo:block>ฉบับแก้ไข</fo:block>");
        Files.writeString(order, edited, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(
                order, FileTime.fromMillis(Files.getLastModifiedTime(order).toMillis() + 2000));
        assertThat(PdfText.pdfbox(service.render(draft))).contains("ฉบับแก้ไข");
    }

    @Test
    void a_broken_template_fails_with_template_failed_and_nothing_else_breaks(@TempDir Path dir)
            throws Exception {
        copyTemplates(dir);
        Files.writeString(
                dir.resolve("order.fo"),
                "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"><fo:block th:text=\"${",
                StandardCharsets.UTF_8);
        LetterService service =
                new LetterService(TestHome.engine(), dir, Optional.empty(), Clock.systemUTC());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> service.render(LettersPdfIT.sample("order")))
                .isInstanceOf(saraban.ProblemException.class)
                .hasMessageContaining("TEMPLATE_FAILED");
        assertThat(service.render(LettersPdfIT.sample("memo"))).isNotEmpty();
    }

    @Test
    void many_threads_render_at_once_without_failing() throws Exception {
        LettersPdfIT.engine();
        LetterDraft draft = LettersPdfIT.sample("seed-circular");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                results.add(pool.submit(() -> LettersPdfIT.letters.render(draft)));
            }
            for (Future<byte[]> r : results) {
                assertThat(PdfText.squeeze(PdfText.pdfbox(r.get())))
                        .contains("ตามที่จังหวัดสมุทรสงคราม");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
