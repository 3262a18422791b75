package saraban;

import java.util.Objects;

/**
 * What went wrong, for the caller: a stable {@code code} for programs, an English {@code title} for
 * logs, a Thai {@code message} for people, the offending {@code field} when there is one, and the
 * HTTP status.
 */
public record Problem(int status, String code, String title, String message, String field) {

    public Problem {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx, not " + status);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
    }

    /** A 400 about one field of the request. */
    public static Problem badField(String code, String field, String title, String message) {
        return new Problem(400, code, title, message, field);
    }
}
