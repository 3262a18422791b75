package saraban.receiving;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import saraban.testing.TestHome;

/**
 * Draws a receipt stamp (ตรารับ) into the top right corner of a letter's first page, as a received
 * copy carries it: a 5 × 2.5 cm box with the office's name, เลขรับ, วันที่ and เวลา in 12 pt. Plain
 * PDFBox text without Thai shaping: the glyphs may sit badly, but the text layer reads right, and
 * that is what the reader sees.
 */
final class DrawnStamp {

    private static final float CM = 72f / 2.54f;

    private DrawnStamp() {}

    static byte[] onto(byte[] pdf, List<String> lines) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            PDType0Font font =
                    PDType0Font.load(doc, TestHome.home().resolve("fonts/Laksaman.ttf").toFile());
            float top = page.getMediaBox().getHeight() - 1 * CM;
            float left = page.getMediaBox().getWidth() - 2 * CM - 5 * CM;
            try (PDPageContentStream content =
                    new PDPageContentStream(
                            doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setLineWidth(0.8f);
                content.addRect(left, top - 2.5f * CM, 5 * CM, 2.5f * CM);
                content.stroke();
                float y = top - 14;
                for (String line : lines) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(left + 6, y);
                    content.showText(line);
                    content.endText();
                    y -= 15;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
