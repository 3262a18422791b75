package saraban.forms;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A circular's request for a form: which issued letter asks, for which form, by when (a date in
 * Bangkok; a submission on a later day is late).
 */
public record FormRequest(
        long id,
        long letterId,
        String referenceNumber,
        String subject,
        String form,
        LocalDate deadline,
        Instant createdAt,
        String createdBy) {}
