package saraban.registers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import saraban.thai.ThaiDigits;
import saraban.thai.ThaiNormalizer;

/**
 * Reading reference numbers. Text is first normalised ({@link ThaiNormalizer}: zero-width
 * characters out) and its digits made ASCII ({@link ThaiDigits}), so the patterns see one digit
 * set.
 */
final class ReferenceNumberSyntax {

    private static final String SPACE = "[\\s\\u00A0]*";
    private static final String THI = "ที่";

    /** Unit code, slash, optional ว, number: groups unit, circular, number. */
    private static final String TAIL =
            "(?<unit>"
                    + Codes.UNIT_CODE
                    + ")"
                    + SPACE
                    + "/"
                    + SPACE
                    + "(?<circular>ว"
                    + SPACE
                    + ")?(?<number>[0-9]+)";

    private static final Pattern WHOLE =
            Pattern.compile(
                    SPACE
                            + "(?:"
                            + THI
                            + SPACE
                            + ")?(?:(?<code>"
                            + Codes.LETTER_CODE
                            + ")"
                            + SPACE
                            + ")?"
                            + TAIL
                            + SPACE);

    /** No Thai character before: the start of a word. */
    private static final String WORD_START = "(?<![\\u0E00-\\u0E7F])";

    /**
     * In running text a number needs a letter code, or else the word ที่ standing alone (not the
     * end of เลขที่, วันที่): {@code ที่ 12/2562}. A letter code must start a word or follow ที่.
     * The number must not go on as a date or a decimal ({@code 14/01/2562}, {@code 5/1.5}).
     */
    static final Pattern IN_TEXT =
            Pattern.compile(
                    "(?:"
                            + WORD_START
                            + THI
                            + SPACE
                            + "(?:(?<code1>"
                            + Codes.LETTER_CODE
                            + ")"
                            + SPACE
                            + ")?|"
                            + THI
                            + SPACE
                            + "(?<code2>"
                            + Codes.LETTER_CODE
                            + ")"
                            + SPACE
                            + "|"
                            + WORD_START
                            + "(?<code3>"
                            + Codes.LETTER_CODE
                            + ")"
                            + SPACE
                            + ")"
                            + TAIL
                            + "(?![0-9]|[./][0-9])");

    /** Longer numbers are not running numbers (and would not fit an int). */
    private static final int MAX_NUMBER_DIGITS = 9;

    private ReferenceNumberSyntax() {}

    static ReferenceNumber parse(String text) {
        Matcher m = WHOLE.matcher(prepare(text));
        ReferenceNumber number = m.matches() ? toNumber(m, m.group("code")) : null;
        if (number == null) {
            throw new IllegalArgumentException("not a reference number: " + text);
        }
        return number;
    }

    /**
     * The numbers in running text, in order. Every number has a slash, and a long letter's body has
     * few: rather than trying the pattern at each of its characters, each slash is looked at in a
     * window around it that holds every match the slash can belong to (see {@link #windowStart} and
     * {@link #windowEnd}); the matches, and their order, are those of one search of the whole text.
     */
    static List<ReferenceNumber> findAll(String text) {
        if (text.indexOf('/') < 0) {
            return List.of();
        }
        String prepared = prepare(text);
        List<ReferenceNumber> found = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(prepared).useTransparentBounds(true).useAnchoringBounds(false);
        int searched = 0;
        for (int slash = prepared.indexOf('/');
                slash >= 0;
                slash = prepared.indexOf('/', slash + 1)) {
            if (slash < searched) {
                continue;
            }
            m.region(Math.max(searched, windowStart(prepared, slash)), windowEnd(prepared, slash));
            if (!m.find()) {
                continue;
            }
            searched = m.end();
            String code = firstNonNull(m.group("code1"), m.group("code2"), m.group("code3"));
            ReferenceNumber number = toNumber(m, code);
            if (number != null) {
                found.add(number);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Where a number whose slash is at {@code slash} can start, at the earliest: back over the unit
     * code and spaces ({@code 0017.2 }), two letters of a letter code, spaces, and the three of
     * {@code ที่}. Erring early costs nothing: the window holds no other slash that could match.
     */
    private static int windowStart(String text, int slash) {
        int i = slash;
        while (i > 0 && isSpaceOrUnitCode(text.charAt(i - 1))) {
            i--;
        }
        i = Math.max(0, i - 2);
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return Math.max(0, i - THI.length());
    }

    /**
     * Where a number whose slash is at {@code slash} ends, at the latest: past spaces, ว and the
     * digits of the number. The pattern's look-ahead past the end still sees the text beyond.
     */
    private static int windowEnd(String text, int slash) {
        int i = slash + 1;
        while (i < text.length() && (isSpaceOrUnitCode(text.charAt(i)) || text.charAt(i) == 'ว')) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isSpaceOrUnitCode(char c) {
        return isSpace(c) || (c >= '0' && c <= '9') || c == '.';
    }

    static String prepare(String text) {
        return ThaiDigits.toArabic(ThaiNormalizer.normalize(text));
    }

    /** The number the match stands for, or {@code null} when its digits are out of range. */
    static ReferenceNumber toNumber(Matcher m, String code) {
        String unit = m.group("unit");
        boolean circular = m.group("circular") != null;
        String digits = m.group("number");
        if (digits.length() > MAX_NUMBER_DIGITS || Integer.parseInt(digits) == 0) {
            return null;
        }
        int number = Integer.parseInt(digits);
        if (code == null && !circular && looksLikeOrder(unit, digits)) {
            return ReferenceNumber.order(Integer.parseInt(unit), number);
        }
        return ReferenceNumber.letter(code, unit, circular, number);
    }

    /**
     * {@code 12/2562}: a plain number without leading zero (unit codes have one: 0017, 0212) over a
     * four-digit Buddhist-Era year.
     */
    private static boolean looksLikeOrder(String unit, String digits) {
        if (unit.contains(".")
                || unit.startsWith("0")
                || unit.length() > MAX_NUMBER_DIGITS
                || digits.length() != 4) {
            return false;
        }
        int year = Integer.parseInt(digits);
        return year >= ReferenceNumber.FIRST_YEAR && year <= ReferenceNumber.LAST_YEAR;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
