package saraban.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.testing.TestHome;
import saraban.web.Json;

/**
 * Writes issued and received letters straight into their tables, with their queue rows, the way the
 * letters and receiving services will once the lead wires {@link SearchQueue#enqueue} into them.
 */
final class Correspondence {
    private final Database db;
    private final FileStore files;
    private final Clock clock = Clock.systemUTC();

    Correspondence(Database db, FileStore files) {
        this.db = db;
        this.files = files;
    }

    /** A letter as issued: register row, PDF, letters row and queue row in one transaction. */
    long issue(
            String office,
            String kind,
            String series,
            String number,
            LocalDate date,
            String subject,
            List<String> body,
            String urgency,
            String secrecy) {
        return db.inTransaction(
                c ->
                        issueOn(
                                c, office, kind, series, number, date, subject, body, urgency,
                                secrecy));
    }

    /** As {@link #issue}, on the caller's transaction. */
    long issueOn(
            Connection c,
            String office,
            String kind,
            String series,
            String number,
            LocalDate date,
            String subject,
            List<String> body,
            String urgency,
            String secrecy)
            throws SQLException {
        String draft = draftJson(kind, number, date, subject, body, urgency, secrecy);
        String sha =
                files.put(
                        ("%PDF stand-in " + number).getBytes(StandardCharsets.UTF_8),
                        "application/pdf");
        long entry =
                insert(
                        c,
                        "INSERT INTO register_entries (office_id, series, year, number,"
                                + " status, requested_by, reference_number, letter_date,"
                                + " subject, created_at, created_by)"
                                + " VALUES (?, ?, ?, ?, 'USED', 'test', ?, ?, ?, ?, 'test')"
                                + " RETURNING id",
                        office,
                        series,
                        date.getYear() + 543,
                        (int) (System.nanoTime() % 1_000_000 + 1),
                        number,
                        date.toString(),
                        subject,
                        clock.instant());
        long id =
                insert(
                        c,
                        "INSERT INTO letters (office_id, kind, status, subject, draft_json,"
                                + " register_entry_id, reference_number, letter_date,"
                                + " pdf_sha256, created_at, created_by, updated_at,"
                                + " updated_by, issued_at, issued_by)"
                                + " VALUES (?, ?, 'ISSUED', ?, ?, ?, ?, ?, ?, ?, 'test', ?,"
                                + " 'test', ?, 'test') RETURNING id",
                        office,
                        kind,
                        subject,
                        draft,
                        entry,
                        number,
                        date.toString(),
                        sha,
                        clock.instant(),
                        clock.instant(),
                        clock.instant());
        SearchQueue.enqueue(c, SearchQueue.letter(id));
        return id;
    }

    /** A draft: kept, but not yet correspondence. */
    long draft(String office, String subject) {
        String draft = draftJson("memo", null, null, subject, List.of("ร่าง"), null, null);
        return db.inTransaction(
                c -> {
                    long id =
                            insert(
                                    c,
                                    "INSERT INTO letters (office_id, kind, status, subject, draft_json,"
                                            + " created_at, created_by, updated_at, updated_by)"
                                            + " VALUES (?, 'memo', 'DRAFT', ?, ?, ?, 'test', ?, 'test')"
                                            + " RETURNING id",
                                    office,
                                    subject,
                                    draft,
                                    clock.instant(),
                                    clock.instant());
                    SearchQueue.enqueue(c, SearchQueue.letter(id));
                    return id;
                });
    }

    /** A received letter whose PDF's text layer holds {@code pdfLines}. */
    long receive(
            String office,
            String number,
            LocalDate date,
            String sender,
            String subject,
            List<String> pdfLines) {
        String sha = files.put(pdf(pdfLines), "application/pdf");
        return db.inTransaction(
                c -> {
                    long entry =
                            insert(
                                    c,
                                    "INSERT INTO register_entries (office_id, series, year, number,"
                                            + " status, requested_by, reference_number, letter_date,"
                                            + " subject, created_at, created_by)"
                                            + " VALUES (?, 'receive', ?, ?, 'USED', 'test', ?, ?, ?, ?,"
                                            + " 'test') RETURNING id",
                                    office,
                                    date.getYear() + 543,
                                    (int) (System.nanoTime() % 1_000_000 + 1),
                                    number,
                                    date.toString(),
                                    subject,
                                    clock.instant());
                    long id =
                            insert(
                                    c,
                                    "INSERT INTO incoming_letters (office_id, register_entry_id,"
                                            + " original_sha256, stamped_sha256, source, page_count,"
                                            + " reference_number, letter_date, sender, addressee,"
                                            + " subject, urgency, stamp_json, received_at, received_by)"
                                            + " VALUES (?, ?, ?, ?, 'PDF', 1, ?, ?, ?, 'ผู้ว่าราชการจังหวัด',"
                                            + " ?, NULL, '{}', ?, 'test') RETURNING id",
                                    office,
                                    entry,
                                    sha,
                                    sha,
                                    number,
                                    date.toString(),
                                    sender,
                                    subject,
                                    clock.instant());
                    SearchQueue.enqueue(c, SearchQueue.incoming(id));
                    return id;
                });
    }

    /** Deletes a letter's row (as a clean-up might) and queues its removal. */
    void deleteLetter(long id) {
        db.inTransaction(
                c -> {
                    try (PreparedStatement s =
                            c.prepareStatement("DELETE FROM letters WHERE id = ?")) {
                        s.setLong(1, id);
                        s.executeUpdate();
                    }
                    SearchQueue.enqueue(c, SearchQueue.letter(id));
                    return null;
                });
    }

    private long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Instant instant) {
                    db.dialect().setInstant(s, i + 1, instant);
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String draftJson(
            String kind,
            String number,
            LocalDate date,
            String subject,
            List<String> body,
            String urgency,
            String secrecy) {
        var node = Json.mapper().createObjectNode();
        node.put("kind", kind);
        node.put("urgency", urgency);
        node.put("secrecy", secrecy);
        node.put("referenceNumber", number);
        node.put("date", date == null ? null : date.toString());
        node.putObject("issuer").put("name", "ศาลากลางจังหวัดสมุทรสงคราม");
        node.put("subject", subject);
        node.put("recipient", "นายอำเภอทุกอำเภอ");
        node.putArray("references");
        node.putArray("enclosures");
        var paragraphs = node.putArray("body");
        body.forEach(paragraphs::add);
        node.putObject("signer").put("name", "นายประจักษ์ ธารศิริสิน");
        return node.toString();
    }

    /** A one-page PDF with a Thai font and the lines as its text layer. */
    static byte[] pdf(List<String> lines) {
        try (PDDocument doc = new PDDocument();
                InputStream font =
                        java.nio.file.Files.newInputStream(
                                TestHome.home().resolve("fonts/Laksaman.ttf"))) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font thai = PDType0Font.load(doc, font);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(thai, 14);
                s.newLineAtOffset(50, 700);
                for (String line : lines) {
                    s.showText(line);
                    s.newLineAtOffset(0, -20);
                }
                s.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
