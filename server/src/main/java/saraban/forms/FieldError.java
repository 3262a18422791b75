package saraban.forms;

import java.util.Objects;

/**
 * One thing wrong with a submission: the field's path ({@code projects[3].budget2563}, rows counted
 * from 0), a stable code ({@code NOT_AN_AMOUNT}), an English title and a Thai message that names
 * the field as the form labels it and the row as people count it (from ๑).
 */
public record FieldError(String field, String code, String title, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
