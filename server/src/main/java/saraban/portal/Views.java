package saraban.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import saraban.letters.Upload;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;
import saraban.web.Downloads;

/**
 * What the portal's pages show, ready for the templates: Thai digits, Buddhist-Era dates, sizes.
 */
final class Views {
    private Views() {}

    /** A published letter in a list, the feed, or the page of its own. */
    record Circular(
            long id,
            String url,
            String referenceNumber,
            String date,
            String subject,
            String office,
            String kindLabel,
            String pdfUrl) {}

    /** A downloadable file: its name, its type as people call it, its size. */
    record File(String name, String title, String typeLabel, String size, String url) {}

    /** A letter's own page: the letter, its PDF, its enclosures. */
    record CircularPage(
            Circular circular,
            String recipient,
            String publishedDate,
            File pdf,
            List<String> enclosureLines,
            List<File> enclosures) {}

    /** A library document, with its current version and the older ones. */
    record Document(
            long id,
            String url,
            String title,
            String category,
            String categoryLabel,
            String office,
            String year,
            String description,
            File current,
            String latestUrl,
            List<Version> versions) {}

    /** One version of a library document. */
    record Version(String label, String date, String note, File file, String url) {}

    /** One search hit: where it leads and what it is. */
    record Hit(
            String url,
            String subject,
            String referenceNumber,
            String date,
            String snippet,
            String kindLabel,
            String office) {}

    static String thaiDate(LocalDate d) {
        return ThaiDates.fullDate(d, Digits.THAI);
    }

    static String thaiNumber(String s) {
        return s == null ? null : ThaiDigits.toThai(s);
    }

    /** {@code 812 ไบต์}, {@code 245 KB}, {@code 1.2 MB}. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " ไบต์";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** The name a letter's PDF downloads as: its number, with the slash a file name cannot hold. */
    static String letterPdfName(String referenceNumber) {
        String base =
                referenceNumber == null || referenceNumber.isBlank()
                        ? "หนังสือ"
                        : referenceNumber.replace('/', '-').strip();
        return base + ".pdf";
    }

    static String fileUrl(String sha256, String fileName) {
        return "/portal/files/" + sha256 + "/" + Downloads.pathSegment(fileName);
    }

    static File file(String sha256, String fileName, String title, String mediaType, long size) {
        return new File(
                fileName, title, Upload.label(mediaType), size(size), fileUrl(sha256, fileName));
    }

    /** หนังสือเวียน, คำสั่ง or ประกาศ, as the portal calls a published letter. */
    static String kindLabel(String kind, String referenceNumber) {
        return switch (kind) {
            case "order" -> "คำสั่ง";
            case "announcement" -> "ประกาศ";
            default ->
                    referenceNumber != null && referenceNumber.contains("/ว")
                            ? "หนังสือเวียน"
                            : "หนังสือ";
        };
    }
}
