package saraban.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * PostgreSQL's file store: the bytes in the {@code files} row itself, so that every node sees every
 * file and a database backup holds them all. Files are read whole into memory (letters and their
 * enclosures are megabytes, not gigabytes) and checked before they are handed out.
 */
final class FilesInDatabase implements FileStore {
    private final Database db;

    FilesInDatabase(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public String put(InputStream content, String mediaType) {
        try {
            return put(content.readAllBytes(), mediaType);
        } catch (IOException e) {
            throw new StorageException("cannot read the file to store: " + e, e);
        }
    }

    @Override
    public String put(byte[] content, String mediaType) {
        FileRows.checkMediaType(mediaType);
        String sha256 = Sha256.of(content);
        StoredFile file = new StoredFile(sha256, content.length, mediaType, db.clock().instant());
        FileRows.insert(db, file, content);
        return sha256;
    }

    @Override
    public Optional<StoredFile> get(String sha256) {
        return FileRows.find(db, sha256);
    }

    @Override
    public InputStream open(String sha256) {
        Sha256.check(sha256);
        byte[] content =
                db.read(c -> row(c, sha256))
                        .orElseThrow(() -> new StorageException("no stored file " + sha256))
                        .content();
        if (content == null) {
            throw new CorruptFileException(sha256, "its row has no bytes");
        }
        String actual = Sha256.of(content);
        if (!actual.equals(sha256)) {
            throw new CorruptFileException(sha256, "its bytes hash to " + actual);
        }
        return new ByteArrayInputStream(content);
    }

    /** A file's row; its content is null if the bytes are gone. */
    private record Row(byte[] content) {}

    private static Optional<Row> row(Connection c, String sha256) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("SELECT content FROM files WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Row(row.getBytes(1))) : Optional.empty();
            }
        }
    }

    @Override
    public boolean exists(String sha256) {
        return get(sha256).isPresent();
    }
}
