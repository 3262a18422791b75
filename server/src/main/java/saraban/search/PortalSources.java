package saraban.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the public portal publishes, as documents of {@link Direction#PUBLISHED}: a letter on the
 * portal ({@code public:12}, a copy of {@code letter:12} that exists only while the letter is
 * published) and a document of the portal's library ({@code library:5}). The portal searches with
 * that direction alone, so nothing unpublished is ever found, counted or suggested there. Read with
 * SQL from the portal's tables (migration V009), like {@link Sources}.
 */
final class PortalSources {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final Sources sources;
    private final saraban.storage.Dialect dialect;

    PortalSources(Sources sources, saraban.storage.Dialect dialect) {
        this.sources = sources;
        this.dialect = dialect;
    }

    Optional<SearchDocument> load(Connection c, String source, long id) throws SQLException {
        if (!Sources.hasTable(c, "library_documents")) {
            return Optional.empty();
        }
        return source.equals("public") ? publication(c, id) : library(c, id);
    }

    /** Every published letter and every library document still on the portal. */
    List<String> allIds(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        if (!Sources.hasTable(c, "library_documents")) {
            return ids;
        }
        collect(
                c,
                "SELECT id FROM letters WHERE status = 'ISSUED' AND published_at IS NOT NULL"
                        + " AND withdrawn_at IS NULL ORDER BY id",
                "public:",
                ids);
        collect(
                c,
                "SELECT id FROM library_documents WHERE withdrawn_at IS NULL ORDER BY id",
                "library:",
                ids);
        return ids;
    }

    private Optional<SearchDocument> publication(Connection c, long id) throws SQLException {
        List<String> files = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT l.id, a.file_name, a.title FROM letters l"
                                + " LEFT JOIN letter_attachments a ON a.letter_id = l.id"
                                + " WHERE l.id = ? AND l.published_at IS NOT NULL"
                                + " AND l.withdrawn_at IS NULL ORDER BY a.position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                do {
                    for (String part : new String[] {r.getString(3), r.getString(2)}) {
                        if (part != null) {
                            files.add(part);
                        }
                    }
                } while (r.next());
            }
        }
        Optional<SearchDocument> letter = sources.letter(c, id);
        if (letter.isEmpty() || letter.get().secrecy() != SecrecyLevel.NONE) {
            return Optional.empty(); // a secret letter is never published; never index it so
        }
        SearchDocument d = letter.get();
        return Optional.of(
                new SearchDocument(
                        SearchQueue.publication(id),
                        d.kind(),
                        Direction.PUBLISHED,
                        d.office(),
                        d.series(),
                        d.date(),
                        d.urgency(),
                        SecrecyLevel.NONE,
                        d.referenceNumber(),
                        d.subject(),
                        d.body() + String.join("\n", files),
                        d.sender(),
                        d.recipient()));
    }

    private Optional<SearchDocument> library(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT d.office_id, d.title, d.category, d.description, v.file_name,"
                                + " v.media_type, v.sha256, v.created_at"
                                + " FROM library_documents d JOIN library_versions v"
                                + " ON v.document_id = d.id"
                                + " WHERE d.id = ? AND d.withdrawn_at IS NULL"
                                + " ORDER BY v.version DESC")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String text = r.getString("description") == null ? "" : r.getString("description");
                text += "\n" + r.getString("file_name");
                if ("application/pdf".equals(r.getString("media_type"))) {
                    text += "\n" + sources.pdfText(r.getString("sha256"), "library:" + id);
                }
                LocalDate date = LocalDate.ofInstant(dialect.getInstant(r, "created_at"), BANGKOK);
                return Optional.of(
                        new SearchDocument(
                                SearchQueue.libraryDocument(id),
                                r.getString("category").toLowerCase(Locale.ROOT),
                                Direction.PUBLISHED,
                                r.getString("office_id"),
                                null,
                                date,
                                null,
                                SecrecyLevel.NONE,
                                null,
                                r.getString("title"),
                                text,
                                null,
                                null));
            }
        }
    }

    private static void collect(Connection c, String sql, String prefix, List<String> out)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(prefix + r.getLong(1));
            }
        }
    }
}
