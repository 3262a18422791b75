package saraban.pdf;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Small one-page PDFs drawn for a test: grey blocks, an image, a line of text, a rotation. */
final class TestPdfs {
    private final PDRectangle size;
    private final java.util.List<Rectangle2D> blocks = new java.util.ArrayList<>();
    private final java.util.List<Rectangle2D> whiteBlocks = new java.util.ArrayList<>();
    private final java.util.List<Rectangle2D> images = new java.util.ArrayList<>();
    private final java.util.List<float[]> texts = new java.util.ArrayList<>();
    private int rotation;

    private TestPdfs(PDRectangle size) {
        this.size = size;
    }

    static TestPdfs a4() {
        return new TestPdfs(PDRectangle.A4);
    }

    /** A filled grey rectangle, in user space (origin bottom left). */
    TestPdfs block(double x, double y, double w, double h) {
        blocks.add(new Rectangle2D.Double(x, y, w, h));
        return this;
    }

    /** A filled white rectangle, as some programs paint a page's background. */
    TestPdfs whiteBlock(double x, double y, double w, double h) {
        whiteBlocks.add(new Rectangle2D.Double(x, y, w, h));
        return this;
    }

    /** A photo-like image drawn into the rectangle. */
    TestPdfs image(double x, double y, double w, double h) {
        images.add(new Rectangle2D.Double(x, y, w, h));
        return this;
    }

    /** "Saraban" in 12 pt Helvetica with its baseline at (x, y). */
    TestPdfs text(float x, float y) {
        texts.add(new float[] {x, y});
        return this;
    }

    TestPdfs rotated(int degrees) {
        rotation = degrees;
        return this;
    }

    byte[] pdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(size);
            page.setRotation(rotation);
            doc.addPage(page);
            BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 30; y++) {
                for (int x = 0; x < 40; x++) {
                    picture.setRGB(x, y, new Color(x * 6, y * 8, 120).getRGB());
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.setNonStrokingColor(1f, 1f, 1f);
                for (Rectangle2D b : whiteBlocks) {
                    content.addRect(
                            (float) b.getX(),
                            (float) b.getY(),
                            (float) b.getWidth(),
                            (float) b.getHeight());
                    content.fill();
                }
                content.setNonStrokingColor(0.6f);
                for (Rectangle2D b : blocks) {
                    content.addRect(
                            (float) b.getX(),
                            (float) b.getY(),
                            (float) b.getWidth(),
                            (float) b.getHeight());
                    content.fill();
                }
                for (Rectangle2D i : images) {
                    content.drawImage(
                            image,
                            (float) i.getX(),
                            (float) i.getY(),
                            (float) i.getWidth(),
                            (float) i.getHeight());
                }
                content.setNonStrokingColor(0f);
                for (float[] t : texts) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(t[0], t[1]);
                    content.showText("Saraban");
                    content.endText();
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
