package saraban.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * ชั้นความลับ of a document, and the clearance of the person searching: a document is found only by
 * someone cleared for its level or higher. Levels are ordered, {@link #NONE} lowest.
 */
public enum SecrecyLevel {
    /** No secrecy mark: every user may find it. */
    NONE("ปกติ"),
    CONFIDENTIAL("ลับ"),
    SECRET("ลับมาก"),
    TOP_SECRET("ลับที่สุด");

    private final String thai;

    SecrecyLevel(String thai) {
        this.thai = thai;
    }

    /** The word printed on the letter ({@code ลับมาก}), or {@code ปกติ} for none. */
    @JsonValue
    public String thai() {
        return thai;
    }

    /** Whether someone with this clearance may find a document marked {@code document}. */
    public boolean clears(SecrecyLevel document) {
        return compareTo(document) >= 0;
    }

    /**
     * Reads a level written in Thai ({@code ลับมาก}) or by name in any case ({@code SECRET}, {@code
     * top-secret}); {@code null} or blank is {@link #NONE}.
     *
     * @throws IllegalArgumentException {@code "not a secrecy level: ..."}
     */
    public static SecrecyLevel parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String t = text.strip();
        for (SecrecyLevel level : values()) {
            if (level.thai.equals(t)
                    || level.name().equals(t.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                return level;
            }
        }
        throw new IllegalArgumentException(
                "not a secrecy level: " + text + " (ปกติ, ลับ, ลับมาก, ลับที่สุด)");
    }
}
