package saraban.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import saraban.testing.TestHome;

class PdfLinesTest {

    private static final float CM = 72f / 2.54f;

    /** Text to draw at {@code x} cm from the left and baseline {@code y} cm from the top. */
    private record Placed(String text, double x, double y) {}

    /**
     * An external letter's heading drawn bottom part first and right column before left, the way a
     * word processor's file may order it.
     */
    private static final List<Placed> HEADING_OUT_OF_ORDER =
            List.of(
                    new Placed("เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด", 3, 9.5),
                    new Placed("เรื่อง ขอเชิญประชุม", 3, 8.6),
                    new Placed("๒๙ มีนาคม ๒๕๖๒", 10.5, 7.6),
                    new Placed("ถนนเอกชัย สส ๗๕๐๐๐", 12.2, 6.6),
                    new Placed("ศาลากลางจังหวัดสมุทรสงคราม", 12.2, 5.9),
                    new Placed("ที่ สส ๐๐๑๗.๒/ว ๕๒๕", 3, 5.9),
                    new Placed("ด่วนที่สุด", 3, 2.6));

    private static byte[] draw(List<Placed> texts) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font =
                    PDType0Font.load(doc, TestHome.home().resolve("fonts/Laksaman.ttf").toFile());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                for (Placed t : texts) {
                    content.beginText();
                    content.setFont(font, 16);
                    content.newLineAtOffset(
                            (float) (t.x() * CM),
                            (float) (PDRectangle.A4.getHeight() - t.y() * CM));
                    content.showText(t.text());
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void rebuilds_lines_columns_and_blocks_from_positions_not_drawing_order() throws IOException {
        byte[] pdf = draw(HEADING_OUT_OF_ORDER);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(PdfLines.text(doc, 2).split("\n"))
                    .containsExactly(
                            "ด่วนที่สุด",
                            "",
                            "ที่ สส ๐๐๑๗.๒/ว ๕๒๕",
                            "ศาลากลางจังหวัดสมุทรสงคราม",
                            "ถนนเอกชัย สส ๗๕๐๐๐",
                            "",
                            "๒๙ มีนาคม ๒๕๖๒",
                            "",
                            "เรื่อง ขอเชิญประชุม",
                            "",
                            "เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด");
        }
        LetterMetadata m = MetadataExtractor.fromPdf(pdf);
        assertThat(m.referenceNumber()).isEqualTo("สส ๐๐๑๗.๒/ว ๕๒๕");
        assertThat(m.sender()).isEqualTo("ศาลากลางจังหวัดสมุทรสงคราม");
        assertThat(m.addressee()).isEqualTo("ผู้ว่าราชการจังหวัดทุกจังหวัด");
    }

    @Test
    void gives_nothing_for_a_page_without_text() throws IOException {
        assertThat(MetadataExtractor.fromPdf(draw(List.of()))).isEqualTo(LetterMetadata.NONE);
    }
}
