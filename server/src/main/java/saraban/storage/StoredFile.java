package saraban.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * What the file store knows about one stored file; the bytes are read with {@link FileStore#open}.
 *
 * @param sha256 lower-case hex SHA-256 of the bytes: the file's name
 * @param size in bytes
 * @param mediaType as given when first stored, e.g. {@code application/pdf}
 * @param createdAt when it was first stored
 */
public record StoredFile(String sha256, long size, String mediaType, Instant createdAt) {
    public StoredFile {
        Sha256.check(sha256);
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, not " + size);
        }
        FileRows.checkMediaType(mediaType);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
