package saraban.receiving;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import saraban.ProblemException;
import saraban.Settings.UploadLimits;

/**
 * What an incoming file must be before Saraban numbers and stamps it, and scanned pages made into
 * one PDF. Every check runs before a number is taken: a file refused here leaves no trace.
 */
final class IncomingPdf {
    /** How many bytes the streams of the pages Saraban reads (1 and 2) may expand to. */
    static final long MAX_DECODED_BYTES = 64L * 1024 * 1024;

    /** The largest page image: an A4 page scanned at 600 dpi is about 35 million pixels. */
    static final long MAX_IMAGE_PIXELS = 60_000_000L;

    /** How many objects the pages Saraban reads may reach: deeper is a trap, not a letter. */
    static final int MAX_OBJECTS = 200_000;

    /** Where the {@code %PDF-} header may start: some writers put junk before it. */
    private static final int HEADER_WINDOW = 1024;

    private static final byte[] PDF_HEADER = {'%', 'P', 'D', 'F', '-'};

    private IncomingPdf() {}

    /** The result of {@link #check}: the file's page count. */
    record Checked(int pages) {}

    /**
     * Checks that {@code bytes} are a readable, unencrypted PDF within the limits, whose first
     * pages do not expand beyond safe sizes.
     *
     * @throws ProblemException {@code FILE_EMPTY}, {@code FILE_TOO_LARGE}, {@code NOT_A_PDF},
     *     {@code PDF_ENCRYPTED}, {@code PDF_CORRUPT}, {@code TOO_MANY_PAGES}, {@code
     *     PDF_TOO_COMPLEX}, {@code IMAGE_TOO_LARGE}
     */
    static Checked check(byte[] bytes, UploadLimits limits) {
        checkSize(bytes.length, limits);
        if (!hasPdfHeader(bytes)) {
            throw ReceivingProblems.notPdf();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                throw ReceivingProblems.encrypted();
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw ReceivingProblems.corrupt("it has no pages");
            }
            if (pages > limits.maxPages()) {
                throw ReceivingProblems.tooManyPages(pages, limits.maxPages());
            }
            for (int i = 0; i < Math.min(2, pages); i++) {
                checkExpansion(doc.getPage(i));
            }
            return new Checked(pages);
        } catch (InvalidPasswordException e) {
            throw ReceivingProblems.encrypted();
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw ReceivingProblems.corrupt(String.valueOf(e.getMessage()));
        }
    }

    static void checkSize(long size, UploadLimits limits) {
        if (size == 0) {
            throw ReceivingProblems.empty();
        }
        if (size > limits.maxBytes()) {
            throw ReceivingProblems.tooLarge(size, limits.maxBytes());
        }
    }

    private static boolean hasPdfHeader(byte[] bytes) {
        int last = Math.min(bytes.length, HEADER_WINDOW) - PDF_HEADER.length;
        for (int at = 0; at <= last; at++) {
            int i = 0;
            while (i < PDF_HEADER.length && bytes[at + i] == PDF_HEADER[i]) {
                i++;
            }
            if (i == PDF_HEADER.length) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes every stream a page's content and resources reach (not following {@code /Parent}),
     * counting the bytes, so that a small file that inflates to gigabytes is refused before
     * anything reads it for real. Images are measured by their stated size, not decoded.
     */
    private static void checkExpansion(PDPage page) throws IOException {
        Map<COSBase, Boolean> seen = new IdentityHashMap<>();
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(page.getCOSObject());
        long decoded = 0;
        byte[] buffer = new byte[64 * 1024];
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject ref) {
                base = ref.getObject();
            }
            if (base == null || seen.put(base, Boolean.TRUE) != null) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                throw ReceivingProblems.tooComplex("more than " + MAX_OBJECTS + " objects");
            }
            if (base instanceof COSStream stream) {
                if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    long w = stream.getLong(COSName.WIDTH);
                    long h = stream.getLong(COSName.HEIGHT);
                    if (w * h > MAX_IMAGE_PIXELS) {
                        throw ReceivingProblems.imageTooLarge((int) w, (int) h);
                    }
                } else {
                    try (InputStream in = stream.createInputStream()) {
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            decoded += n;
                            if (decoded > MAX_DECODED_BYTES) {
                                throw ReceivingProblems.tooComplex(
                                        "page content expands past "
                                                + MAX_DECODED_BYTES / 1024 / 1024
                                                + " MB");
                            }
                        }
                    }
                }
            }
            if (base instanceof COSDictionary dict) {
                for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
                    if (!COSName.PARENT.equals(e.getKey())) {
                        todo.push(e.getValue());
                    }
                }
            } else if (base instanceof COSArray array) {
                for (COSBase item : array) {
                    todo.push(item);
                }
            }
        }
    }

    /** An uploaded scanned page: its bytes and the name it came with. */
    record Page(String name, byte[] bytes) {}

    /**
     * Scanned pages (JPEG, PNG, TIFF; a TIFF may hold several pages) as one PDF, each image fitted
     * to an A4 page in its orientation. JPEGs go in as they are; others without loss.
     */
    static byte[] fromImages(List<Page> pages, UploadLimits limits) {
        long total = pages.stream().mapToLong(p -> p.bytes().length).sum();
        checkSize(total, limits);
        try (PDDocument doc = new PDDocument()) {
            for (Page page : pages) {
                if (page.bytes().length == 0) {
                    throw ReceivingProblems.empty();
                }
                addImages(doc, page, limits);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ReceivingProblems.file(
                    422,
                    "IMAGE_CORRUPT",
                    "a page image cannot be read: " + e.getMessage(),
                    "ภาพสแกนเสียหาย อ่านไม่ได้");
        }
    }

    private static void addImages(PDDocument doc, Page page, UploadLimits limits)
            throws IOException {
        String format = format(page.bytes());
        if (format == null) {
            throw ReceivingProblems.notAnImage(page.name());
        }
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(page.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw ReceivingProblems.notAnImage(page.name());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int count = format.equals("tiff") ? reader.getNumImages(true) : 1;
                for (int i = 0; i < count; i++) {
                    if (doc.getNumberOfPages() >= limits.maxPages()) {
                        throw ReceivingProblems.tooManyPages(
                                doc.getNumberOfPages() + 1, limits.maxPages());
                    }
                    int w = reader.getWidth(i);
                    int h = reader.getHeight(i);
                    if ((long) w * h > MAX_IMAGE_PIXELS) {
                        throw ReceivingProblems.imageTooLarge(w, h);
                    }
                    PDImageXObject image =
                            format.equals("jpeg")
                                    ? JPEGFactory.createFromByteArray(doc, page.bytes())
                                    : LosslessFactory.createFromImage(doc, read(reader, i));
                    place(doc, image);
                }
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage read(ImageReader reader, int index) throws IOException {
        return reader.read(index);
    }

    private static void place(PDDocument doc, PDImageXObject image) throws IOException {
        boolean landscape = image.getWidth() > image.getHeight();
        PDRectangle a4 =
                landscape
                        ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                        : PDRectangle.A4;
        PDPage pdfPage = new PDPage(a4);
        doc.addPage(pdfPage);
        float scale =
                Math.min(a4.getWidth() / image.getWidth(), a4.getHeight() / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
            content.drawImage(image, (a4.getWidth() - w) / 2, (a4.getHeight() - h) / 2, w, h);
        }
    }

    /**
     * The image format by its first bytes, or {@code null}: the name a client gives proves nothing.
     */
    static String format(byte[] b) {
        if (b.length >= 3
                && (b[0] & 0xff) == 0xFF
                && (b[1] & 0xff) == 0xD8
                && (b[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length >= 4
                && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
                        || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42))) {
            return "tiff";
        }
        return null;
    }
}
