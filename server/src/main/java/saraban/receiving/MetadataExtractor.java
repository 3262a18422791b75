package saraban.receiving;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import saraban.receiving.HeadingFields.Dated;
import saraban.receiving.HeadingFields.Numbered;

/**
 * Reads an incoming letter's {@link LetterMetadata} from its text: the number after ที่, the date,
 * เรื่อง, the addressee after เรียน (or ถึง), the sender and the urgency and secrecy grades. Offer
 * the result to the clerk and use it where the clerk gave nothing ({@link
 * LetterMetadata#preferring}); it is read, not known, and any field may be {@code null}.
 *
 * <p>It knows the regulation's forms: external letters (also circulars), memos, stamped letters,
 * orders and announcements; see {@link Senders} for which text counts as the sender of each. Thai
 * or Arabic digits, full or abbreviated months, the spacing of scanned text and receipt stamps on
 * the page are all expected. A PDF is read from the text layer of its first two pages, rebuilt into
 * lines and columns from the glyphs' positions ({@link PdfLines}); a scan without a text layer
 * gives {@link LetterMetadata#NONE}.
 *
 * <p>Pure and thread-safe: {@code MetadataExtractor.fromText(text)}.
 */
public final class MetadataExtractor {

    /** A letter's heading is on page 1; a stamped letter's agency and date may run onto page 2. */
    static final int PAGES = 2;

    private MetadataExtractor() {}

    /** The metadata of a letter given as text (extracted, OCR'd or typed), lines as printed. */
    public static LetterMetadata fromText(String text) {
        LetterLines lines = LetterLines.of(text == null ? "" : text);
        if (lines.size() == 0) {
            return LetterMetadata.NONE;
        }
        LetterReader r = new LetterReader(lines);
        Numbered number = HeadingFields.number(r);
        Dated date = HeadingFields.date(r, number);
        // without ที่, เรื่อง or a salutation it is not a letter's heading that was read
        boolean heading =
                number != null
                        || r.subject >= 0
                        || r.salutation >= 0
                        || r.kind != LetterMetadata.Kind.EXTERNAL;
        return new LetterMetadata(
                heading ? r.kind : null,
                number == null ? null : number.printed(),
                null,
                date.date(),
                HeadingFields.subject(r),
                HeadingFields.salutation(r),
                HeadingFields.addressee(r),
                heading ? Senders.of(r, number, date) : null,
                r.urgency(),
                r.secrecy());
    }

    /** The metadata of a letter's PDF, read from the text layer of its first two pages. */
    public static LetterMetadata fromPdf(PDDocument pdf) {
        try {
            return fromText(PdfLines.text(pdf, PAGES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF's text", e);
        }
    }

    /**
     * The metadata of a letter's PDF given as bytes.
     *
     * @throws UncheckedIOException when the bytes are not a PDF PDFBox can open (check uploads
     *     before: encrypted, damaged and empty files are the caller's to refuse)
     */
    public static LetterMetadata fromPdf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return fromPdf(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the PDF", e);
        }
    }
}
