package saraban.thai;

/**
 * Picks the positional variants of Thai marks that Thai fonts keep at private-use code points, so a
 * renderer that draws one default glyph per character (FOP with complex-script shaping off) still
 * puts tone marks low when there is no upper vowel, shifts marks left of the ascender of ป ฝ ฟ and
 * drops the tail of ญ ฐ above a lower vowel.
 *
 * <p>One char in gives one char out, in the same order, so a PDF text layer can be mapped back with
 * {@link #originalOf(int)}: {@code shape("ให้")} ends in U+F70B, the low ไม้โท, and {@code
 * unshape(shape(s))} is {@code s} for any text without private-use characters.
 */
public final class ThaiShaper {

    /** The first private-use code point of the Windows-style Thai variants. */
    private static final int FIRST_VARIANT = 0xF700;

    /**
     * The Thai character each variant F700..F71F stands for. A table because the Windows layout of
     * these code points follows no arithmetic; it is the documented one that Laksaman, TH Sarabun
     * PSK and Tahoma share.
     */
    private static final char[] ORIGINALS = {
        '\u0E10', // F700 ฐ without its tail
        '\u0E34', '\u0E35', '\u0E36', '\u0E37', // F701..F704 upper vowels shifted left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F705..F709 tone marks low and left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F70A..F70E tone marks low
        '\u0E0D', // F70F ญ without its tail
        '\u0E31', '\u0E4D', '\u0E47', // F710..F712 ั ํ ็ shifted left
        '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', // F713..F717 tone marks high and left
        '\u0E38', '\u0E39', '\u0E3A', // F718..F71A lower vowels lowered
        '\u0E0E', '\u0E0F', '\u0E2C', // F71B..F71D alternate ฎ ฏ ฬ
        '\u0E4D', '\u0E47', // F71E..F71F ํ ็ raised
    };

    private ThaiShaper() {}

    /**
     * Returns {@code text} with Thai marks and consonants replaced by the positional variants the
     * standard Thai rules call for; text without Thai comes back as the same instance.
     */
    public static String shape(String text) {
        char[] out = null;
        ThaiClass base = ThaiClass.NONE;
        boolean upperVowelSeen = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            ThaiClass kind = ThaiClass.of(c);
            char shaped = c;
            switch (kind) {
                case NORMAL, ASCENDER, STRICT_DESCENDER -> {
                    base = kind;
                    upperVowelSeen = false;
                }
                case REMOVABLE_DESCENDER -> {
                    base = kind;
                    upperVowelSeen = false;
                    if (lowerVowelFollows(text, i + 1)) {
                        shaped = c == '\u0E0D' ? '\uF70F' : '\uF700';
                    }
                }
                case UPPER_VOWEL -> {
                    upperVowelSeen = true;
                    if (base == ThaiClass.ASCENDER) {
                        shaped = upperVowelLeft(c);
                    }
                }
                case LOWER_VOWEL -> {
                    if (base == ThaiClass.STRICT_DESCENDER) {
                        shaped = (char) (0xF718 + (c - '\u0E38'));
                    }
                }
                case TONE -> {
                    shaped = tone(c, base, upperVowelSeen || upperMarkFollows(text, i + 1));
                    upperVowelSeen = true;
                }
                case OTHER_MARK -> {
                    // ๎ has no variants; it stays on the current consonant.
                }
                default -> base = ThaiClass.NONE;
            }
            if (shaped != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = shaped;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Returns the Thai character that a private-use variant stands for, {@code 0x0E49} for {@code
     * 0xF70B}; any other code point is returned unchanged. Use it to map a shaped text layer back
     * to what the author typed.
     */
    public static int originalOf(int codePoint) {
        int index = codePoint - FIRST_VARIANT;
        return index >= 0 && index < ORIGINALS.length ? ORIGINALS[index] : codePoint;
    }

    /** Returns {@code shaped} with every variant replaced by its {@link #originalOf(int)}. */
    public static String unshape(String shaped) {
        char[] out = null;
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            char original = (char) originalOf(c);
            if (original != c) {
                if (out == null) {
                    out = shaped.toCharArray();
                }
                out[i] = original;
            }
        }
        return out == null ? shaped : new String(out);
    }

    private static char tone(char c, ThaiClass base, boolean upperVowel) {
        int offset = c - '\u0E48';
        if (base == ThaiClass.NONE) {
            return c;
        }
        if (base == ThaiClass.ASCENDER) {
            return (char) ((upperVowel ? 0xF713 : 0xF705) + offset);
        }
        return upperVowel ? c : (char) (0xF70A + offset);
    }

    private static char upperVowelLeft(char c) {
        return switch (c) {
            case '\u0E31' -> '\uF710';
            case '\u0E47' -> '\uF712';
            case '\u0E4D' -> '\uF711';
            default -> (char) (0xF701 + (c - '\u0E34'));
        };
    }

    /** Whether a lower vowel sits among the marks that start at {@code from}. */
    private static boolean lowerVowelFollows(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            ThaiClass kind = ThaiClass.of(text.charAt(i));
            if (kind == ThaiClass.LOWER_VOWEL) {
                return true;
            }
            if (!kind.isMark()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether an upper vowel typed after the tone mark, or the ring of ำ, takes the slot below it:
     * then the tone mark keeps its high glyph.
     */
    private static boolean upperMarkFollows(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            ThaiClass kind = ThaiClass.of(c);
            if (kind == ThaiClass.UPPER_VOWEL || c == '\u0E33') {
                return true;
            }
            if (!kind.isMark()) {
                return false;
            }
        }
        return false;
    }
}
