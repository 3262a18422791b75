package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static saraban.pdf.StampFixtures.HALL;
import static saraban.pdf.StampFixtures.UNIT;
import static saraban.pdf.StampFixtures.letter;
import static saraban.pdf.StampFixtures.stamper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import saraban.testing.TestHome;

/**
 * Page 1 of a letter with the registry's and the unit's stamps looks as approved: rendered at 60
 * dpi and compared with {@code stamps/golden/<letter>-1.png}. The order has room for both stamps;
 * the seed circular gets a strip for the second. On a mismatch the actual page and a diff
 * (differing pixels in red) are written to {@code server/target/test-output/stamps/}; look at them,
 * and if the change is intended, copy the actual page over the approved one.
 */
class StampImagesIT {
    private static final int DPI = 60;
    private static final int GREY_TOLERANCE = 80;
    private static final double MAX_DIFFERING = 0.001;

    @ParameterizedTest
    @ValueSource(strings = {"order", "seed-circular"})
    void a_letter_with_two_stamps_matches_the_approved_image(String name) throws IOException {
        Stamped first = stamper().stamp(letter(name), HALL);
        Stamped second = stamper().stamp(first.pdf(), UNIT);
        BufferedImage actual;
        try (PDDocument doc = Loader.loadPDF(second.pdf())) {
            actual = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
        Path out = TestHome.outputDir("stamps");
        ImageIO.write(actual, "png", out.resolve(name + "-1.png").toFile());
        BufferedImage approved;
        try (InputStream in = getClass().getResourceAsStream("/stamps/golden/" + name + "-1.png")) {
            if (in == null) {
                fail(
                        "no approved image stamps/golden/%s-1.png; look at %s and approve it",
                        name, out.resolve(name + "-1.png"));
                return;
            }
            approved = ImageIO.read(in);
        }
        assertThat(actual.getWidth()).isEqualTo(approved.getWidth());
        assertThat(actual.getHeight()).isEqualTo(approved.getHeight());
        BufferedImage diff =
                new BufferedImage(
                        actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRaster().getSample(x, y, 0);
                int b = approved.getRaster().getSample(x, y, 0);
                boolean differs = Math.abs(a - b) > GREY_TOLERANCE;
                differing += differs ? 1 : 0;
                diff.setRGB(x, y, differs ? 0xFF0000 : (a << 16 | a << 8 | a));
            }
        }
        double share = (double) differing / (actual.getWidth() * actual.getHeight());
        if (share > MAX_DIFFERING) {
            ImageIO.write(diff, "png", out.resolve(name + "-1.diff.png").toFile());
        }
        assertThat(share)
                .as("share of pixels that differ from the approved image of %s", name)
                .isLessThanOrEqualTo(MAX_DIFFERING);
    }
}
