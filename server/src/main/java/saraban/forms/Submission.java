package saraban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * What an office filled in: a draft, or a submission with its revision (1 for the first, 2 for the
 * one sent again, …; earlier ones are kept). The JSON of {@code GET /api/submissions/{id}}.
 *
 * @param version the form version it was made with and renders with
 * @param request the circular's request it answers, or {@code null}
 * @param data as typed for a draft, normalised once submitted
 * @param late submitted after the request's deadline
 * @param source {@code JSON} or {@code PDF} (read from an uploaded fillable PDF)
 * @param problems what would stop a draft from being submitted; empty once submitted
 */
public record Submission(
        long id,
        String form,
        String version,
        String office,
        Long request,
        Status status,
        Integer revision,
        JsonNode data,
        boolean late,
        String source,
        String uploadSha256,
        String pdfSha256,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant submittedAt,
        List<FieldError> problems) {

    /** Where a submission stands. */
    public enum Status {
        DRAFT,
        SUBMITTED
    }

    Submission withProblems(List<FieldError> found) {
        return new Submission(
                id,
                form,
                version,
                office,
                request,
                status,
                revision,
                data,
                late,
                source,
                uploadSha256,
                pdfSha256,
                createdAt,
                createdBy,
                updatedAt,
                updatedBy,
                submittedAt,
                List.copyOf(found));
    }
}
