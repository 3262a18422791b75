package saraban.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.storage.Dialect;
import saraban.storage.FileStore;

/**
 * Reads documents from the tables that own them, by the queue's document id: {@code letter:12} from
 * {@code letters} (issued letters only; a draft is not correspondence yet), {@code incoming:7} from
 * {@code incoming_letters} with the text of its PDF. SQL rather than the owning packages' services,
 * which depend on this one.
 */
final class Sources {
    private static final Logger LOG = LoggerFactory.getLogger(Sources.class);
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final Dialect dialect;
    private final FileStore files;
    private final ObjectMapper json = new ObjectMapper();
    private final PortalSources portal;

    Sources(Dialect dialect, FileStore files) {
        this.dialect = dialect;
        this.files = files;
        this.portal = new PortalSources(this, dialect);
    }

    /** The document as it is now, or empty when it is gone or not searchable. */
    Optional<SearchDocument> load(Connection c, String docId) throws SQLException {
        int colon = docId.indexOf(':');
        long id = Long.parseLong(docId.substring(colon + 1));
        return switch (docId.substring(0, colon)) {
            case "letter" -> letter(c, id);
            case "incoming" -> hasTable(c, "incoming_letters") ? incoming(c, id) : Optional.empty();
            case "public", "library" -> portal.load(c, docId.substring(0, colon), id);
            default -> {
                LOG.warn(
                        "search queue names {}, a kind of document this build does not know",
                        docId);
                yield Optional.empty();
            }
        };
    }

    /** Every searchable document's id, for a rebuild. */
    List<String> allIds(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        ids(c, "SELECT id FROM letters WHERE status = 'ISSUED' ORDER BY id", "letter:", ids);
        if (hasTable(c, "incoming_letters")) {
            ids(c, "SELECT id FROM incoming_letters ORDER BY id", "incoming:", ids);
        }
        ids.addAll(portal.allIds(c));
        return ids;
    }

    Optional<SearchDocument> letter(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT l.office_id, l.kind, l.subject, l.draft_json, l.reference_number,"
                                + " l.letter_date, r.series"
                                + " FROM letters l LEFT JOIN register_entries r"
                                + " ON r.id = l.register_entry_id"
                                + " WHERE l.id = ? AND l.status = 'ISSUED'")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                JsonNode draft = readJson(r.getString("draft_json"));
                String issuer = text(draft.path("issuer").path("name"));
                String sender =
                        issuer != null ? issuer : text(draft.path("ownerUnit").path("name"));
                return Optional.of(
                        new SearchDocument(
                                SearchQueue.letter(id),
                                r.getString("kind"),
                                Direction.SENT,
                                r.getString("office_id"),
                                r.getString("series"),
                                LocalDate.parse(r.getString("letter_date")),
                                text(draft.path("urgency")),
                                SecrecyLevel.parse(text(draft.path("secrecy"))),
                                r.getString("reference_number"),
                                r.getString("subject"),
                                letterText(draft),
                                sender,
                                text(draft.path("recipient"))));
            }
        }
    }

    /** What a reader sees of a letter below its heading: references, enclosures, body, signer. */
    private static String letterText(JsonNode draft) {
        StringBuilder text = new StringBuilder();
        for (JsonNode reference : draft.path("references")) {
            text.append("อ้างถึง ").append(reference.asText()).append('\n');
        }
        for (JsonNode enclosure : draft.path("enclosures")) {
            text.append("สิ่งที่ส่งมาด้วย ").append(enclosure.asText()).append('\n');
        }
        for (JsonNode paragraph : draft.path("body")) {
            text.append(paragraph.asText()).append('\n');
        }
        JsonNode signer = draft.path("signer");
        if (text(signer.path("name")) != null) {
            text.append(signer.path("name").asText());
            for (JsonNode position : signer.path("positions")) {
                text.append('\n').append(position.asText());
            }
        }
        return text.toString();
    }

    private Optional<SearchDocument> incoming(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT office_id, reference_number, letter_date, sender, addressee,"
                                + " subject, urgency, secrecy, original_sha256, received_at"
                                + " FROM incoming_letters WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String letterDate = r.getString("letter_date");
                LocalDate date =
                        letterDate != null
                                ? LocalDate.parse(letterDate)
                                : LocalDate.ofInstant(
                                        dialect.getInstant(r, "received_at"), BANGKOK);
                return Optional.of(
                        new SearchDocument(
                                SearchQueue.incoming(id),
                                "incoming",
                                Direction.RECEIVED,
                                r.getString("office_id"),
                                "receive",
                                date,
                                r.getString("urgency"),
                                SecrecyLevel.parse(r.getString("secrecy")),
                                r.getString("reference_number"),
                                r.getString("subject"),
                                pdfText(r.getString("original_sha256"), "incoming:" + id),
                                r.getString("sender"),
                                r.getString("addressee")));
            }
        }
    }

    String pdfText(String sha256, String docId) {
        try (InputStream in = files.open(sha256)) {
            return PdfText.extract(in);
        } catch (Exception e) {
            // The letter stays findable by its details; its text can be indexed after a repair.
            LOG.warn("cannot read the text of {} ({}): {}", docId, sha256, e.toString());
            return "";
        }
    }

    private static void ids(Connection c, String sql, String prefix, List<String> out)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(prefix + r.getLong(1));
            }
        }
    }

    /** Whether the connection's schema has {@code table}: received letters came with V004. */
    static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet r = meta.getTables(null, c.getSchema(), table, null)) {
            return r.next();
        }
    }

    private JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft no longer reads: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
