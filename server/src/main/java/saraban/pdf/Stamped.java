package saraban.pdf;

/**
 * A stamped PDF and where its stamp went, for the register and the audit log.
 *
 * @param pdf the stamped document
 * @param page the page stamped, counted from 1
 * @param x left edge of the stamp in points, from the left of the page as displayed
 * @param y bottom edge of the stamp in points, from the bottom of the page as displayed
 * @param width the stamp's width in points, as drawn (smaller than the template's when shrunk)
 * @param height the stamp's height in points, as drawn
 * @param placement how the place was found
 * @param incremental whether the stamp was appended as an incremental update, leaving the original
 *     bytes (and any signature over them) intact
 */
public record Stamped(
        byte[] pdf,
        int page,
        float x,
        float y,
        float width,
        float height,
        Placement placement,
        boolean incremental) {}
