package saraban.forms;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a form as kept in the database: its definition, the print template it was
 * published with, and when it was first seen. Submissions made with it render with it for good.
 */
public record StoredVersion(
        FormDefinition definition, String definitionJson, String template, Instant createdAt) {
    public StoredVersion {
        Objects.requireNonNull(definition, "definition must not be null");
        Objects.requireNonNull(definitionJson, "definitionJson must not be null");
        Objects.requireNonNull(template, "template must not be null");
    }
}
