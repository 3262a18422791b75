package saraban.letters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kinds of official letter Saraban writes, each with its own template in {@code
 * templates/letters/}.
 */
public enum LetterKind {
    /** หนังสือภายนอก, also sent as a circular (หนังสือเวียน). */
    EXTERNAL("external", "หนังสือภายนอก"),
    /** บันทึกข้อความ (หนังสือภายใน): no closing. */
    MEMO("memo", "บันทึกข้อความ"),
    /** หนังสือประทับตรา: the agency's seal instead of a signature. */
    STAMPED("stamped", "หนังสือประทับตรา"),
    /** คำสั่ง, numbered n/พ.ศ. */
    ORDER("order", "คำสั่ง"),
    /** ประกาศ. */
    ANNOUNCEMENT("announcement", "ประกาศ");

    private final String id;
    private final String thaiName;

    LetterKind(String id, String thaiName) {
        this.id = id;
        this.thaiName = thaiName;
    }

    /** The name used in the API and as the template's file name. */
    @JsonValue
    public String id() {
        return id;
    }

    public String thaiName() {
        return thaiName;
    }

    @JsonCreator
    public static LetterKind fromId(String id) {
        for (LetterKind kind : values()) {
            if (kind.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "not a letter kind: " + id + " (external, memo, stamped, order, announcement)");
    }
}
