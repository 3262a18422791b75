package saraban.portal;

import java.time.Instant;
import java.util.List;

/**
 * A standalone download of the portal's library (a form, a manual): the JSON of {@code GET
 * /api/portal/documents/{id}}.
 *
 * @param year the Buddhist-Era year it belongs to
 * @param versions oldest first; the last is the current one
 * @param withdrawnAt when it was taken off the portal, or {@code null}
 */
public record LibraryDocument(
        long id,
        String office,
        String title,
        Category category,
        int year,
        String description,
        Instant createdAt,
        String createdBy,
        Instant withdrawnAt,
        List<LibraryVersion> versions) {

    public LibraryDocument {
        versions = List.copyOf(versions);
    }

    /** The newest version. */
    public LibraryVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** Whether it is on the portal now. */
    public boolean live() {
        return withdrawnAt == null;
    }
}
