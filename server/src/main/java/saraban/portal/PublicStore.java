package saraban.portal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import saraban.storage.Dialect;

/**
 * Reads what the portal shows of the letters: the published ones, by year and office, and which
 * published thing a stored file belongs to. Read-only SQL over the letters' tables, as the search
 * index reads them; publishing itself is {@link saraban.letters.LetterService}'s.
 */
final class PublicStore {
    /** A letter on the portal, as its list shows it. */
    record Row(
            long id,
            String office,
            String kind,
            String subject,
            String referenceNumber,
            LocalDate date,
            String pdfSha256,
            Instant publishedAt) {}

    /** A stored file as some published thing names it, and whether that thing is still public. */
    record Named(String sha256, String fileName, String mediaType, long size, boolean live) {}

    private static final String PUBLISHED =
            " FROM letters WHERE status = 'ISSUED' AND published_at IS NOT NULL"
                    + " AND withdrawn_at IS NULL";

    private final Dialect dialect;

    PublicStore(Dialect dialect) {
        this.dialect = dialect;
    }

    /** One page of published letters, newest first, of Buddhist-Era {@code year} and office. */
    List<Row> page(Connection c, Integer year, String office, int offset, int limit)
            throws SQLException {
        return select(
                c,
                year,
                office,
                " ORDER BY letter_date DESC, published_at DESC, id DESC",
                offset,
                limit);
    }

    /** The {@code limit} letters published last, for the feed. */
    List<Row> newest(Connection c, int limit) throws SQLException {
        return select(c, null, null, " ORDER BY published_at DESC, id DESC", 0, limit);
    }

    private List<Row> select(
            Connection c, Integer year, String office, String order, int offset, int limit)
            throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = filters(year, office, args);
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT id, office_id, kind, subject, reference_number, letter_date,"
                                + " pdf_sha256, published_at"
                                + PUBLISHED
                                + where
                                + order
                                + " LIMIT ? OFFSET ?")) {
            int i = bind(s, args);
            s.setInt(i++, limit);
            s.setInt(i, offset);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(
                            new Row(
                                    r.getLong("id"),
                                    r.getString("office_id"),
                                    r.getString("kind"),
                                    r.getString("subject"),
                                    r.getString("reference_number"),
                                    LocalDate.parse(r.getString("letter_date")),
                                    r.getString("pdf_sha256"),
                                    dialect.getInstant(r, "published_at")));
                }
            }
        }
        return rows;
    }

    long count(Connection c, Integer year, String office) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = filters(year, office, args);
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + PUBLISHED + where)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The Buddhist-Era years that have published letters, newest first. */
    List<Integer> years(Connection c) throws SQLException {
        TreeSet<Integer> years = new TreeSet<>();
        try (PreparedStatement s =
                        c.prepareStatement(
                                "SELECT DISTINCT substr(letter_date, 1, 4)" + PUBLISHED);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                years.add(Integer.parseInt(r.getString(1)) + 543);
            }
        }
        return new ArrayList<>(years.descendingSet());
    }

    /** The offices that have published letters or library documents. */
    List<String> offices(Connection c) throws SQLException {
        TreeSet<String> offices = new TreeSet<>();
        try (PreparedStatement s =
                        c.prepareStatement(
                                "SELECT DISTINCT office_id"
                                        + PUBLISHED
                                        + " UNION SELECT DISTINCT office_id FROM library_documents"
                                        + " WHERE withdrawn_at IS NULL");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                offices.add(r.getString(1));
            }
        }
        return new ArrayList<>(offices);
    }

    /**
     * Every published thing that stores {@code sha256}: a letter's PDF, a letter's enclosure, a
     * library version; {@code live} false once its letter or document was withdrawn.
     */
    List<Named> named(Connection c, String sha256) throws SQLException {
        List<Named> all = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT l.reference_number, f.media_type, f.size,"
                                + " CASE WHEN l.withdrawn_at IS NULL THEN 1 ELSE 0 END"
                                + " FROM letters l JOIN files f ON f.sha256 = l.pdf_sha256"
                                + " WHERE l.pdf_sha256 = ? AND l.published_at IS NOT NULL")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(
                            new Named(
                                    sha256,
                                    Views.letterPdfName(r.getString(1)),
                                    r.getString(2),
                                    r.getLong(3),
                                    r.getInt(4) == 1));
                }
            }
        }
        collect(
                c,
                "SELECT a.file_name, a.media_type, a.size,"
                        + " CASE WHEN l.withdrawn_at IS NULL THEN 1 ELSE 0 END"
                        + " FROM letter_attachments a JOIN letters l ON l.id = a.letter_id"
                        + " WHERE a.sha256 = ? AND l.published_at IS NOT NULL",
                sha256,
                all);
        collect(
                c,
                "SELECT v.file_name, v.media_type, v.size,"
                        + " CASE WHEN d.withdrawn_at IS NULL THEN 1 ELSE 0 END"
                        + " FROM library_versions v JOIN library_documents d ON d.id = v.document_id"
                        + " WHERE v.sha256 = ?",
                sha256,
                all);
        return all;
    }

    /** When the newest publication or withdrawal happened, for the feed's {@code updated}. */
    Instant lastChange(Connection c) throws SQLException {
        Instant last = Instant.EPOCH;
        for (String column : new String[] {"published_at", "withdrawn_at"}) {
            try (PreparedStatement s =
                            c.prepareStatement(
                                    "SELECT "
                                            + column
                                            + " FROM letters WHERE "
                                            + column
                                            + " IS NOT NULL ORDER BY "
                                            + column
                                            + " DESC LIMIT 1");
                    ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    Instant t = dialect.getInstant(r, column);
                    last = t.isAfter(last) ? t : last;
                }
            }
        }
        return last;
    }

    private static void collect(Connection c, String sql, String sha256, List<Named> out)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(
                            new Named(
                                    sha256,
                                    r.getString(1),
                                    r.getString(2),
                                    r.getLong(3),
                                    r.getInt(4) == 1));
                }
            }
        }
    }

    private static String filters(Integer year, String office, List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (year != null) {
            int ce = year - 543;
            where.append(" AND letter_date >= ? AND letter_date < ?");
            args.add(String.format(java.util.Locale.ROOT, "%04d-01-01", ce));
            args.add(String.format(java.util.Locale.ROOT, "%04d-01-01", ce + 1));
        }
        if (office != null) {
            where.append(" AND office_id = ?");
            args.add(office);
        }
        return where.toString();
    }

    private static int bind(PreparedStatement s, List<Object> args) throws SQLException {
        int i = 1;
        for (Object arg : args) {
            s.setObject(i++, arg);
        }
        return i;
    }
}
