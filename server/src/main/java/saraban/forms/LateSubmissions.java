package saraban.forms;

import java.util.Locale;

/** What happens to a submission after its request's deadline ({@code SARABAN_LATE_SUBMISSIONS}). */
public enum LateSubmissions {
    /** Taken, and marked late. */
    ACCEPT,
    /** Refused with {@code SUBMISSION_LATE}. */
    REFUSE;

    /** {@code accept} or {@code refuse}, in any case. */
    public static LateSubmissions parse(String text) {
        for (LateSubmissions l : values()) {
            if (l.name().equalsIgnoreCase(text.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException(
                "SARABAN_LATE_SUBMISSIONS must be accept or refuse, not '"
                        + text.toLowerCase(Locale.ROOT)
                        + "'");
    }
}
