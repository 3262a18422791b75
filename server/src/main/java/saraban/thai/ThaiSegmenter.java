package saraban.thai;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits Thai text into words, which Thai writes without spaces: for line breaking, search and
 * counting. ICU's dictionary-based word break iterator finds the words (each call works on its own
 * clone of it); {@link BreakRules} and the keep-whole list ({@code keep-whole.txt} beside this
 * class) repair the splits it gets wrong, such as {@code บูรณ|า|การ}.
 *
 * <p>Safe to call from many threads.
 */
public final class ThaiSegmenter {

    /** Written between Thai words by {@link #withBreaks(String)}. */
    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private static final KeepWhole KEEP_WHOLE = KeepWhole.load();

    private ThaiSegmenter() {}

    /**
     * The words of {@code text} in order, with each run of spaces, each punctuation mark and each
     * non-Thai word as its own item; joined together they give {@code text} back: {@code
     * words("เรียน ผู้ว่าราชการ")} is {@code [เรียน, " ", ผู้, ว่า, ราชการ]}.
     */
    public static List<String> words(String text) {
        int[] boundaries = boundaries(text);
        List<String> words = new ArrayList<>(boundaries.length);
        for (int i = 1; i < boundaries.length; i++) {
            words.add(text.substring(boundaries[i - 1], boundaries[i]));
        }
        return words;
    }

    /**
     * The text with a ZERO WIDTH SPACE wherever one Thai word meets another, so a line can break
     * there. Nothing is inserted next to spaces, punctuation, digits or Latin text, so {@code
     * PM2.5}, {@code www.samutsongkhram.go.th} and {@code ๐ ๓๔๗๑ ๓๓๐๘} stay as they are.
     */
    public static String withBreaks(String text) {
        if (!hasAdjacentThai(text)) {
            return text; // no place where two Thai words could meet
        }
        int[] boundaries = boundaries(text);
        StringBuilder out = new StringBuilder(text.length() + boundaries.length);
        int start = 0;
        for (int i = 1; i < boundaries.length - 1; i++) {
            int at = boundaries[i];
            if (isThaiWordChar(text.charAt(at - 1)) && isThaiWordChar(text.charAt(at))) {
                out.append(text, start, at).append(ZERO_WIDTH_SPACE);
                start = at;
            }
        }
        return out.append(text, start, text.length()).toString();
    }

    /** Word boundaries after the repairs, from 0 to {@code text.length()} inclusive. */
    static int[] boundaries(String text) {
        BitSet boundaries = IcuWordBreaks.of(text);
        KEEP_WHOLE.apply(text, boundaries);
        BreakRules.removeBadBreaks(text, boundaries);
        return boundaries.stream().toArray();
    }

    private static boolean hasAdjacentThai(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (isThaiWordChar(text.charAt(i)) && isThaiWordChar(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Thai consonants, vowels, tone marks and signs such as ๆ and ฯ; not Thai digits, ฿ or the Thai
     * punctuation ๏ ๚ ๛, which stay with the numbers and marks around them.
     */
    private static boolean isThaiWordChar(char c) {
        return (c >= '\u0E01' && c <= '\u0E3A') || (c >= '\u0E40' && c <= '\u0E4E');
    }
}
