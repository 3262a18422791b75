package saraban.pdf;

/** How a receipt stamp found its place on the page. */
public enum Placement {
    /** At full size, in free space of the page's top-right area. */
    FREE_SPACE,
    /** Smaller than the template's size, to fit free space there; never below its minimum scale. */
    SHRUNK,
    /** On a strip added above the page (the page grew taller), because nothing fitted. */
    MARGIN_STRIP
}
