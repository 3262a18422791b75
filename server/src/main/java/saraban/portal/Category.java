package saraban.portal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a library document is, as the forms page groups them. */
public enum Category {
    FORM("แบบฟอร์ม"),
    MANUAL("คู่มือ"),
    OTHER("อื่น ๆ");

    private final String thai;

    Category(String thai) {
        this.thai = thai;
    }

    /** The name in the API and the database: {@code form}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String thai() {
        return thai;
    }

    /**
     * Accepts {@code form}, {@code manual}, {@code other} or the Thai names.
     *
     * @throws IllegalArgumentException {@code "not a category: … (form, manual, other)"}
     */
    @JsonCreator
    public static Category parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Category c : values()) {
            if (c.id().equalsIgnoreCase(t)
                    || c.thai.equals(t)
                    || c.thai.replace(" ", "").equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a category: " + text + " (form, manual, other)");
    }
}
