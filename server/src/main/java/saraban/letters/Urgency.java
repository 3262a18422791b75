package saraban.letters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** ชั้นความเร็ว: printed in red, at least 32 pt, at the top of the letter. */
public enum Urgency {
    URGENT("ด่วน"),
    VERY_URGENT("ด่วนมาก"),
    MOST_URGENT("ด่วนที่สุด");

    private final String thai;

    Urgency(String thai) {
        this.thai = thai;
    }

    @JsonValue
    public String thai() {
        return thai;
    }

    /** Accepts the Thai word (ด่วนที่สุด) or the constant's name (MOST_URGENT, most-urgent). */
    @JsonCreator
    public static Urgency parse(String text) {
        String t = text.strip();
        for (Urgency u : values()) {
            if (u.thai.equals(t) || u.name().equalsIgnoreCase(t.replace('-', '_'))) {
                return u;
            }
        }
        throw new IllegalArgumentException(
                "not an urgency: " + text + " (ด่วน, ด่วนมาก, ด่วนที่สุด)");
    }
}
