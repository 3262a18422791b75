package saraban.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.testing.PdfText;
import saraban.testing.PdfText.Glyph;
import saraban.testing.TestHome;
import saraban.thai.Digits;

/** Where the regulation's parts land on the page, measured on the rendered PDF. */
class LetterLayoutIT {
    private static final float CM = 72f / 2.54f;

    @BeforeAll
    static void engine() {
        LettersPdfIT.engine();
    }

    static LetterDraft seedWith(Secrecy secrecy, List<String> body, String recipient, Digits digits)
            throws IOException {
        LetterDraft s = LettersPdfIT.sample("seed-circular");
        return new LetterDraft(
                s.kind(),
                s.circular(),
                s.urgency(),
                secrecy,
                s.referenceNumber(),
                s.date(),
                s.issuer(),
                s.subject(),
                recipient == null ? s.recipient() : recipient,
                null,
                s.references(),
                s.enclosures(),
                body == null ? s.body() : body,
                null,
                s.signer(),
                s.ownerUnit(),
                digits);
    }

    private static String textOf(List<Glyph> glyphs) {
        return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
    }

    private static boolean red(Glyph g) {
        return g.rgb()[0] > 0.7 && g.rgb()[1] < 0.2 && g.rgb()[2] < 0.2;
    }

    @Test
    void urgency_is_red_and_at_least_32_point() throws IOException {
        List<Glyph> glyphs = PdfText.glyphs(LettersPdfIT.render("seed-circular"));
        List<Glyph> redGlyphs = glyphs.stream().filter(LetterLayoutIT::red).toList();
        assertThat(textOf(redGlyphs)).isEqualTo("ด่วนที่สุด");
        double min32 = TestHome.engine().fonts().points(32);
        assertThat(redGlyphs)
                .allSatisfy(
                        g ->
                                assertThat(g.fontSize())
                                        .isGreaterThanOrEqualTo((float) min32 - 0.01f));
        assertThat(redGlyphs.get(0).y()).as("near the top").isLessThan(4 * CM);
    }

    @Test
    void secrecy_is_red_at_top_and_bottom_centre_of_every_page_and_pages_are_numbered_from_two()
            throws IOException {
        List<String> longBody =
                new ArrayList<>(
                        Collections.nCopies(6, LettersPdfIT.sample("seed-circular").body().get(1)));
        byte[] pdf = LettersPdfIT.letters.render(seedWith(Secrecy.SECRET, longBody, null, null));
        List<Glyph> glyphs = PdfText.glyphs(pdf);
        int pages = glyphs.stream().mapToInt(Glyph::page).max().orElseThrow();
        assertThat(pages).isGreaterThanOrEqualTo(2);
        float centre = (3 + 8) * CM;
        for (int page = 1; page <= pages; page++) {
            int p = page;
            List<Glyph> onPage = glyphs.stream().filter(g -> g.page() == p).toList();
            List<Glyph> top = onPage.stream().filter(g -> red(g) && g.y() < 2 * CM).toList();
            List<Glyph> bottom = onPage.stream().filter(g -> red(g) && g.y() > 27 * CM).toList();
            assertThat(textOf(top)).as("top of page %d", page).isEqualTo("ลับมาก");
            assertThat(textOf(bottom)).as("bottom of page %d", page).isEqualTo("ลับมาก");
            for (List<Glyph> mark : List.of(top, bottom)) {
                float middle =
                        (mark.get(0).x()
                                        + mark.get(mark.size() - 1).x()
                                        + mark.get(mark.size() - 1).width())
                                / 2;
                assertThat(middle)
                        .as("centred on page %d", page)
                        .isBetween(centre - 10, centre + 10);
            }
            String header =
                    PdfText.squeeze(
                            textOf(
                                    onPage.stream()
                                            .filter(
                                                    g ->
                                                            !red(g)
                                                                    && g.y() < 2.6 * CM
                                                                    && g.y() > 1 * CM)
                                            .toList()));
            if (page == 1) {
                assertThat(header).doesNotContain("-");
            } else {
                assertThat(header)
                        .isEqualTo(
                                "-" + saraban.thai.ThaiDigits.toThai(String.valueOf(page)) + "-");
            }
        }
    }

    @Test
    void salutation_and_closing_come_from_one_row_of_the_table() throws IOException {
        byte[] pdf = LettersPdfIT.letters.render(seedWith(null, null, "นายกรัฐมนตรี", null));
        String text = PdfText.squeeze(PdfText.pdfbox(pdf));
        assertThat(text).contains("กราบเรียนนายกรัฐมนตรี").contains("ขอแสดงความนับถืออย่างยิ่ง");
        String ordinary = PdfText.squeeze(PdfText.pdfbox(LettersPdfIT.render("seed-circular")));
        assertThat(ordinary)
                .contains("เรียนหัวหน้าส่วนราชการ")
                .contains("ขอแสดงความนับถือ")
                .doesNotContain("อย่างยิ่ง");
    }

    @Test
    void a_long_salutation_stays_on_one_line_with_the_addressee() throws IOException {
        byte[] pdf = LettersPdfIT.letters.render(seedWith(null, null, "นายกรัฐมนตรี", null));
        List<String> lines =
                PdfText.pdftotext(pdf, "-layout").lines().map(PdfText::squeeze).toList();
        assertThat(lines).contains("กราบเรียนนายกรัฐมนตรี");
        assertThat(lines).doesNotContain("กราบ");
    }

    @Test
    void a_memo_has_no_closing() throws IOException {
        String text = PdfText.squeeze(PdfText.pdfbox(LettersPdfIT.render("memo")));
        assertThat(text)
                .contains("บันทึกข้อความ")
                .contains("เรียนผู้ว่าราชการจังหวัดสมุทรสงคราม")
                .doesNotContain("ขอแสดงความนับถือ");
    }

    @Test
    void dates_and_numbers_print_in_thai_digits_by_default_and_arabic_on_request()
            throws IOException {
        String thai = PdfText.squeeze(PdfText.pdfbox(LettersPdfIT.render("seed-circular")));
        assertThat(thai).contains("๒๙มีนาคม๒๕๖๒").contains("ที่สส๐๐๑๗.๒/ว๕๒๕");
        byte[] arabic = LettersPdfIT.letters.render(seedWith(null, null, null, Digits.ARABIC));
        assertThat(PdfText.squeeze(PdfText.pdfbox(arabic)))
                .contains("29มีนาคม2562")
                .contains("ที่สส0017.2/ว525");
    }

    @Test
    void body_paragraphs_are_indented_two_and_a_half_centimetres() throws IOException {
        List<Glyph> glyphs = PdfText.glyphs(LettersPdfIT.render("seed-circular"));
        Glyph first =
                glyphs.stream()
                        .filter(g -> g.text().equals("ต"))
                        .filter(g -> g.y() > 10 * CM)
                        .findFirst()
                        .orElseThrow(); // "ตามที่…" opens the body
        assertThat(first.x()).isBetween(5.5f * CM - 1, 5.5f * CM + 1);
    }

    @Test
    void without_an_emblem_file_a_labelled_placeholder_of_three_centimetres_is_drawn()
            throws IOException {
        String text = PdfText.pdfbox(LettersPdfIT.render("seed-circular"));
        assertThat(text).contains("ตราครุฑ");
    }

    @Test
    void the_agency_emblem_is_drawn_three_centimetres_high_centred_at_the_top(
            @org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        BufferedImage emblem = new BufferedImage(90, 100, BufferedImage.TYPE_INT_RGB);
        Path png = tmp.resolve("garuda.png");
        ImageIO.write(emblem, "png", png.toFile());
        LetterService withEmblem =
                new LetterService(
                        TestHome.engine(),
                        TestHome.home().resolve("templates/letters"),
                        Optional.of(png),
                        Clock.fixed(Instant.parse("2019-03-29T03:00:00Z"), ZoneOffset.UTC));
        byte[] pdf = withEmblem.render(LettersPdfIT.sample("seed-circular"));
        assertThat(PdfText.pdfbox(pdf)).doesNotContain("ตราครุฑ");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Matrix> placed = new ArrayList<>();
            new PDFGraphicsStreamEngine(doc.getPage(0)) {
                @Override
                public void drawImage(PDImage image) {
                    placed.add(getGraphicsState().getCurrentTransformationMatrix());
                }

                @Override
                public void appendRectangle(
                        java.awt.geom.Point2D a,
                        java.awt.geom.Point2D b,
                        java.awt.geom.Point2D c,
                        java.awt.geom.Point2D d) {}

                @Override
                public void clip(int rule) {}

                @Override
                public void moveTo(float x, float y) {}

                @Override
                public void lineTo(float x, float y) {}

                @Override
                public void curveTo(float a, float b, float c, float d, float e, float f) {}

                @Override
                public java.awt.geom.Point2D getCurrentPoint() {
                    return new java.awt.geom.Point2D.Float();
                }

                @Override
                public void closePath() {}

                @Override
                public void endPath() {}

                @Override
                public void strokePath() {}

                @Override
                public void fillPath(int rule) {}

                @Override
                public void fillAndStrokePath(int rule) {}

                @Override
                public void shadingFill(COSName name) {}

                void run() throws IOException {
                    processPage(getPage());
                }
            }.run();
            assertThat(placed).hasSize(1);
            Matrix m = placed.get(0);
            assertThat(m.getScalingFactorY()).isBetween(3 * CM - 0.5f, 3 * CM + 0.5f);
            float top = 841.89f - (m.getTranslateY() + m.getScalingFactorY());
            assertThat(top)
                    .as("distance from the top edge")
                    .isBetween(1.5f * CM - 1, 1.5f * CM + 1);
            float centre = m.getTranslateX() + m.getScalingFactorX() / 2;
            assertThat(centre).isBetween(11 * CM - 1, 11 * CM + 1);
        }
        Files.write(TestHome.outputDir("letters").resolve("with-emblem.pdf"), pdf);
    }
}
