package saraban.letters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** ชั้นความลับ: printed in red at the top and bottom centre of every page. */
public enum Secrecy {
    CONFIDENTIAL("ลับ"),
    SECRET("ลับมาก"),
    TOP_SECRET("ลับที่สุด");

    private final String thai;

    Secrecy(String thai) {
        this.thai = thai;
    }

    @JsonValue
    public String thai() {
        return thai;
    }

    /** Accepts the Thai word (ลับมาก) or the constant's name (SECRET, top-secret). */
    @JsonCreator
    public static Secrecy parse(String text) {
        String t = text.strip();
        for (Secrecy s : values()) {
            if (s.thai.equals(t) || s.name().equalsIgnoreCase(t.replace('-', '_'))) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "not a secrecy grade: " + text + " (ลับ, ลับมาก, ลับที่สุด)");
    }
}
