package saraban.thai;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A PNG for people to look at: HarfBuzz's drawing, then ours laid over it, then the unshaped word
 * laid over it. Black is ink in both, red only in HarfBuzz's, blue only in the other.
 */
final class ReviewImage {

    private static final int BOTH = 0x000000;
    private static final int REFERENCE_ONLY = 0xD00000;
    private static final int DRAWN_ONLY = 0x0040FF;
    private static final int PAPER = 0xFFFFFF;

    private ReviewImage() {}

    static void write(Path file, BufferedImage reference, BufferedImage shaped, BufferedImage naive)
            throws IOException {
        int width = Math.max(reference.getWidth(), Math.max(shaped.getWidth(), naive.getWidth()));
        BufferedImage out =
                new BufferedImage(3 * width, reference.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < reference.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, overlay(reference, reference, x, y));
                out.setRGB(width + x, y, overlay(reference, shaped, x, y));
                out.setRGB(2 * width + x, y, overlay(reference, naive, x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }

    private static int overlay(BufferedImage reference, BufferedImage drawn, int x, int y) {
        boolean inReference = GlyphPainter.inked(reference, x, y);
        boolean inDrawn = GlyphPainter.inked(drawn, x, y);
        if (inReference && inDrawn) {
            return BOTH;
        }
        if (inReference) {
            return REFERENCE_ONLY;
        }
        return inDrawn ? DRAWN_ONLY : PAPER;
    }
}
