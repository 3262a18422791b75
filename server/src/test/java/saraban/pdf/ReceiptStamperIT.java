package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static saraban.pdf.StampChecks.describe;
import static saraban.pdf.StampChecks.fromTop;
import static saraban.pdf.StampChecks.glyphBoxes;
import static saraban.pdf.StampChecks.inkUnder;
import static saraban.pdf.StampChecks.lines;
import static saraban.pdf.StampChecks.pdfboxLines;
import static saraban.pdf.StampChecks.pdftotextLines;
import static saraban.pdf.StampFixtures.HALL;
import static saraban.pdf.StampFixtures.UNIT;
import static saraban.pdf.StampFixtures.keep;
import static saraban.pdf.StampFixtures.letter;
import static saraban.pdf.StampFixtures.stamper;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import saraban.testing.PdfA;
import saraban.testing.PdfText;
import saraban.testing.TestHome;

/**
 * Receipt stamps on letters made by the letter engine and on small drawn pages: where they go, what
 * their text layer says, and that the letter underneath stays untouched and valid.
 */
class ReceiptStamperIT {
    static final StampTemplate T =
            StampTemplate.load(TestHome.home().resolve("templates/stamps/receipt.properties"));
    static final float A4_WIDTH = 595.276f;
    static final float A4_HEIGHT = 841.89f;

    @Test
    void stamp_text_extracts_exactly_with_pdfbox_and_pdftotext() {
        Stamped s = stamper().stamp(letter("seed-circular"), HALL);
        keep("seed-circular-hall", s.pdf());
        assertThat(pdfboxLines(s.pdf(), s)).containsExactlyElementsOf(lines(HALL));
        assertThat(pdftotextLines(s.pdf(), s)).containsExactlyElementsOf(lines(HALL));
        assertThat(PdfText.pdfbox(s.pdf())).doesNotContainPattern("[\uF700-\uF71F]");
        assertThat(PdfText.pdftotext(s.pdf())).doesNotContainPattern("[\uF700-\uF71F]");
    }

    @Test
    void stamp_goes_at_full_size_to_the_top_right_corner_of_page_one() {
        byte[] letter = letter("seed-circular");
        Stamped s = stamper().stamp(letter, HALL);
        assertThat(s.page()).isEqualTo(1);
        assertThat(s.placement()).isEqualTo(Placement.FREE_SPACE);
        assertThat(s.incremental()).isFalse();
        assertThat(s.width()).isCloseTo(T.width(), within(0.01f));
        assertThat(s.height()).isCloseTo(T.height(), within(0.01f));
        assertThat(s.x() + s.width()).isCloseTo(A4_WIDTH - T.inset(), within(FreeSpace.CELL));
        assertThat(s.y() + s.height()).isCloseTo(A4_HEIGHT - T.inset(), within(FreeSpace.CELL));
        assertThat(pageText(s.pdf(), 2)).isEqualTo(pageText(letter, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-circular", "memo", "stamped", "order", "announcement"})
    void two_stamps_cover_neither_each_other_nor_anything_of_the_letter(String name) {
        byte[] letter = letter(name);
        Stamped first = stamper().stamp(letter, HALL);
        Stamped second = stamper().stamp(first.pdf(), UNIT);
        keep(name + "-two-stamps", second.pdf());
        Rectangle2D a = box(first);
        Rectangle2D b = box(second);
        assertThat(a.intersects(b)).as("%s and %s overlap", describe(a), describe(b)).isFalse();
        for (Stamped s : List.of(first, second)) {
            Rectangle2D onLetter =
                    new Rectangle2D.Float(
                            s.x(), A4_HEIGHT - s.y() - s.height(), s.width(), s.height());
            assertThat(inkUnder(letter, onLetter))
                    .as("ink of %s under %s", name, describe(onLetter))
                    .isZero();
            assertThat(glyphBoxes(letter))
                    .as("letter text under the stamp at %s", describe(onLetter))
                    .noneMatch(g -> g.intersects(onLetter));
        }
        if (second.placement() != Placement.MARGIN_STRIP) {
            boolean below = b.getMaxY() <= a.getMinY();
            boolean beside = b.getMaxX() <= a.getMinX();
            assertThat(below || beside)
                    .as("second stamp %s beside or below the first %s", describe(b), describe(a))
                    .isTrue();
        }
        assertThat(pdfboxLines(second.pdf(), first)).containsExactlyElementsOf(lines(HALL));
        assertThat(pdfboxLines(second.pdf(), second)).containsExactlyElementsOf(lines(UNIT));
        assertThat(pdftotextLines(second.pdf(), first)).containsExactlyElementsOf(lines(HALL));
        assertThat(pdftotextLines(second.pdf(), second)).containsExactlyElementsOf(lines(UNIT));
    }

    @Test
    void a_second_stamp_goes_below_the_first_when_there_is_no_room_beside_it() {
        Stamped first = stamper().stamp(letter("order"), HALL);
        Stamped second = stamper().stamp(first.pdf(), UNIT);
        assertThat(second.placement()).isNotEqualTo(Placement.MARGIN_STRIP);
        assertThat(second.y() + second.height()).isLessThanOrEqualTo(first.y() - T.gap());
        assertThat(second.x() + second.width()).isCloseTo(first.x() + first.width(), within(1f));
    }

    @Test
    void a_second_stamp_goes_beside_the_first_when_its_rows_have_room() {
        byte[] page = TestPdfs.a4().text(72, 400).pdf();
        Stamped first = stamper().stamp(page, HALL);
        Stamped second = stamper().stamp(first.pdf(), UNIT);
        keep("blank-two-stamps", second.pdf());
        assertThat(second.placement()).isEqualTo(Placement.FREE_SPACE);
        assertThat(second.y() + second.height())
                .isCloseTo(first.y() + first.height(), within(0.01f));
        assertThat(second.x() + second.width()).isLessThanOrEqualTo(first.x() - T.gap() + 0.01f);
    }

    @Test
    void when_only_a_smaller_place_is_free_the_stamp_shrinks_to_fit_it() {
        float right = A4_WIDTH - T.inset();
        float top = A4_HEIGHT - T.inset();
        // free: a 120 × 62 pt corner (plus the gap) at the top right; the stamp is 141.7 × 70.9
        float holeLeft = right - 120 - T.gap();
        float holeBottom = top - 62 - T.gap();
        byte[] page =
                TestPdfs.a4()
                        .block(0, 0, A4_WIDTH, holeBottom)
                        .block(0, 0, holeLeft, A4_HEIGHT)
                        .pdf();
        Stamped s = stamper().stamp(page, HALL);
        keep("shrunk", s.pdf());
        assertThat(s.placement()).isEqualTo(Placement.SHRUNK);
        assertThat(s.width()).isLessThan(120).isGreaterThanOrEqualTo(T.width() * T.minScale());
        assertThat(s.height() / s.width()).isCloseTo(T.height() / T.width(), within(0.001f));
        assertThat(s.x()).isGreaterThanOrEqualTo(holeLeft + T.gap());
        assertThat(s.y()).isGreaterThanOrEqualTo(holeBottom + T.gap());
        assertThat(inkUnder(page, fromTop(page, s))).isZero();
        assertThat(pdfboxLines(s.pdf(), s)).containsExactlyElementsOf(lines(HALL));
    }

    @Test
    void when_nothing_fits_the_page_grows_a_strip_at_the_top_for_the_stamp() throws IOException {
        byte[] page = TestPdfs.a4().block(0, 0, A4_WIDTH, A4_HEIGHT).pdf();
        Stamped s = stamper().stamp(page, HALL);
        keep("strip", s.pdf());
        assertThat(s.placement()).isEqualTo(Placement.MARGIN_STRIP);
        float strip = T.height() + 2 * T.inset();
        try (PDDocument doc = Loader.loadPDF(s.pdf())) {
            assertThat(doc.getPage(0).getMediaBox().getHeight())
                    .isCloseTo(A4_HEIGHT + strip, within(0.01f));
            assertThat(doc.getPage(0).getCropBox().getHeight())
                    .isCloseTo(A4_HEIGHT + strip, within(0.01f));
        }
        assertThat(s.y()).isGreaterThanOrEqualTo(A4_HEIGHT);
        assertThat(s.width()).isCloseTo(T.width(), within(0.01f));
        assertThat(pdfboxLines(s.pdf(), s)).containsExactlyElementsOf(lines(HALL));
        assertThat(pdftotextLines(s.pdf(), s)).containsExactlyElementsOf(lines(HALL));
    }

    @Test
    void images_and_drawings_are_kept_clear() {
        // a photo in the top-right corner and a grey bar below the area's top
        byte[] page = TestPdfs.a4().image(430, 690, 140, 130).block(250, 600, 170, 40).pdf();
        Stamped s = stamper().stamp(page, HALL);
        keep("image", s.pdf());
        assertThat(s.placement()).isEqualTo(Placement.FREE_SPACE);
        assertThat(
                        box(s).intersects(
                                        new Rectangle2D.Double(
                                                430 - T.gap(),
                                                690 - T.gap(),
                                                140 + 2 * T.gap(),
                                                130 + 2 * T.gap())))
                .isFalse();
        assertThat(inkUnder(page, fromTop(page, s))).isZero();
    }

    @Test
    void a_white_background_is_not_taken_for_writing() {
        byte[] page = TestPdfs.a4().whiteBlock(0, 0, A4_WIDTH, A4_HEIGHT).text(72, 700).pdf();
        Stamped s = stamper().stamp(page, HALL);
        assertThat(s.placement()).isEqualTo(Placement.FREE_SPACE);
        assertThat(s.x() + s.width()).isCloseTo(A4_WIDTH - T.inset(), within(FreeSpace.CELL));
    }

    @Test
    void a_rotated_page_is_stamped_at_its_top_right_as_displayed_and_upright() throws IOException {
        byte[] page = TestPdfs.a4().rotated(90).text(300, 300).pdf();
        Stamped s = stamper().stamp(page, HALL);
        keep("rotated", s.pdf());
        // displayed landscape: 841.9 wide, 595.3 high
        assertThat(s.x() + s.width()).isCloseTo(A4_HEIGHT - T.inset(), within(FreeSpace.CELL));
        assertThat(s.y() + s.height()).isCloseTo(A4_WIDTH - T.inset(), within(FreeSpace.CELL));
        assertThat(pdfboxLines(s.pdf(), s)).containsExactlyElementsOf(lines(HALL));
        assertThat(pdftotextLines(s.pdf(), s)).containsExactlyElementsOf(lines(HALL));
        try (PDDocument doc = Loader.loadPDF(s.pdf())) {
            BufferedImage shown = new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.RGB);
            assertThat(shown.getWidth()).isBetween(841, 842);
            Rectangle2D r = fromTop(s.pdf(), s);
            assertThat(blueInk(shown, r))
                    .as("stamp ink where the stamp is said to be")
                    .isGreaterThan(500);
        }
    }

    @Test
    void a_pdfa_letter_stays_pdfa_after_two_stamps() {
        byte[] letter = letter("seed-circular");
        assertThat(PdfA.failures(letter)).as("the letter before stamping").isEmpty();
        Stamped first = stamper().stamp(letter, HALL);
        assertThat(PdfA.failures(first.pdf())).as("after the first stamp").isEmpty();
        Stamped second = stamper().stamp(first.pdf(), UNIT);
        assertThat(second.placement()).isEqualTo(Placement.MARGIN_STRIP);
        assertThat(PdfA.failures(second.pdf())).as("after the second stamp, on a strip").isEmpty();
    }

    @Test
    void stamping_from_many_threads_gives_the_same_bytes_as_one_at_a_time() throws Exception {
        List<byte[]> inputs = List.of(letter("seed-circular"), letter("memo"), letter("order"));
        List<ReceiptStamp> stamps = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            stamps.add(
                    ReceiptStamp.received(
                            i % 2 == 0 ? HALL.office() : UNIT.office(),
                            "เลขรับ",
                            100 + i,
                            Instant.parse("2019-08-25T03:50:00Z").plusSeconds(600 * i)));
        }
        List<byte[]> expected = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            expected.add(stamper().stamp(inputs.get(i % 3), stamps.get(i % 12)).pdf());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 36; i++) {
                    int n = i;
                    results.add(
                            pool.submit(
                                    () ->
                                            stamper()
                                                    .stamp(inputs.get(n % 3), stamps.get(n % 12))
                                                    .pdf()));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("stamp %d", i).isEqualTo(expected.get(i % 36));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void an_edited_template_is_used_by_the_next_stamp(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("receipt.properties");
        Files.copy(TestHome.home().resolve("templates/stamps/receipt.properties"), file);
        ReceiptStamper stamper = new ReceiptStamper(TestHome.engine().fonts(), dir);
        byte[] letter = letter("memo");
        assertThat(stampColour(stamper.stamp(letter, HALL))).isEqualTo(0x1F3A8A);
        String edited =
                Files.readString(file, StandardCharsets.UTF_8)
                        .replace("color = #1F3A8A", "color = #B22222");
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(
                file, FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(5)));
        assertThat(stampColour(stamper.stamp(letter, HALL))).isEqualTo(0xB22222);
    }

    @Test
    void a_broken_template_is_reported_with_its_file_and_entry(@TempDir Path dir)
            throws IOException {
        Files.writeString(
                dir.resolve("receipt.properties"), "width = 5 inch\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ReceiptStamper(TestHome.engine().fonts(), dir))
                .isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("receipt.properties")
                .hasMessageContaining("line.1: the stamp needs at least one line");
        assertThatThrownBy(() -> new ReceiptStamper(TestHome.engine().fonts(), dir.resolve("none")))
                .isInstanceOf(PdfRenderException.class)
                .hasMessageContaining("is missing");
    }

    @Test
    void a_long_office_name_is_broken_between_words_and_extracts_whole() {
        String office = "สำนักงานคณะกรรมการพัฒนาการเศรษฐกิจและสังคมแห่งชาติ";
        ReceiptStamp stamp = new ReceiptStamp(office, "เลขรับ", "๑๒", "๒๕ ส.ค. ๒๕๖๒", "๑๐.๕๐ น.");
        Stamped s = stamper().stamp(letter("order"), stamp);
        keep("long-office", s.pdf());
        for (List<String> lines : List.of(pdfboxLines(s.pdf(), s), pdftotextLines(s.pdf(), s))) {
            assertThat(lines).hasSize(5);
            assertThat(lines.get(0) + lines.get(1)).isEqualTo(office);
            assertThat(lines.subList(2, 5)).containsExactlyElementsOf(lines(stamp).subList(1, 4));
        }
        Rectangle2D inside = StampChecks.grown(fromTop(s.pdf(), s), 0.5);
        assertThat(PdfText.glyphs(s.pdf()))
                .filteredOn(g -> g.page() == 1 && g.rgb()[2] > 0.4f && g.rgb()[0] < 0.3f)
                .isNotEmpty()
                .allMatch(
                        g ->
                                inside.contains(g.x(), g.y())
                                        && inside.contains(g.x() + g.width(), g.y()),
                        "inside the stamp's box");
    }

    @Test
    void a_character_the_font_cannot_draw_is_refused() {
        ReceiptStamp stamp =
                new ReceiptStamp("สำนักงาน 中文", "เลขรับ", "๑", "๒๕ ส.ค. ๒๕๖๒", "๑๐.๕๐ น.");
        assertThatThrownBy(() -> stamper().stamp(letter("memo"), stamp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the stamp's font has no glyph for U+4E2D");
    }

    private static Rectangle2D box(Stamped s) {
        return new Rectangle2D.Float(s.x(), s.y(), s.width(), s.height());
    }

    private static String pageText(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper =
                    new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The fill colour of the stamp's text, as {@code 0xRRGGBB}. */
    private static int stampColour(Stamped s) {
        Rectangle2D inside = fromTop(s.pdf(), s);
        PdfText.Glyph g =
                PdfText.glyphs(s.pdf()).stream()
                        .filter(x -> x.page() == 1 && inside.contains(x.x(), x.y()))
                        .findFirst()
                        .orElseThrow();
        return Math.round(g.rgb()[0] * 255) << 16
                | Math.round(g.rgb()[1] * 255) << 8
                | Math.round(g.rgb()[2] * 255);
    }

    private static int blueInk(BufferedImage image, Rectangle2D r) {
        int count = 0;
        for (int y = (int) r.getMinY(); y < (int) r.getMaxY(); y++) {
            for (int x = (int) r.getMinX(); x < (int) r.getMaxX(); x++) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xFF;
                int blue = rgb & 0xFF;
                count += blue > red + 40 ? 1 : 0;
            }
        }
        return count;
    }
}
