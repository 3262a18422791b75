package saraban.thai;

import com.ibm.icu.lang.UCharacter;
import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Where a Thai word can never end, whatever the dictionary says. ICU's dictionary segmenter
 * sometimes cuts before a following vowel ({@code บูรณ|า|การ}, {@code เศรษฐ|า}) or leaves the full
 * stop of an abbreviation on its own ({@code ก.บ.ภ|.}); these rules remove such boundaries.
 */
final class BreakRules {

    /** Vowels and signs written after their consonant as separate letters: ะ า ำ ๅ ๆ ฯ. */
    private static final String FOLLOWING = "\u0E30\u0E32\u0E33\u0E45\u0E46\u0E2F";

    /** Thai letters with full stops between them: ก.บ.ภ, พ.ศ, ส.ค, มี.ค. */
    private static final Pattern DOTTED_ABBREVIATION =
            Pattern.compile("[\u0E01-\u0E4E]+(?:\\.[\u0E01-\u0E4E]+)+");

    private BreakRules() {}

    /** Clears every boundary in {@code boundaries} (offsets into {@code text}) the rules forbid. */
    static void removeBadBreaks(String text, BitSet boundaries) {
        for (int at = boundaries.nextSetBit(1);
                at > 0 && at < text.length();
                at = boundaries.nextSetBit(at + 1)) {
            if (!canBreak(text, at) || endsAbbreviation(text, boundaries, at)) {
                boundaries.clear(at);
            }
        }
    }

    /**
     * Whether a word may end at {@code at}: not between a Thai letter and a following vowel or sign
     * (after a space ๆ stands alone, as in {@code จริง ๆ}), not before a combining mark (tone
     * marks, upper and lower vowels) and not between a leading vowel (เ แ โ ใ ไ) and the letter
     * after it, to which it belongs.
     */
    static boolean canBreak(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            return true;
        }
        char before = text.charAt(at - 1);
        int after = text.codePointAt(at);
        boolean leadingVowelBefore = before >= '\u0E40' && before <= '\u0E44';
        return !(isThai(before) && FOLLOWING.indexOf(after) >= 0)
                && !isMark(after)
                && !(leadingVowelBefore && isThai(after));
    }

    /** A full stop at {@code at} that closes the dotted abbreviation just before it. */
    private static boolean endsAbbreviation(String text, BitSet boundaries, int at) {
        if (text.charAt(at) != '.') {
            return false;
        }
        int start = boundaries.previousSetBit(at - 1);
        return DOTTED_ABBREVIATION.matcher(text).region(start, at).matches();
    }

    /** Thai letters, vowels, tone marks and signs, U+0E01 to U+0E4E; not Thai digits. */
    private static boolean isThai(int c) {
        return c >= '\u0E01' && c <= '\u0E4E';
    }

    private static boolean isMark(int codePoint) {
        int type = UCharacter.getType(codePoint);
        return type == UCharacter.NON_SPACING_MARK
                || type == UCharacter.COMBINING_SPACING_MARK
                || type == UCharacter.ENCLOSING_MARK;
    }
}
