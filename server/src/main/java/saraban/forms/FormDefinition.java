package saraban.forms;

import java.util.List;
import java.util.Objects;

/**
 * A form as its definition file describes it ({@code templates/forms/<id>/form.json}), in one
 * version: the first 12 hex digits of the SHA-256 of the definition and the print template
 * together, so any change to either is a new version and an old submission keeps its own.
 *
 * @param formNumber printed at the top right, like แบบ ผ.02
 * @param landscape whether the printed form is A4 landscape
 */
public record FormDefinition(
        String id,
        String version,
        String title,
        String formNumber,
        boolean landscape,
        List<FieldDefinition> fields) {

    public FormDefinition {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(version, "version must not be null");
        Objects.requireNonNull(title, "title must not be null");
        fields = List.copyOf(fields);
    }

    /** The top-level field named {@code name}, or {@code null}. */
    public FieldDefinition field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The fields that are not row groups. */
    public List<FieldDefinition> headerFields() {
        return fields.stream().filter(f -> f.type() != FieldType.ROWS).toList();
    }

    /** The row groups. */
    public List<FieldDefinition> rowGroups() {
        return fields.stream().filter(f -> f.type() == FieldType.ROWS).toList();
    }
}
