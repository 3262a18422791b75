package saraban.forms;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saraban.testing.TestHome;

class FormPdfLookIT {
    @TempDir Path dir;

    @Test
    void writes_the_three_pdfs() throws Exception {
        try (FormsFixture f =
                new FormsFixture(
                        dir, "jdbc:sqlite:" + dir.resolve("db.sqlite"), LateSubmissions.ACCEPT)) {
            Path out = TestHome.outputDir("forms");
            Files.write(
                    out.resolve("blank.pdf"), f.service.blankPdf("district-projects", "current"));
            Submission s =
                    f.service.submit(
                            "district-projects", FormsFixture.filled(FormsFixture.sample()), "t");
            Files.write(out.resolve("filled.pdf"), f.service.pdf(s.id()));
            Files.write(
                    out.resolve("fillable.pdf"),
                    f.service.fillablePdf("district-projects", "current"));
            Files.write(out.resolve("prefilled.pdf"), f.service.fillablePdf(s.id()));
        }
    }
}
