package saraban.portal;

import java.time.Instant;

/**
 * One upload of a library document; a newer upload never replaces it, and it stays downloadable at
 * {@code /portal/forms/{id}/versions/{version}}.
 *
 * @param note what changed, as the clerk wrote it; may be {@code null}
 */
public record LibraryVersion(
        int version,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        String note,
        Instant createdAt,
        String createdBy) {}
