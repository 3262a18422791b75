package saraban.forms;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a form field holds; a definition names it in lower case ({@code "amount"}). */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    LONGTEXT,
    /** A whole number, Thai or Arabic digits. */
    INTEGER,
    /** Baht and satang, Thai or Arabic digits, thousands separators allowed. */
    AMOUNT,
    /**
     * A date: ISO ({@code 2019-05-20}) or Thai with a Buddhist-Era year ({@code ๒๐ พฤษภาคม ๒๕๖๒}).
     */
    DATE,
    /** One of the definition's {@code choices}. */
    CHOICE,
    /** An office of the directory, by id or by name. */
    OFFICE,
    /** A repeating group of rows, each with the group's own {@code fields}. */
    ROWS;

    /** The name a definition uses. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a definition names, or {@code null}. */
    static FieldType fromJson(String name) {
        for (FieldType t : values()) {
            if (t.jsonName().equals(name)) {
                return t;
            }
        }
        return null;
    }

    static String allNames() {
        return Arrays.stream(values()).map(FieldType::jsonName).collect(Collectors.joining(", "));
    }
}
