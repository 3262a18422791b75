package saraban.letters;

import java.util.Locale;
import saraban.pdf.FontSet;

/**
 * Sizes for templates, stated as the regulation states them (points of TH SarabunPSK) and written
 * in the body font's own points: {@code th:font-size="${size.pt(16)}"}, {@code
 * th:line-height="${size.line(16)}"}.
 */
public final class FontSizes {
    private final FontSet fonts;

    FontSizes(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The font size that looks like {@code pskPoints} of TH SarabunPSK, e.g. {@code 10.63pt}. */
    public String pt(double pskPoints) {
        return String.format(Locale.ROOT, "%.2fpt", fonts.points(pskPoints));
    }

    /** Single line spacing for text of that size, from the font's own metrics. */
    public String line(double pskPoints) {
        return String.format(Locale.ROOT, "%.2fpt", fonts.lineHeight(pskPoints));
    }
}
