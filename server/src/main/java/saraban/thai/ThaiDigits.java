package saraban.thai;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.NumberingSystem;

/**
 * Converts between Thai digits ({@code ๐-๙}) and ASCII digits ({@code 0-9}), leaving every other
 * character as it is. The digit knowledge comes from ICU: the {@code thai} numbering system and the
 * Unicode decimal-digit values.
 *
 * <p>{@code ThaiDigits.toThai("ที่ มท 0212.1/ว 1831")} gives {@code "ที่ มท ๐๒๑๒.๑/ว ๑๘๓๑"}.
 */
public final class ThaiDigits {

    /** The ten Thai digits, zero first, as ICU's {@code thai} numbering system lists them. */
    private static final int[] THAI_DIGITS = thaiDigits();

    private ThaiDigits() {}

    /** Replaces every ASCII digit 0-9 with the Thai digit of the same value. */
    public static String toThai(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.appendCodePoint(THAI_DIGITS[c - '0']);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Replaces every Unicode decimal digit (Thai, full-width, Arabic-Indic, …) with the ASCII digit
     * of the same value; use it before parsing numbers people typed.
     */
    public static String toArabic(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .forEach(
                        cp -> {
                            if (UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER) {
                                out.append((char) ('0' + UCharacter.digit(cp, 10)));
                            } else {
                                out.appendCodePoint(cp);
                            }
                        });
        return out.toString();
    }

    /** Writes the digits of {@code s} in the chosen digit set. */
    public static String apply(CharSequence s, Digits digits) {
        return switch (digits) {
            case THAI -> toThai(s);
            case ARABIC -> toArabic(s);
        };
    }

    private static int[] thaiDigits() {
        int[] digits =
                NumberingSystem.getInstanceByName("thai").getDescription().codePoints().toArray();
        if (digits.length != 10) {
            throw new IllegalStateException(
                    "ICU's thai numbering system should list ten digits, not " + digits.length);
        }
        return digits;
    }
}
