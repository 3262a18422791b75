package saraban.search;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import saraban.thai.ThaiShaper;

/** The text of a received letter's PDF, for the index: what its text layer says, in Thai order. */
final class PdfText {
    /** Letters are a few pages; a long enclosure's first pages say what it is. */
    static final int MAX_PAGES = 50;

    static final int MAX_CHARS = 300_000;

    private PdfText() {}

    /**
     * The text of the first {@value #MAX_PAGES} pages, at most {@value #MAX_CHARS} characters, with
     * the private-use glyph variants of Thai fonts mapped back to the characters they draw. A
     * scanned letter without a text layer gives an empty string.
     */
    static String extract(InputStream pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES);
            String text = ThaiShaper.unshape(stripper.getText(doc));
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        }
    }
}
