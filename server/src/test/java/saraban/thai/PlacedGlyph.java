package saraban.thai;

import java.awt.Rectangle;

/**
 * One glyph as drawn: the Thai character the font names it for ({@code uni0E49.low} stands for
 * U+0E49), and the box of its ink in pixels.
 */
record PlacedGlyph(int standsFor, Rectangle ink) {

    PlacedGlyph {
        if (ink == null) {
            throw new IllegalArgumentException("ink must not be null");
        }
    }

    /**
     * How far this glyph's ink box is from another's: the largest difference between the two boxes'
     * left, top, right or bottom edges, in pixels.
     */
    int offsetFrom(Rectangle other) {
        return Math.max(
                Math.max(Math.abs(ink.x - other.x), Math.abs(ink.y - other.y)),
                Math.max(
                        Math.abs((int) ink.getMaxX() - (int) other.getMaxX()),
                        Math.abs((int) ink.getMaxY() - (int) other.getMaxY())));
    }
}
