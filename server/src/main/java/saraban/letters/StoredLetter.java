package saraban.letters;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A letter kept by Saraban: a draft until it is issued, then numbered, dated and frozen with its
 * PDF. The JSON of {@code GET /api/letters/{id}}.
 *
 * @param office the id of the office the letter is from
 * @param referenceNumber the number as printed after ที่, in the letter's digits; {@code null} on a
 *     draft
 * @param date the date printed on the letter; {@code null} on a draft
 * @param registerEntryId the letter's row in its send (or circular, order, announcement) register
 * @param pdfSha256 the issued PDF in the file store
 */
public record StoredLetter(
        long id,
        String office,
        Status status,
        LetterKind kind,
        String subject,
        String referenceNumber,
        LocalDate date,
        LetterDraft draft,
        Long registerEntryId,
        String pdfSha256,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant issuedAt,
        String issuedBy) {

    /** Where a letter stands. */
    public enum Status {
        DRAFT,
        ISSUED
    }
}
