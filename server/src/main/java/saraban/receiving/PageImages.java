package saraban.receiving;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Page 1 of a PDF as a PNG, for a preview in the browser. */
final class PageImages {
    /** Sharp enough to read the stamp on a laptop's screen, small enough to send quickly. */
    static final float DPI = 110f;

    private PageImages() {}

    /** Page 1 of {@code pdf} as a PNG at {@link #DPI}. */
    static byte[] firstPage(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw page 1 of the preview", e);
        }
    }
}
