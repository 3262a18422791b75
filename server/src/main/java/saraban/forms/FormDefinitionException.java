package saraban.forms;

/**
 * A definition file that cannot be used; the message names the file and the field: {@code
 * templates/forms/district-projects/form.json: fields[2].type: unknown type 'number'; use one of
 * …}.
 */
public final class FormDefinitionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    FormDefinitionException(String file, String path, String message) {
        super(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    FormDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
