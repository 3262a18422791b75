package saraban.thai;

/** How a character takes part in Thai mark positioning. */
enum ThaiClass {
    /** Not Thai, a spacing vowel, a digit or a space: no marks attach across it. */
    NONE,
    /** A consonant whose marks sit in their default places, like ก, and ฬ (see below). */
    NORMAL,
    /**
     * ป ฝ ฟ: their ascender pushes marks to the left. Not ฬ, though Windows' rules list it: in
     * Laksaman and TH Sarabun its top stays below the marks, their GPOS leaves its marks in place,
     * and HarfBuzz's own fallback for fonts without GPOS leaves ฬ out too.
     */
    ASCENDER,
    /** ญ ฐ: their tail is dropped to make room for a lower vowel. */
    REMOVABLE_DESCENDER,
    /** ฎ ฏ: their tail stays, so a lower vowel moves down. */
    STRICT_DESCENDER,
    /** ั ิ ี ึ ื ็ ํ. */
    UPPER_VOWEL,
    /** ุ ู ฺ. */
    LOWER_VOWEL,
    /** ่ ้ ๊ ๋ and ์. */
    TONE,
    /** ๎, a mark without variants. */
    OTHER_MARK;

    /** Whether this class attaches to the consonant before it. */
    boolean isMark() {
        return this == UPPER_VOWEL || this == LOWER_VOWEL || this == TONE || this == OTHER_MARK;
    }

    static ThaiClass of(char c) {
        if (c < '\u0E01' || c > '\u0E4E') {
            return NONE;
        }
        return switch (c) {
            case '\u0E1B', '\u0E1D', '\u0E1F' -> ASCENDER;
            case '\u0E0D', '\u0E10' -> REMOVABLE_DESCENDER;
            case '\u0E0E', '\u0E0F' -> STRICT_DESCENDER;
            case '\u0E31', '\u0E34', '\u0E35', '\u0E36', '\u0E37', '\u0E47', '\u0E4D' ->
                    UPPER_VOWEL;
            case '\u0E38', '\u0E39', '\u0E3A' -> LOWER_VOWEL;
            case '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C' -> TONE;
            case '\u0E4E' -> OTHER_MARK;
            default -> c <= '\u0E2E' ? NORMAL : NONE;
        };
    }
}
