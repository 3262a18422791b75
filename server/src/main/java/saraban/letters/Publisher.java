package saraban.letters;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import saraban.audit.AuditLog;
import saraban.search.SearchQueue;
import saraban.storage.Database;
import saraban.storage.FileStore;

/**
 * Enclosure files and publication of letters, for {@link LetterService}: each change is one
 * transaction with its audit event and search-queue rows.
 */
final class Publisher {
    /** Enough for any circular; more is a sign of a mistake (a folder uploaded file by file). */
    static final int MAX_ATTACHMENTS = 50;

    private final Database db;
    private final FileStore files;
    private final LetterStore store;
    private final AuditLog audit;
    private final Clock clock;

    Publisher(Database db, FileStore files, LetterStore store, AuditLog audit, Clock clock) {
        this.db = db;
        this.files = files;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Refuses what can never be published (a letter with ชั้นความลับ), what is not issued, and,
     * unless {@code anyKind}, a letter that is not a circular, an order or an announcement.
     */
    static void checkPublishable(StoredLetter letter, boolean anyKind, boolean issuing) {
        if (letter.draft().secrecy() != null) {
            throw LetterProblems.secretNotPublishable(letter, letter.draft().secrecy());
        }
        if (!issuing && letter.status() != StoredLetter.Status.ISSUED) {
            throw LetterProblems.notIssuedForPublishing(letter.id());
        }
        boolean publicKind =
                letter.draft().circular()
                        || letter.kind() == LetterKind.ORDER
                        || letter.kind() == LetterKind.ANNOUNCEMENT;
        if (!anyKind && !publicKind) {
            throw LetterProblems.notACircular(letter);
        }
    }

    /** Publishes an issued letter on the caller's transaction. */
    StoredLetter publish(Connection c, StoredLetter before, String actor) throws SQLException {
        if (!store.markPublished(c, before.id(), clock.instant(), actor)) {
            throw LetterProblems.notIssuedForPublishing(before.id());
        }
        StoredLetter after = store.find(c, before.id());
        audit.record(c, actor, "letter.publish", "letter/" + before.id(), before, after);
        SearchQueue.enqueue(c, SearchQueue.publication(before.id()));
        return after;
    }

    StoredLetter publish(long id, boolean anyKind, String actor) {
        return db.inTransaction(
                c -> {
                    StoredLetter before = store.find(c, id);
                    if (before == null) {
                        throw LetterProblems.notFound(id);
                    }
                    checkPublishable(before, anyKind, false);
                    return publish(c, before, actor);
                });
    }

    StoredLetter withdraw(long id, String reason, String actor) {
        return db.inTransaction(
                c -> {
                    StoredLetter before = store.find(c, id);
                    if (before == null) {
                        throw LetterProblems.notFound(id);
                    }
                    if (!store.markWithdrawn(c, id, reason, clock.instant(), actor)) {
                        throw LetterProblems.notPublished(id);
                    }
                    StoredLetter after = store.find(c, id);
                    audit.record(c, actor, "letter.unpublish", "letter/" + id, before, after);
                    SearchQueue.enqueue(c, SearchQueue.publication(id));
                    return after;
                });
    }

    /** Stores the file and its row in one transaction: neither is kept without the other. */
    Attachment attach(long id, Upload upload, String title, String actor) {
        return db.inTransaction(
                c -> {
                    StoredLetter before = store.find(c, id);
                    if (before == null) {
                        throw LetterProblems.notFound(id);
                    }
                    if (before.attachments().size() >= MAX_ATTACHMENTS) {
                        throw LetterProblems.tooManyAttachments(MAX_ATTACHMENTS);
                    }
                    String sha256 = files.put(upload.bytes(), upload.mediaType());
                    int number =
                            store.attachments()
                                    .insert(c, id, upload, title, sha256, clock.instant(), actor);
                    StoredLetter after = store.find(c, id);
                    audit.record(c, actor, "letter.attach", "letter/" + id, before, after);
                    if (after.published()) {
                        SearchQueue.enqueue(c, SearchQueue.publication(id));
                    }
                    return after.attachments().stream()
                            .filter(a -> a.number() == number)
                            .findFirst()
                            .orElseThrow();
                });
    }

    Attachment attachment(long id, int number) {
        return db.read(
                c -> {
                    StoredLetter letter = store.find(c, id);
                    if (letter == null) {
                        throw LetterProblems.notFound(id);
                    }
                    return letter.attachments().stream()
                            .filter(a -> a.number() == number)
                            .findFirst()
                            .orElseThrow(() -> LetterProblems.attachmentNotFound(id, number));
                });
    }

    InputStream open(Attachment attachment) {
        return files.open(attachment.sha256());
    }
}
