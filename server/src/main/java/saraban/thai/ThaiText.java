package saraban.thai;

/** The Thai text steps other packages chain together; one call per use. */
public final class ThaiText {

    private ThaiText() {}

    /**
     * Normalised text with a ZERO WIDTH SPACE between Thai words, ready for a layout engine that
     * breaks lines only at spaces and ZERO WIDTH SPACEs (FOP, PDFBox): {@code
     * ThaiSegmenter.withBreaks(ThaiNormalizer.normalize(s))}.
     */
    public static String prepareForLineBreaking(String s) {
        return ThaiSegmenter.withBreaks(ThaiNormalizer.normalize(s));
    }

    /**
     * Text ready to be drawn by a renderer without Thai shaping (FOP with complex scripts off,
     * PDFBox): {@link #prepareForLineBreaking} and then {@link ThaiShaper#shape}. The PDF's text
     * layer must map the shaped variants back with {@link ThaiShaper#originalOf}.
     */
    public static String forPdf(String s) {
        return ThaiShaper.shape(prepareForLineBreaking(s));
    }
}
