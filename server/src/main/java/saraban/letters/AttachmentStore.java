package saraban.letters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import saraban.storage.Dialect;

/** The {@code letter_attachments} table, on the caller's connection. */
final class AttachmentStore {
    private final Dialect dialect;

    AttachmentStore(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Adds the next-numbered attachment of letter {@code id}; returns its number. */
    int insert(
            Connection c,
            long id,
            Upload upload,
            String title,
            String sha256,
            Instant now,
            String actor)
            throws SQLException {
        int number;
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT COALESCE(MAX(position), 0) + 1 FROM letter_attachments"
                                + " WHERE letter_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                number = r.getInt(1);
            }
        }
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO letter_attachments (letter_id, position, file_name, title,"
                                + " media_type, size, sha256, created_at, created_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setInt(2, number);
            s.setString(3, upload.fileName());
            s.setString(4, title);
            s.setString(5, upload.mediaType());
            s.setLong(6, upload.bytes().length);
            s.setString(7, sha256);
            dialect.setInstant(s, 8, now);
            s.setString(9, actor);
            s.executeUpdate();
        }
        return number;
    }

    /** The letter's attachments by number. */
    List<Attachment> list(Connection c, long id) throws SQLException {
        List<Attachment> all = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT position, file_name, title, media_type, size, sha256, created_at,"
                                + " created_by FROM letter_attachments WHERE letter_id = ?"
                                + " ORDER BY position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(
                            new Attachment(
                                    r.getInt("position"),
                                    r.getString("file_name"),
                                    r.getString("title"),
                                    r.getString("media_type"),
                                    r.getLong("size"),
                                    r.getString("sha256"),
                                    dialect.getInstant(r, "created_at"),
                                    r.getString("created_by")));
                }
            }
        }
        return all;
    }
}
