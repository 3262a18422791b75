package saraban.receiving;

import java.time.Instant;

/**
 * One receipt of an incoming letter by one office: the central registry's, or a unit's when the
 * letter was forwarded to it ({@code parentId}). The JSON of {@code GET /api/incoming/{id}}.
 *
 * @param receiptNumber เลขรับ as stamped, Thai digits
 * @param number the same as an integer, in the office's receive register of {@code year}
 * @param originalSha256 the file as it arrived (for scanned pages, the PDF made of them)
 * @param stampedSha256 the copy with every stamp so far, this office's last
 * @param details what the register records
 * @param extracted what the letter's text layer offered, whether used or not
 * @param stamp where the stamp went on page 1, and how the place was chosen
 */
public record IncomingLetter(
        long id,
        String office,
        Long parentId,
        String receiptNumber,
        int number,
        int year,
        long registerEntryId,
        Instant receivedAt,
        String receivedBy,
        String originalSha256,
        String stampedSha256,
        Source source,
        int pageCount,
        IncomingDetails details,
        IncomingDetails extracted,
        StampPlacement stamp) {

    /** What arrived: a PDF, or scanned pages made into one. */
    public enum Source {
        PDF,
        IMAGES
    }

    /**
     * Where a stamp was put: page, rectangle in points from the lower left, and how the place was
     * found ({@code FREE_SPACE}, {@code SHRUNK}, {@code MARGIN_STRIP}).
     */
    public record StampPlacement(
            int page,
            float x,
            float y,
            float width,
            float height,
            String placement,
            boolean incremental) {}
}
