package saraban.portal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import saraban.letters.Upload;
import saraban.storage.Dialect;

/**
 * The {@code library_documents} and {@code library_versions} tables, on the caller's connection.
 */
final class LibraryStore {
    private final Dialect dialect;

    LibraryStore(Dialect dialect) {
        this.dialect = dialect;
    }

    long insert(Connection c, NewDocument d, Instant now, String actor) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO library_documents (office_id, title, category, year,"
                                + " description, created_at, created_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, d.office());
            s.setString(2, d.title());
            s.setString(3, d.category().name());
            s.setInt(4, d.year());
            s.setString(5, d.description());
            dialect.setInstant(s, 6, now);
            s.setString(7, actor);
            try (ResultSet keys = s.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Adds the next version of document {@code id}; returns its number. */
    int addVersion(
            Connection c,
            long id,
            Upload upload,
            String sha256,
            String note,
            Instant now,
            String actor)
            throws SQLException {
        int version;
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT COALESCE(MAX(version), 0) + 1 FROM library_versions"
                                + " WHERE document_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                version = r.getInt(1);
            }
        }
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO library_versions (document_id, version, file_name, media_type,"
                                + " size, sha256, note, created_at, created_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setInt(2, version);
            s.setString(3, upload.fileName());
            s.setString(4, upload.mediaType());
            s.setLong(5, upload.bytes().length);
            s.setString(6, sha256);
            s.setString(7, note);
            dialect.setInstant(s, 8, now);
            s.setString(9, actor);
            s.executeUpdate();
        }
        return version;
    }

    boolean withdraw(Connection c, long id, Instant now, String actor) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE library_documents SET withdrawn_at = ?, withdrawn_by = ?"
                                + " WHERE id = ? AND withdrawn_at IS NULL")) {
            dialect.setInstant(s, 1, now);
            s.setString(2, actor);
            s.setLong(3, id);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Locks the document's row until commit, so that two uploads take turns for the next number.
     */
    boolean lock(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE library_documents SET year = year WHERE id = ?")) {
            s.setLong(1, id);
            return s.executeUpdate() == 1;
        }
    }

    LibraryDocument find(Connection c, long id) throws SQLException {
        List<LibraryDocument> found = select(c, " WHERE d.id = ?", List.of(id));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Documents still on the portal, optionally of one category and one office, newest first. */
    List<LibraryDocument> live(Connection c, Category category, String office) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE d.withdrawn_at IS NULL");
        List<Object> args = new ArrayList<>();
        if (category != null) {
            where.append(" AND d.category = ?");
            args.add(category.name());
        }
        if (office != null) {
            where.append(" AND d.office_id = ?");
            args.add(office);
        }
        return select(c, where.toString(), args);
    }

    private record Head(
            String office,
            String title,
            Category category,
            int year,
            String description,
            Instant createdAt,
            String createdBy,
            Instant withdrawnAt) {}

    private List<LibraryDocument> select(Connection c, String where, List<Object> args)
            throws SQLException {
        Map<Long, Head> docs = new LinkedHashMap<>();
        Map<Long, List<LibraryVersion>> versions = new LinkedHashMap<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT d.id, d.office_id, d.title, d.category, d.year, d.description,"
                                + " d.created_at AS d_created_at, d.created_by AS d_created_by,"
                                + " d.withdrawn_at, v.version, v.file_name, v.media_type, v.size,"
                                + " v.sha256, v.note, v.created_at, v.created_by"
                                + " FROM library_documents d JOIN library_versions v"
                                + " ON v.document_id = d.id"
                                + where
                                + " ORDER BY d.year DESC, d.id DESC, v.version")) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong("id");
                    if (!docs.containsKey(id)) {
                        docs.put(
                                id,
                                new Head(
                                        r.getString("office_id"),
                                        r.getString("title"),
                                        Category.valueOf(r.getString("category")),
                                        r.getInt("year"),
                                        r.getString("description"),
                                        dialect.getInstant(r, "d_created_at"),
                                        r.getString("d_created_by"),
                                        dialect.getInstant(r, "withdrawn_at")));
                        versions.put(id, new ArrayList<>());
                    }
                    versions.get(id)
                            .add(
                                    new LibraryVersion(
                                            r.getInt("version"),
                                            r.getString("file_name"),
                                            r.getString("media_type"),
                                            r.getLong("size"),
                                            r.getString("sha256"),
                                            r.getString("note"),
                                            dialect.getInstant(r, "created_at"),
                                            r.getString("created_by")));
                }
            }
        }
        List<LibraryDocument> out = new ArrayList<>();
        docs.forEach(
                (id, d) ->
                        out.add(
                                new LibraryDocument(
                                        id,
                                        d.office(),
                                        d.title(),
                                        d.category(),
                                        d.year(),
                                        d.description(),
                                        d.createdAt(),
                                        d.createdBy(),
                                        d.withdrawnAt(),
                                        versions.get(id))));
        return out;
    }
}
