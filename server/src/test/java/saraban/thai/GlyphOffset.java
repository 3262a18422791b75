package saraban.thai;

import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;

/**
 * The worst-placed glyph of a drawing compared with HarfBuzz's drawing of the same word: which
 * character it stands for and how many pixels its ink box is off ({@link #MISSING} when one drawing
 * has a glyph the other lacks).
 */
record GlyphOffset(int standsFor, int pixels) {

    static final int MISSING = Integer.MAX_VALUE;

    private static final int SARA_AM = 0x0E33;
    private static final int SARA_AA = 0x0E32;
    private static final int NIKHAHIT = 0x0E4D;

    /**
     * Pairs each drawn glyph with the first unpaired reference glyph that stands for the same
     * character, so marks are compared with marks even where HarfBuzz reorders them. HarfBuzz
     * splits ำ into its ring ํ and า; a drawn ำ is compared with the union of those two.
     */
    static GlyphOffset worst(List<PlacedGlyph> reference, List<PlacedGlyph> drawn) {
        boolean[] paired = new boolean[reference.size()];
        GlyphOffset worst = new GlyphOffset(0, 0);
        for (PlacedGlyph glyph : drawn) {
            Rectangle target;
            if (glyph.standsFor() == SARA_AM && !has(reference, paired, SARA_AM)) {
                Rectangle ring = pair(reference, paired, NIKHAHIT);
                Rectangle aa = pair(reference, paired, SARA_AA);
                target = ring == null || aa == null ? null : ring.union(aa);
            } else {
                target = pair(reference, paired, glyph.standsFor());
            }
            int pixels = target == null ? MISSING : glyph.offsetFrom(target);
            if (pixels > worst.pixels()) {
                worst = new GlyphOffset(glyph.standsFor(), pixels);
            }
        }
        for (int i = 0; i < paired.length; i++) {
            if (!paired[i]) {
                return new GlyphOffset(reference.get(i).standsFor(), MISSING);
            }
        }
        return worst;
    }

    @Override
    public String toString() {
        return pixels == MISSING
                ? String.format(Locale.ROOT, "U+%04X drawn by only one side", standsFor)
                : String.format(Locale.ROOT, "U+%04X off by %d px", standsFor, pixels);
    }

    private static boolean has(List<PlacedGlyph> reference, boolean[] paired, int standsFor) {
        for (int i = 0; i < paired.length; i++) {
            if (!paired[i] && reference.get(i).standsFor() == standsFor) {
                return true;
            }
        }
        return false;
    }

    private static Rectangle pair(List<PlacedGlyph> reference, boolean[] paired, int standsFor) {
        for (int i = 0; i < paired.length; i++) {
            if (!paired[i] && reference.get(i).standsFor() == standsFor) {
                paired[i] = true;
                return reference.get(i).ink();
            }
        }
        return null;
    }
}
