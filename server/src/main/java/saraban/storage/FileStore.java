package saraban.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files stored once by the SHA-256 of their bytes: storing the same bytes again returns the same
 * name and stores nothing new. Bytes are checked against their name whenever they are read.
 *
 * <pre>{@code
 * FileStore files = FileStore.open(db, settings.dataDir());
 * String sha256 = files.put(pdf, "application/pdf");
 * try (InputStream in = files.open(sha256)) { ... }
 * }</pre>
 *
 * <p>With SQLite the bytes are files under {@code dataDir/files/ab/cd/<sha256>}, written in full
 * and flushed to disk before they appear under their name, never overwritten; with PostgreSQL they
 * live in the database, so that every node sees them. Called inside {@link Database#inTransaction},
 * {@code put} joins that transaction. Safe to use from many threads.
 */
public interface FileStore {
    /**
     * Stores {@code content} (read to its end, not closed) and returns its SHA-256 in lower-case
     * hex. Storing bytes already stored changes nothing, not even their media type.
     */
    String put(InputStream content, String mediaType);

    /** As {@link #put(InputStream, String)}, for bytes in memory. */
    String put(byte[] content, String mediaType);

    /** What is stored under {@code sha256}, or empty. */
    Optional<StoredFile> get(String sha256);

    /**
     * The stored bytes. The stream throws {@link CorruptFileException} rather than end normally if
     * the bytes no longer match {@code sha256}.
     *
     * @throws StorageException if nothing is stored under {@code sha256}
     */
    InputStream open(String sha256);

    /** Whether bytes are stored under {@code sha256}. */
    boolean exists(String sha256);

    /**
     * The file store of {@code database}: files under {@code dataDir/files/} for SQLite, the {@code
     * files} table for PostgreSQL ({@code dataDir} unused).
     */
    static FileStore open(Database database, Path dataDir) {
        return database.dialect() == Dialect.SQLITE
                ? new FilesOnDisk(database, dataDir.resolve("files"))
                : new FilesInDatabase(database);
    }
}
