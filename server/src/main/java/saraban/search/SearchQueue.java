package saraban.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The {@code search_queue} table: how the index learns that a document changed. Write a row with
 * {@link #enqueue} inside the transaction that issues, receives or changes the document; after
 * commit every node's indexer updates its index from the row within a second.
 *
 * <pre>{@code
 * db.inTransaction(c -> {
 *     ... issue the letter ...
 *     SearchQueue.enqueue(c, SearchQueue.letter(id));
 * });
 * }</pre>
 */
public final class SearchQueue {
    /** How many rows are kept; a node further behind than this rebuilds its index. */
    static final long KEEP_ROWS = 100_000;

    private SearchQueue() {}

    /**
     * Records, on the caller's transaction, that document {@code docId} changed; the indexer reads
     * it from the database again, or removes it from the index if it is gone.
     */
    public static void enqueue(Connection c, String docId) throws SQLException {
        Objects.requireNonNull(docId, "docId");
        if (!docId.matches("[a-z]+:[0-9]+")) {
            throw new IllegalArgumentException("docId must look like letter:12, not " + docId);
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO search_queue (doc_id) VALUES (?)")) {
            s.setString(1, docId);
            s.executeUpdate();
        }
    }

    /** The document id of a row of {@code letters}: {@code letter:12}. */
    public static String letter(long id) {
        return "letter:" + id;
    }

    /** The document id of a row of {@code incoming_letters}: {@code incoming:7}. */
    public static String incoming(long id) {
        return "incoming:" + id;
    }

    /** The document id of a letter as published on the portal: {@code public:12}. */
    public static String publication(long letterId) {
        return "public:" + letterId;
    }

    /** The document id of a document of the portal's library: {@code library:5}. */
    public static String libraryDocument(long id) {
        return "library:" + id;
    }

    /** One row: its sequence number and document. */
    record Entry(long seq, String docId) {}

    /** Up to {@code limit} rows after {@code seq}, in order. */
    static List<Entry> after(Connection c, long seq, int limit) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT seq, doc_id FROM search_queue WHERE seq > ? ORDER BY seq LIMIT ?")) {
            s.setLong(1, seq);
            s.setInt(2, limit);
            return entries(s);
        }
    }

    /** The rows among {@code seqs} that exist now (a transaction that held them committed). */
    static List<Entry> among(Connection c, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return List.of();
        }
        String list = seqs.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT seq, doc_id FROM search_queue WHERE seq IN (" + list + ")")) {
            return entries(s);
        }
    }

    /** The highest sequence number written so far, 0 when none. */
    static long last(Connection c) throws SQLException {
        return single(c, "SELECT COALESCE(MAX(seq), 0) FROM search_queue");
    }

    /** The lowest sequence number still kept, 0 when the queue is empty. */
    static long first(Connection c) throws SQLException {
        return single(c, "SELECT COALESCE(MIN(seq), 0) FROM search_queue");
    }

    /** Deletes all but the newest {@link #KEEP_ROWS} rows; returns how many went. */
    static int prune(Connection c) throws SQLException {
        long keepFrom = last(c) - KEEP_ROWS;
        if (keepFrom <= 0) {
            return 0;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM search_queue WHERE seq <= ?")) {
            s.setLong(1, keepFrom);
            return s.executeUpdate();
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Entry> entries(PreparedStatement s) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Entry(r.getLong(1), r.getString(2)));
            }
        }
        return out;
    }
}
