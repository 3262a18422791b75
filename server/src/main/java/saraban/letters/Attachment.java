package saraban.letters;

import java.time.Instant;

/**
 * An enclosure file of a letter (a file of its สิ่งที่ส่งมาด้วย): {@code GET
 * /api/letters/{id}/attachments/{number}} serves it. Numbers start at 1 and are never reused.
 *
 * @param title what the enclosure is, as the letter's enclosure line says; {@code null} when not
 *     given
 * @param mediaType sniffed from the bytes
 */
public record Attachment(
        int number,
        String fileName,
        String title,
        String mediaType,
        long size,
        String sha256,
        Instant createdAt,
        String createdBy) {}
