package saraban.letters;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import saraban.Problem;
import saraban.ProblemException;

/**
 * A file someone uploaded to be an enclosure or a portal download, checked: not empty, within the
 * size limit, one of the allowed types as told by its bytes, with a safe name. Make one with {@link
 * #read}; the portal's library uses it too.
 *
 * @param fileName the sanitized name, its extension matching {@code mediaType}
 * @param mediaType what the bytes are, e.g. {@code application/pdf}
 * @param typeLabel the type as people call it: {@code PDF}, {@code Word}, {@code ภาพ PNG}
 */
public record Upload(String fileName, String mediaType, String typeLabel, byte[] bytes) {

    public Upload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(typeLabel, "typeLabel");
        Objects.requireNonNull(bytes, "bytes");
    }

    /**
     * Reads an upload of at most {@code maxBytes} and checks it.
     *
     * @param givenName the name the sender's computer gave it, or {@code null}
     * @param fallbackName the name to use when nothing of {@code givenName} is usable, without
     *     extension
     * @throws ProblemException {@code FILE_EMPTY}, {@code FILE_TOO_LARGE} (413), {@code
     *     FILE_TYPE_NOT_ALLOWED} (415)
     */
    public static Upload read(
            InputStream content, String givenName, String fallbackName, long maxBytes)
            throws IOException {
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return of(bytes, givenName, fallbackName);
    }

    /** As {@link #read}, for bytes already in memory (no size limit). */
    public static Upload of(byte[] bytes, String givenName, String fallbackName) {
        if (bytes.length == 0) {
            throw problem(400, "FILE_EMPTY", "the uploaded file is empty", "ไฟล์ที่ส่งมาว่างเปล่า");
        }
        FileTypes type =
                FileTypes.sniff(bytes)
                        .orElseThrow(
                                () ->
                                        problem(
                                                415,
                                                "FILE_TYPE_NOT_ALLOWED",
                                                "the file is not a PDF, DOCX, XLSX, ODT, ODS or"
                                                        + " image (told by its content, not its"
                                                        + " name)",
                                                "รับเฉพาะไฟล์ PDF, Word (DOCX), Excel (XLSX),"
                                                        + " ODT, ODS หรือรูปภาพ"
                                                        + " (ตรวจจากเนื้อไฟล์ ไม่ใช่ชื่อไฟล์)"));
        return new Upload(
                FileNames.safe(givenName, type, fallbackName), type.mediaType, type.label, bytes);
    }

    /** The type as people call it, for a stored media type: {@code PDF}, {@code ภาพ PNG}. */
    public static String label(String mediaType) {
        return FileTypes.ofMediaType(mediaType).map(t -> t.label).orElse(mediaType);
    }

    /** Answer for an upload over the limit, also when the web server stops it while reading. */
    public static ProblemException tooLarge(long maxBytes) {
        return problem(
                413,
                "FILE_TOO_LARGE",
                "the upload is over the limit of " + maxBytes + " bytes",
                "ไฟล์ใหญ่เกินกำหนด (ไม่เกิน " + Math.max(1, maxBytes / 1024 / 1024) + " MB)");
    }

    private static ProblemException problem(int status, String code, String title, String thai) {
        return new ProblemException(new Problem(status, code, title, thai, "file"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Upload u
                && fileName.equals(u.fileName)
                && mediaType.equals(u.mediaType)
                && java.util.Arrays.equals(bytes, u.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Upload[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
