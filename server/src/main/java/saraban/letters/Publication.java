package saraban.letters;

import java.time.Instant;

/**
 * A letter's life on the public portal. Once published its portal address belongs to it for good:
 * withdrawn, the address answers 410 Gone; published again, it answers again.
 *
 * @param withdrawnAt when it was taken off the portal, or {@code null} while it is on it
 * @param withdrawnReason why, as shown on the portal's 410 page; may be {@code null}
 */
public record Publication(
        Instant publishedAt,
        String publishedBy,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawnReason) {

    /** Whether the letter is on the portal now. */
    public boolean live() {
        return withdrawnAt == null;
    }
}
