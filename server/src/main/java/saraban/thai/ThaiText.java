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
}
