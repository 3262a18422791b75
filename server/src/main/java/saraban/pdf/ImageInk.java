package saraban.pdf;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Where a scanned page has ink. A scan is one image over the whole page, so taken as a box it would
 * leave no free place anywhere; instead the part of it under the area a stamp may go is sampled
 * every half millimetre, and each run of samples clearly darker than the paper becomes an obstacle.
 * A lone dark sample is dust, not writing, and is ignored.
 */
final class ImageInk {

    /** Half a millimetre in points: the sampling step. */
    private static final double STEP = 72 / 25.4 / 2;

    /** How much darker than the paper a sample must be to count as ink (of 255). */
    private static final int CONTRAST = 64;

    private ImageInk() {}

    /**
     * Boxes, in user space, around the ink of {@code image} (drawn with {@code ctm}) inside {@code
     * area}.
     *
     * @throws IOException when the image cannot be decoded; take the image as a whole then
     */
    static List<Rectangle2D> boxes(PDImage image, Matrix ctm, Rectangle2D area) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        // image pixels, y down from the top row, to user space (the image fills the unit square)
        AffineTransform toUser = ctm.createAffineTransform();
        toUser.translate(0, 1);
        toUser.scale(1.0 / width, -1.0 / height);
        Rectangle pixels;
        try {
            pixels =
                    toUser.createInverse()
                            .createTransformedShape(area)
                            .getBounds()
                            .intersection(new Rectangle(0, 0, width, height));
        } catch (NoninvertibleTransformException e) {
            return List.of(); // drawn with no extent: nothing to see
        }
        if (pixels.isEmpty()) {
            return List.of();
        }
        double pixelSize = Math.sqrt(Math.abs(toUser.getDeterminant()));
        int step = Math.max(1, (int) Math.floor(STEP / pixelSize));
        BufferedImage sample = image.getImage(pixels, step);
        int w = sample.getWidth();
        int h = sample.getHeight();
        int[] grey = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = sample.getRGB(x, y);
                grey[y * w + x] =
                        (((rgb >> 16) & 0xFF) * 299
                                        + ((rgb >> 8) & 0xFF) * 587
                                        + (rgb & 0xFF) * 114)
                                / 1000;
            }
        }
        int[] sorted = grey.clone();
        Arrays.sort(sorted);
        int paper = sorted[(int) (sorted.length * 0.8)]; // writing covers far less than a fifth
        int ink = paper - CONTRAST;
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                if (grey[y * w + x] >= ink || !hasDarkNeighbour(grey, w, h, x, y, ink)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < w && grey[y * w + x] < ink) {
                    x++;
                }
                Rectangle2D run =
                        new Rectangle2D.Double(
                                pixels.x + start * step,
                                pixels.y + y * step,
                                (x - start) * step,
                                step);
                boxes.add(toUser.createTransformedShape(run).getBounds2D());
            }
        }
        return boxes;
    }

    private static boolean hasDarkNeighbour(int[] grey, int w, int h, int x, int y, int ink) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if ((dx != 0 || dy != 0)
                        && nx >= 0
                        && ny >= 0
                        && nx < w
                        && ny < h
                        && grey[ny * w + nx] < ink) {
                    return true;
                }
            }
        }
        return false;
    }
}
