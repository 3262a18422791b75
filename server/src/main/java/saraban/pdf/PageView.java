package saraban.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page as a reader sees it: its visible area (the crop box) turned by the page's rotation, in
 * points, with the origin at the bottom left and y going up. "Top right" means the top right of
 * this view, whatever the page's rotation.
 *
 * @param width visible width
 * @param height visible height
 * @param toUser from view coordinates to the page's user space (the coordinates of its content)
 */
record PageView(float width, float height, AffineTransform toUser) {

    /** The view of {@code page}. */
    static PageView of(PDPage page) {
        return of(page.getCropBox(), rotation(page));
    }

    private static PageView of(PDRectangle crop, int rotation) {
        float llx = crop.getLowerLeftX();
        float lly = crop.getLowerLeftY();
        float urx = crop.getUpperRightX();
        float ury = crop.getUpperRightY();
        return switch (rotation) {
            case 90 ->
                    new PageView(
                            crop.getHeight(),
                            crop.getWidth(),
                            new AffineTransform(0, 1, -1, 0, urx, lly));
            case 180 ->
                    new PageView(
                            crop.getWidth(),
                            crop.getHeight(),
                            new AffineTransform(-1, 0, 0, -1, urx, ury));
            case 270 ->
                    new PageView(
                            crop.getHeight(),
                            crop.getWidth(),
                            new AffineTransform(0, -1, 1, 0, llx, ury));
            default ->
                    new PageView(
                            crop.getWidth(),
                            crop.getHeight(),
                            new AffineTransform(1, 0, 0, 1, llx, lly));
        };
    }

    /**
     * Makes {@code page} taller by {@code strip} points at the top of this view (whichever side of
     * the page that is) and returns the new view. The crop box grows, and the media box with it.
     */
    static PageView growTop(PDPage page, float strip) {
        int rotation = rotation(page);
        PDRectangle crop = page.getCropBox();
        float llx = crop.getLowerLeftX();
        float lly = crop.getLowerLeftY();
        float urx = crop.getUpperRightX();
        float ury = crop.getUpperRightY();
        switch (rotation) {
            case 90 -> llx -= strip;
            case 180 -> lly -= strip;
            case 270 -> urx += strip;
            default -> ury += strip;
        }
        PDRectangle grown = new PDRectangle(llx, lly, urx - llx, ury - lly);
        PDRectangle media = page.getMediaBox();
        page.setMediaBox(
                new PDRectangle(
                        Math.min(llx, media.getLowerLeftX()),
                        Math.min(lly, media.getLowerLeftY()),
                        Math.max(urx, media.getUpperRightX())
                                - Math.min(llx, media.getLowerLeftX()),
                        Math.max(ury, media.getUpperRightY())
                                - Math.min(lly, media.getLowerLeftY())));
        page.setCropBox(grown); // also when inherited: the page's own box overrides its parent's
        return of(grown, rotation);
    }

    /** {@code userBox}, a rectangle in user space, as seen in this view. */
    Rectangle2D toView(Rectangle2D userBox) {
        try {
            return toUser.createInverse().createTransformedShape(userBox).getBounds2D();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("a page view always turns by a right angle", e);
        }
    }

    /** The page's rotation as 0, 90, 180 or 270 degrees clockwise. */
    private static int rotation(PDPage page) {
        int r = ((page.getRotation() % 360) + 360) % 360;
        return r % 90 == 0 ? r : 0;
    }
}
