package saraban.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The path being built by a content stream, kept as bounding boxes: one per segment, for when it is
 * stroked (a page frame is four thin lines, not a filled page), and one per subpath, for when it is
 * filled. Curves are boxed by their control points, which contain them.
 */
final class PathBoxes {

    private final List<Rectangle2D> segments = new ArrayList<>();
    private final List<Rectangle2D> subpaths = new ArrayList<>();
    private Rectangle2D subpath;
    private Point2D current;
    private Point2D start;

    void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
        subpath = new Rectangle2D.Float(x, y, 0, 0);
        subpaths.add(subpath);
    }

    void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        Rectangle2D box =
                new Rectangle2D.Float((float) current.getX(), (float) current.getY(), 0, 0);
        box.add(x, y);
        segments.add(box);
        subpath.add(x, y);
        current = new Point2D.Float(x, y);
    }

    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (current == null) {
            moveTo(x1, y1);
        }
        Rectangle2D box =
                new Rectangle2D.Float((float) current.getX(), (float) current.getY(), 0, 0);
        box.add(x1, y1);
        box.add(x2, y2);
        box.add(x3, y3);
        segments.add(box);
        subpath.add(box);
        current = new Point2D.Float(x3, y3);
    }

    void close() {
        if (start != null) {
            lineTo((float) start.getX(), (float) start.getY());
        }
    }

    /** The current point, or the origin when there is no path. */
    Point2D current() {
        return current == null ? new Point2D.Float() : current;
    }

    /** Each segment's box grown by half the line width: what stroking the path covers. */
    List<Rectangle2D> stroked(float lineWidth) {
        float half = lineWidth / 2;
        List<Rectangle2D> boxes = new ArrayList<>(segments.size());
        for (Rectangle2D s : segments) {
            boxes.add(
                    new Rectangle2D.Double(
                            s.getX() - half,
                            s.getY() - half,
                            s.getWidth() + 2 * half,
                            s.getHeight() + 2 * half));
        }
        return boxes;
    }

    /** Each subpath's box: what filling the path covers. */
    List<Rectangle2D> filled() {
        return List.copyOf(subpaths);
    }

    /** Forgets the path, as painting it or {@code n} does. */
    void clear() {
        segments.clear();
        subpaths.clear();
        subpath = null;
        current = null;
        start = null;
    }
}
