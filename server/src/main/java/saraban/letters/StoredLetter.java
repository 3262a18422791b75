package saraban.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
 * @param publication its life on the public portal; {@code null} when it was never published
 * @param attachments its enclosure files, by number
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
        String issuedBy,
        Publication publication,
        List<Attachment> attachments) {

    public StoredLetter {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Whether the letter is on the public portal now. */
    @com.fasterxml.jackson.annotation.JsonProperty("published")
    public boolean published() {
        return publication != null && publication.live();
    }

    /** Where a letter stands. */
    public enum Status {
        DRAFT,
        ISSUED
    }
}
