package saraban.registers;

import java.util.regex.Pattern;
import saraban.thai.ThaiDigits;

/**
 * The shapes of the codes in a reference number and of office ids, checked in one place so that
 * {@link ReferenceNumber} and {@link Office} accept exactly the same codes.
 */
final class Codes {

    /**
     * รหัสตัวพยัญชนะ: two Thai consonants (ก to ฮ without the vowels ฤ and ฦ that sit in that
     * range), as {@code สส}, {@code มท}, {@code กท}.
     */
    static final String LETTER_CODE = "[ก-ฮ&&[^ฤฦ]]{2}";

    /**
     * เลขประจำของเจ้าของเรื่อง: digits with dot levels, as {@code 0017.2} or {@code 0501.1.13}.
     * Kept as text: leading zeros and the levels are part of the code.
     */
    static final String UNIT_CODE = "[0-9]+(?:\\.[0-9]+)*";

    private static final Pattern LETTER_CODE_PATTERN = Pattern.compile(LETTER_CODE);
    private static final Pattern UNIT_CODE_PATTERN = Pattern.compile(UNIT_CODE);
    private static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_ID_LENGTH = 64;

    private Codes() {}

    /** The letter code without surrounding spaces, or an exception naming {@code field}. */
    static String letterCode(String field, String code) {
        String c = code.strip();
        if (!LETTER_CODE_PATTERN.matcher(c).matches()) {
            throw new IllegalArgumentException(
                    field + " must be two Thai consonants, like สส: " + code);
        }
        return c;
    }

    /** The unit code with ASCII digits, or an exception naming {@code field}. */
    static String unitCode(String field, String code) {
        String c = ThaiDigits.toArabic(code.strip());
        if (!UNIT_CODE_PATTERN.matcher(c).matches()) {
            throw new IllegalArgumentException(
                    field + " must be digits with dot levels, like 0017.2: " + code);
        }
        return c;
    }

    /** An office id: lowercase ASCII letters and digits, joined by single hyphens. */
    static String id(String field, String id) {
        if (id.length() > MAX_ID_LENGTH || !ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    field
                            + " must be lowercase ASCII letters and digits joined by hyphens, like"
                            + " ss-0017-2, at most "
                            + MAX_ID_LENGTH
                            + " characters: "
                            + id);
        }
        return id;
    }
}
