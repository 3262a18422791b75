package saraban.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code files} table, as both file stores use it. */
final class FileRows {
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*");

    private FileRows() {}

    static String checkMediaType(String mediaType) {
        if (mediaType == null
                || mediaType.length() > 255
                || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException(
                    "mediaType must be a type/subtype such as application/pdf, not " + mediaType);
        }
        return mediaType;
    }

    /** Records a file unless it is recorded already; {@code content} is null for files on disk. */
    static void insert(Database db, StoredFile file, byte[] content) {
        db.inTransaction(
                c -> {
                    try (PreparedStatement insert =
                            c.prepareStatement(
                                    "INSERT INTO files (sha256, size, media_type, created_at,"
                                            + " content) VALUES (?, ?, ?, ?, ?)"
                                            + " ON CONFLICT (sha256) DO NOTHING")) {
                        insert.setString(1, file.sha256());
                        insert.setLong(2, file.size());
                        insert.setString(3, file.mediaType());
                        db.dialect().setInstant(insert, 4, file.createdAt());
                        insert.setBytes(5, content);
                        return insert.executeUpdate();
                    }
                });
    }

    static Optional<StoredFile> find(Database db, String sha256) {
        Sha256.check(sha256);
        return db.read(
                c -> {
                    try (PreparedStatement select =
                            c.prepareStatement(
                                    "SELECT size, media_type, created_at FROM files"
                                            + " WHERE sha256 = ?")) {
                        select.setString(1, sha256);
                        try (ResultSet row = select.executeQuery()) {
                            return row.next()
                                    ? Optional.of(
                                            new StoredFile(
                                                    sha256,
                                                    row.getLong("size"),
                                                    row.getString("media_type"),
                                                    db.dialect().getInstant(row, "created_at")))
                                    : Optional.empty();
                        }
                    }
                });
    }
}
