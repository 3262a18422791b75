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

    /**
     * The width of a label column that holds {@code label} at 16 pt on one line, with a small gap
     * after it: at least {@code minimumCm} (the regulation's layout), wider for a long label such
     * as {@code กราบเรียน}. E.g. {@code 1.20cm}.
     */
    public String label(String label, double minimumCm) {
        double gapPt = 6;
        double neededCm = (fonts.textWidth(label, 16) + gapPt) / 72 * 2.54;
        return String.format(Locale.ROOT, "%.2fcm", Math.max(minimumCm, neededCm));
    }

    /** Single line spacing for text of that size, from the font's own metrics. */
    public String line(double pskPoints) {
        return String.format(Locale.ROOT, "%.2fpt", fonts.lineHeight(pskPoints));
    }
}
