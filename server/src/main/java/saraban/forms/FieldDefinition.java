package saraban.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One input of a form: its machine name (used in field paths such as {@code projects[3].budget2563}
 * and in the fillable PDF), its Thai label, type and limits. A field of type {@link FieldType#ROWS}
 * holds the fields of each row and how many rows there may be.
 *
 * @param maxLength longest text, in characters; {@code null} for no limit beyond the default
 * @param min smallest number allowed (integer, amount); {@code null} for none
 * @param max largest number allowed (integer, amount); {@code null} for none
 * @param choices the values a choice may take
 * @param hint a short Thai example shown with the input
 * @param submitter for an office field: the office that submits when the data leaves it out
 * @param blankRows rows printed on the blank form
 */
public record FieldDefinition(
        String name,
        String label,
        FieldType type,
        boolean required,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        List<String> choices,
        String hint,
        boolean submitter,
        int minRows,
        int maxRows,
        int blankRows,
        List<FieldDefinition> fields) {

    /** Text longer than this is refused even when a definition sets no {@code maxLength}. */
    public static final int DEFAULT_MAX_LENGTH = 2000;

    public FieldDefinition {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(type, "type must not be null");
        choices = List.copyOf(choices);
        fields = List.copyOf(fields);
    }

    /** The longest text this field takes. */
    public int textLimit() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    /** The row field named {@code child}, or {@code null}. */
    public FieldDefinition field(String child) {
        return fields.stream().filter(f -> f.name().equals(child)).findFirst().orElse(null);
    }
}
