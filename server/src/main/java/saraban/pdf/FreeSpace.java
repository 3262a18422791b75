package saraban.pdf;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/**
 * Free places for a box in an area of a page: the area is cut into cells of one millimetre, every
 * cell touched by an obstacle (grown by a gap) is taken, and a box fits where all the cells under
 * it are free. A summed-area table answers each "is this place free?" at once, so the whole area
 * can be tried, in order of preference, at several sizes.
 *
 * <p>Places are tried from the area's top down and, on each row, from its right edge leftwards: the
 * highest free place wins, and of those the rightmost. A second stamp therefore goes beside the
 * first when there is room on its rows, else below it.
 */
final class FreeSpace {

    /** One millimetre, the resolution of the search. */
    static final float CELL = 72f / 25.4f;

    private final Rectangle2D area;
    private final int columns;
    private final int rows;

    /** taken[(row) * (columns + 1) + column]: taken cells above and right of that corner. */
    private final int[] taken;

    /**
     * @param area where boxes may go
     * @param obstacles what they must not touch, in the same coordinates
     * @param gap clear space kept around every obstacle
     */
    FreeSpace(Rectangle2D area, List<Rectangle2D> obstacles, float gap) {
        this.area = area;
        this.columns = Math.max(0, (int) Math.floor(area.getWidth() / CELL));
        this.rows = Math.max(0, (int) Math.floor(area.getHeight() / CELL));
        int stride = columns + 1;
        // Columns count leftwards from the area's right edge, rows downwards from its top edge.
        int[] marks = new int[(rows + 1) * stride];
        double right = area.getMaxX();
        double top = area.getMaxY();
        for (Rectangle2D o : obstacles) {
            double minX = o.getMinX() - gap;
            double maxX = o.getMaxX() + gap;
            double minY = o.getMinY() - gap;
            double maxY = o.getMaxY() + gap;
            // cell c spans [right - (c + 1) * CELL, right - c * CELL]
            int c1 = Math.max(0, (int) Math.floor((right - maxX) / CELL));
            int c2 = Math.min(columns - 1, (int) Math.ceil((right - minX) / CELL) - 1);
            int r1 = Math.max(0, (int) Math.floor((top - maxY) / CELL));
            int r2 = Math.min(rows - 1, (int) Math.ceil((top - minY) / CELL) - 1);
            if (c1 > c2 || r1 > r2) {
                continue;
            }
            marks[r1 * stride + c1]++;
            marks[r1 * stride + c2 + 1]--;
            marks[(r2 + 1) * stride + c1]--;
            marks[(r2 + 1) * stride + c2 + 1]++;
        }
        // Marks summed up give how many obstacles cover each cell; then the summed-area table
        // of taken cells: taken[r * stride + c] counts taken cells in rows < r and columns < c.
        int[] cover = new int[columns];
        taken = new int[(rows + 1) * stride];
        for (int r = 0; r < rows; r++) {
            int running = 0;
            int inRow = 0;
            for (int c = 0; c < columns; c++) {
                running += marks[r * stride + c];
                cover[c] += running;
                inRow += cover[c] > 0 ? 1 : 0;
                taken[(r + 1) * stride + c + 1] = taken[r * stride + c + 1] + inRow;
            }
        }
    }

    /**
     * The preferred free place for a box of {@code width} × {@code height}, flush with the area's
     * top and right edges when those are free.
     */
    Optional<Rectangle2D> find(double width, double height) {
        int w = (int) Math.ceil(width / CELL - 1e-6);
        int h = (int) Math.ceil(height / CELL - 1e-6);
        if (w > columns || h > rows) {
            return Optional.empty();
        }
        for (int r = 0; r + h <= rows; r++) {
            for (int c = 0; c + w <= columns; c++) {
                if (free(r, c, h, w)) {
                    double right = area.getMaxX() - c * CELL;
                    double top = area.getMaxY() - r * CELL;
                    return Optional.of(
                            new Rectangle2D.Double(right - width, top - height, width, height));
                }
            }
        }
        return Optional.empty();
    }

    private boolean free(int r, int c, int h, int w) {
        int stride = columns + 1;
        int sum =
                taken[(r + h) * stride + c + w]
                        - taken[r * stride + c + w]
                        - taken[(r + h) * stride + c]
                        + taken[r * stride + c];
        return sum == 0;
    }
}
