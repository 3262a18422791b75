package saraban.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file an enclosure or a portal download may be, told from the bytes, never from the
 * name: PDF, Word and Excel (OOXML), OpenDocument text and spreadsheet, and images. A hand-written
 * table because the list is short and each signature is documented by its format; a library that
 * knows thousands of types would also accept types Saraban must refuse.
 */
enum FileTypes {
    PDF("application/pdf", "PDF", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument ข้อความ", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument ตารางคำนวณ", "ods"),
    PNG("image/png", "ภาพ PNG", "png"),
    JPEG("image/jpeg", "ภาพ JPEG", "jpg", "jpeg"),
    GIF("image/gif", "ภาพ GIF", "gif"),
    TIFF("image/tiff", "ภาพ TIFF", "tif", "tiff"),
    WEBP("image/webp", "ภาพ WebP", "webp");

    /** More entries than any real document has: a zip bomb of tiny entries stops here. */
    private static final int MAX_ZIP_ENTRIES = 20_000;

    final String mediaType;
    final String label;
    final List<String> extensions;

    FileTypes(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The canonical extension, without the dot. */
    String extension() {
        return extensions.get(0);
    }

    /** The type with this media type, if it is one of these. */
    static Optional<FileTypes> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** What the bytes are, or empty when they are none of the allowed types. */
    static Optional<FileTypes> sniff(byte[] b) {
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return Optional.of(PDF);
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 'G', 'I', 'F', '8', '7', 'a')
                || startsWith(b, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(b, 'I', 'I', 42, 0) || startsWith(b, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        if (startsWith(b, 'R', 'I', 'F', 'F')
                && b.length >= 12
                && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return zipped(b);
        }
        return Optional.empty();
    }

    /**
     * An OOXML or OpenDocument file by its parts: {@code word/document.xml}, {@code
     * xl/workbook.xml}, or an OpenDocument's {@code mimetype} entry. Macro-carrying documents
     * ({@code vbaProject.bin}) are refused: a public download must not run code.
     */
    private static Optional<FileTypes> zipped(byte[] b) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        String openDocument = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            for (int n = 0; (entry = zip.getNextEntry()) != null; n++) {
                if (n > MAX_ZIP_ENTRIES) {
                    return Optional.empty();
                }
                String name = entry.getName();
                if (name.endsWith("vbaProject.bin")) {
                    return Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                excel |= name.equals("xl/workbook.xml");
                if (n == 0 && name.equals("mimetype")) {
                    openDocument =
                            new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (contentTypes && word) {
            return Optional.of(DOCX);
        }
        if (contentTypes && excel) {
            return Optional.of(XLSX);
        }
        if (ODT.mediaType.equals(openDocument)) {
            return Optional.of(ODT);
        }
        if (ODS.mediaType.equals(openDocument)) {
            return Optional.of(ODS);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int within) {
        int last = Math.min(b.length, within) - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
