package saraban.thai;

import com.ibm.icu.text.Normalizer2;
import java.util.regex.Pattern;

/**
 * Repairs the invisible damage Thai text picks up from PDFs, word processors and old keyboards, so
 * that equal words compare equal, search finds them and fonts shape them: {@code
 * normalize("น\u0E4D\u0E48\u0E32")} is {@code "น่ำ"}.
 */
public final class ThaiNormalizer {

    /**
     * ZERO WIDTH SPACE, NON-JOINER, JOINER, WORD JOINER and the BOM used as a zero-width no-break
     * space.
     */
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF]");

    /**
     * NIKHAHIT and SARA AA typed or extracted apart instead of SARA AM, maybe with the tone mark
     * between them: น + ํ + ่ + า. Thai writes the tone before SARA AM: น่ำ.
     */
    private static final Pattern SPLIT_SARA_AM = Pattern.compile("\u0E4D([\u0E48-\u0E4B]?)\u0E32");

    /** A tone mark typed after SARA AM (น + ำ + ้) sits on the wrong glyph; Thai writes น้ำ. */
    private static final Pattern TONE_AFTER_SARA_AM = Pattern.compile("\u0E33([\u0E48-\u0E4B])");

    /**
     * A tone mark before an upper vowel (ท + ่ + ี) prints the same as after it but is not the same
     * word: Thai writes the vowel first (ที่). PDF text layers give this order when they sort marks
     * by position.
     */
    private static final Pattern TONE_BEFORE_UPPER_VOWEL =
            Pattern.compile("([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E37])");

    /** Two SARA E look like SARA AE on screen but are not the same word to a computer. */
    private static final Pattern DOUBLE_SARA_E = Pattern.compile("\u0E40\u0E40");

    /** The same combining mark twice in a row prints one mark over the other: a typing error. */
    private static final Pattern REPEATED_MARK = Pattern.compile("(\\p{M})\\1+");

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private ThaiNormalizer() {}

    /**
     * Removes zero-width characters, joins a split SARA AM ({@code ํ} + {@code า} → {@code ำ}),
     * puts a tone mark typed after SARA AM before it and one typed before an upper vowel after it
     * ({@code ท่ี} → {@code ที่}), turns two SARA E into SARA AE ({@code เเ} → {@code แ}), keeps
     * one of a doubled combining mark ({@code ่่} → {@code ่}) and returns the result in Unicode
     * NFC. Correct text comes back unchanged.
     */
    public static String normalize(String s) {
        if (isNormalized(s)) {
            return s; // most text needs nothing; this check is several times cheaper than the work
        }
        // Decomposed and canonically ordered first, so doubled marks stand next to each other.
        String text = NFD.normalize(ZERO_WIDTH.matcher(s).replaceAll(""));
        text = REPEATED_MARK.matcher(text).replaceAll("$1");
        text = SPLIT_SARA_AM.matcher(text).replaceAll("$1\u0E33");
        text = TONE_AFTER_SARA_AM.matcher(text).replaceAll("$1\u0E33");
        text = TONE_BEFORE_UPPER_VOWEL.matcher(text).replaceAll("$2$1");
        text = DOUBLE_SARA_E.matcher(text).replaceAll("\u0E41");
        // Joining SARA AM can bring two equal tone marks together (น ่ ํ ่ า).
        text = REPEATED_MARK.matcher(text).replaceAll("$1");
        return NFC.normalize(text);
    }

    /**
     * Whether {@link #normalize} certainly returns {@code s} unchanged: no zero-width character, no
     * split or misplaced sara am, no doubled sara e, no mark repeated within one cluster, and
     * already NFC. Several times cheaper than normalising; a text that fails the check may still
     * come back unchanged.
     */
    public static boolean isNormalized(String s) {
        int runStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u0E4D' -> {
                    return false;
                }
                case '\u0E33' -> {
                    if (i + 1 < s.length()
                            && s.charAt(i + 1) >= '\u0E48'
                            && s.charAt(i + 1) <= '\u0E4B') {
                        return false;
                    }
                }
                case '\u0E48', '\u0E49', '\u0E4A', '\u0E4B' -> {
                    if (i + 1 < s.length() && isUpperVowel(s.charAt(i + 1))) {
                        return false;
                    }
                }
                case '\u0E40' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\u0E40') {
                        return false;
                    }
                }
                default -> {}
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                for (int j = runStart; j < i; j++) {
                    if (s.charAt(j) == c) {
                        return false;
                    }
                }
            } else {
                runStart = i + 1;
            }
        }
        return NFC.isNormalized(s);
    }

    /** MAI HAN-AKAT, SARA I, II, UE and UEE: the vowels written above, which take a tone mark. */
    private static boolean isUpperVowel(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E37');
    }
}
