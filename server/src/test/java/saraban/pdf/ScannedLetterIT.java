package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static saraban.pdf.StampChecks.describe;
import static saraban.pdf.StampChecks.lines;
import static saraban.pdf.StampChecks.pdfboxLines;
import static saraban.pdf.StampChecks.pdftotextLines;
import static saraban.pdf.StampFixtures.HALL;
import static saraban.pdf.StampFixtures.UNIT;
import static saraban.pdf.StampFixtures.keep;
import static saraban.pdf.StampFixtures.stamper;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.junit.jupiter.api.Test;

/**
 * A letter received on paper and scanned: one JPEG over the whole page. The stamp goes on the blank
 * top right of the scan, not on a strip, and covers none of its writing; dust does not count.
 */
class ScannedLetterIT {
    private static final float CM = 72 / 2.54f;
    private static final int DPI = 100;

    /** The writing drawn on the scan, in points from the page's bottom left. */
    private final List<Rectangle2D> writing = new ArrayList<>();

    @Test
    void a_scan_is_stamped_on_its_blank_top_right_without_covering_its_writing()
            throws IOException {
        byte[] scan = scan();
        Stamped first = stamper().stamp(scan, HALL);
        Stamped second = stamper().stamp(first.pdf(), UNIT);
        keep("scan-two-stamps", second.pdf());

        assertThat(first.placement()).isEqualTo(Placement.FREE_SPACE);
        assertThat(first.x() + first.width())
                .isCloseTo(PDRectangle.A4.getWidth() - CM, within(FreeSpace.CELL));
        assertThat(first.y() + first.height())
                .isCloseTo(PDRectangle.A4.getHeight() - CM, within(FreeSpace.CELL));
        assertThat(second.placement()).isNotEqualTo(Placement.MARGIN_STRIP);
        for (Stamped s : List.of(first, second)) {
            Rectangle2D box = new Rectangle2D.Float(s.x(), s.y(), s.width(), s.height());
            assertThat(writing)
                    .as("writing under the stamp at %s", describe(box))
                    .noneMatch(w -> w.intersects(box));
        }
        assertThat(
                        new Rectangle2D.Float(first.x(), first.y(), first.width(), first.height())
                                .intersects(
                                        second.x(), second.y(), second.width(), second.height()))
                .isFalse();
        assertThat(pdfboxLines(second.pdf(), first)).containsExactlyElementsOf(lines(HALL));
        assertThat(pdftotextLines(second.pdf(), second)).containsExactlyElementsOf(lines(UNIT));
    }

    /**
     * An A4 page scanned at 100 dpi: greyish paper with grain, a letterhead at the top left, the
     * sender's address at the right below the top, lines of text down the page, and a few specks of
     * dust in the blank top right.
     */
    private byte[] scan() throws IOException {
        int width = Math.round(21 / 2.54f * DPI);
        int height = Math.round(29.7f / 2.54f * DPI);
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random grain = new Random(2562);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int g = 236 + grain.nextInt(12);
                page.setRGB(x, y, new Color(g, g - 2, g - 8).getRGB());
            }
        }
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(45, 45, 50));
        write(g, 3, 1.6f, 5, 1.2f); // letterhead
        for (int line = 0; line < 3; line++) {
            write(g, 13, 4.6f + line * 0.7f, 6, 0.35f); // address at the right
        }
        for (float top = 7.5f; top < 27; top += 0.8f) {
            write(g, 3, top, 16, 0.35f); // body
        }
        g.dispose();
        for (int[] speck : new int[][] {{17, 2}, {18, 3}, {19, 2}}) {
            page.setRGB(Math.round(speck[0] / 2.54f * DPI), Math.round(speck[1] / 2.54f * DPI), 0);
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            doc.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
                content.drawImage(
                        JPEGFactory.createFromImage(doc, page, 0.8f),
                        0,
                        0,
                        PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A block of writing {@code w} × {@code h} cm whose top left is at (x, top) cm. */
    private void write(Graphics2D g, float x, float top, float w, float h) {
        float px = DPI / 2.54f;
        g.fillRect(
                Math.round(x * px), Math.round(top * px), Math.round(w * px), Math.round(h * px));
        writing.add(
                new Rectangle2D.Float(
                        x * CM, PDRectangle.A4.getHeight() - (top + h) * CM, w * CM, h * CM));
    }
}
