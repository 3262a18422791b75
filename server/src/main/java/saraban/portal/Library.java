package saraban.portal;

import java.time.Clock;
import saraban.audit.AuditLog;
import saraban.letters.Upload;
import saraban.registers.RegisterService;
import saraban.search.SearchQueue;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.web.Json;

/**
 * The clerk's side of the library: documents added, new versions, withdrawal; each one transaction
 * with its file, its audit event and its search-queue row.
 */
final class Library {
    private final Database db;
    private final FileStore files;
    private final RegisterService registers;
    private final LibraryStore store;
    private final AuditLog audit;
    private final Clock clock;

    Library(
            Database db,
            FileStore files,
            RegisterService registers,
            LibraryStore store,
            Clock clock) {
        this.db = db;
        this.files = files;
        this.registers = registers;
        this.store = store;
        this.audit = new AuditLog(db.dialect(), clock, Json.mapper());
        this.clock = clock;
    }

    LibraryDocument add(NewDocument d, Upload upload, String note, String actor) {
        registers.office(d.office());
        return db.inTransaction(
                c -> {
                    long id = store.insert(c, d, clock.instant(), actor);
                    String sha256 = files.put(upload.bytes(), upload.mediaType());
                    store.addVersion(c, id, upload, sha256, note, clock.instant(), actor);
                    LibraryDocument saved = store.find(c, id);
                    audit.record(c, actor, "library.add", entity(id), null, saved);
                    SearchQueue.enqueue(c, SearchQueue.libraryDocument(id));
                    return saved;
                });
    }

    LibraryDocument addVersion(long id, Upload upload, String note, String actor) {
        return db.inLockingTransaction(
                c -> {
                    if (!store.lock(c, id)) {
                        throw PortalProblems.documentNotFound(id);
                    }
                    LibraryDocument before = store.find(c, id);
                    if (!before.live()) {
                        throw PortalProblems.documentWithdrawn(id);
                    }
                    String sha256 = files.put(upload.bytes(), upload.mediaType());
                    store.addVersion(c, id, upload, sha256, note, clock.instant(), actor);
                    LibraryDocument after = store.find(c, id);
                    audit.record(c, actor, "library.version", entity(id), before, after);
                    SearchQueue.enqueue(c, SearchQueue.libraryDocument(id));
                    return after;
                });
    }

    LibraryDocument withdraw(long id, String actor) {
        return db.inTransaction(
                c -> {
                    LibraryDocument before = store.find(c, id);
                    if (before == null) {
                        throw PortalProblems.documentNotFound(id);
                    }
                    if (!store.withdraw(c, id, clock.instant(), actor)) {
                        throw PortalProblems.documentWithdrawn(id);
                    }
                    LibraryDocument after = store.find(c, id);
                    audit.record(c, actor, "library.withdraw", entity(id), before, after);
                    SearchQueue.enqueue(c, SearchQueue.libraryDocument(id));
                    return after;
                });
    }

    private static String entity(long id) {
        return "library/" + id;
    }
}
