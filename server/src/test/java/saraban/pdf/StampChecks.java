package saraban.pdf;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import saraban.testing.PdfText;

/**
 * What a reader of a stamped PDF would check: the stamp's text as the two usual tools extract it,
 * the letter's text positions, and the ink under the stamp on the page as it was.
 */
final class StampChecks {
    private StampChecks() {}

    /** The stamp's place on its page, seen from the page's top left, y down, in points. */
    static Rectangle2D fromTop(byte[] stampedPdf, Stamped s) {
        float height = viewHeight(stampedPdf);
        return new Rectangle2D.Float(s.x(), height - s.y() - s.height(), s.width(), s.height());
    }

    /** The lines the stamp prints, as its text layer must give them back. */
    static List<String> lines(ReceiptStamp stamp) {
        return List.of(
                stamp.office(),
                stamp.label() + " " + stamp.number(),
                "วันที่ " + stamp.date(),
                "เวลา " + stamp.time());
    }

    /** The non-blank lines PDFBox extracts from the stamp's box on page 1. */
    static List<String> pdfboxLines(byte[] pdf, Stamped s) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setLineSeparator("\n");
            stripper.addRegion("stamp", grown(fromTop(pdf, s), 1));
            stripper.extractRegions(doc.getPage(s.page() - 1));
            return nonBlank(stripper.getTextForRegion("stamp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank lines poppler's pdftotext extracts from the stamp's box on page 1. */
    static List<String> pdftotextLines(byte[] pdf, Stamped s) {
        Rectangle2D r = grown(fromTop(pdf, s), 1);
        String text =
                PdfText.pdftotext(
                        pdf,
                        "-f",
                        String.valueOf(s.page()),
                        "-l",
                        String.valueOf(s.page()),
                        "-x",
                        String.valueOf((int) Math.floor(r.getX())),
                        "-y",
                        String.valueOf((int) Math.floor(r.getY())),
                        "-W",
                        String.valueOf((int) Math.ceil(r.getWidth())),
                        "-H",
                        String.valueOf((int) Math.ceil(r.getHeight())));
        return nonBlank(text);
    }

    /**
     * The letter's glyphs on page 1 as PDFTextStripper places them, boxes from the top left:
     * advance width by the font size, from 0.9 of it above the baseline (upper marks) to 0.35 below
     * (lower vowels).
     */
    static List<Rectangle2D> glyphBoxes(byte[] pdf) {
        List<Rectangle2D> boxes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper =
                    new PDFTextStripper() {
                        @Override
                        protected void processTextPosition(TextPosition t) {
                            if (!t.getUnicode().isBlank()) {
                                float size = t.getFontSizeInPt();
                                boxes.add(
                                        new Rectangle2D.Float(
                                                t.getXDirAdj(),
                                                t.getYDirAdj() - 0.9f * size,
                                                Math.max(t.getWidthDirAdj(), 0.5f),
                                                1.25f * size));
                            }
                        }
                    };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boxes;
    }

    /**
     * How many pixels of page 1 of {@code pdf}, rendered at 72 dpi in grey, are darker than
     * near-white inside {@code fromTop} (points from the top left): the ink a stamp there would
     * cover.
     */
    static int inkUnder(byte[] pdf, Rectangle2D fromTop) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.GRAY);
            int x0 = Math.max(0, (int) Math.floor(fromTop.getMinX()));
            int y0 = Math.max(0, (int) Math.floor(fromTop.getMinY()));
            int x1 = Math.min(page.getWidth(), (int) Math.ceil(fromTop.getMaxX()));
            int y1 = Math.min(page.getHeight(), (int) Math.ceil(fromTop.getMaxY()));
            int ink = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    ink += page.getRaster().getSample(x, y, 0) < 230 ? 1 : 0;
                }
            }
            return ink;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The height of page 1 as displayed, in points. */
    static float viewHeight(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            return page.getRotation() % 180 == 0
                    ? page.getCropBox().getHeight()
                    : page.getCropBox().getWidth();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D.Double(
                r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    static String describe(Rectangle2D r) {
        return String.format(
                Locale.ROOT,
                "[x=%.1f y=%.1f w=%.1f h=%.1f]",
                r.getX(),
                r.getY(),
                r.getWidth(),
                r.getHeight());
    }

    private static List<String> nonBlank(String text) {
        return Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
