package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.ProblemException;
import saraban.testing.LineBreaks;
import saraban.testing.PdfA;
import saraban.testing.PdfText;
import saraban.testing.TestHome;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;
import saraban.thai.ThaiNormalizer;
import saraban.thai.ThaiText;

/**
 * A send register of sixty numbers, a third of them with long subjects of real Thai government text
 * and three cancelled, printed from {@code templates/registers/register.fo}: A4 landscape, the
 * heading and the column headings on every page, Thai digits throughout, every subject whole and
 * wrapped inside its column between words, cancelled rows grey and struck through with the reason
 * in red; PDF/A-2b. The file and its pages as PNG are left in {@code target/test-output/registers/}
 * to look at.
 */
class RegisterPdfIT {
    private static final float CM = 72f / 2.54f;

    /** The column edges of the template, in cm from the page's left edge. */
    private static final double[] EDGES = {1.5, 3.3, 6.5, 9.1, 12.3, 15.5, 22.7, 25.0, 28.2};

    /** Where the table may be drawn: below the heading, above the page numbers. */
    private static final float BODY_TOP = 2.9f * CM;

    private static final float BODY_BOTTOM = (21f - 1.7f) * CM;

    /** A grey level below this is ink: the thin grey strike line renders at about 215. */
    private static final int INKED = 235;

    static final String HEADINGS = "ที่ ลงวันที่ จาก ถึง เรื่อง การปฏิบัติ หมายเหตุ";

    static RegisterPdf printer;
    static PrintedRegister register;
    static byte[] pdf;
    static int pages;

    @BeforeAll
    static void render() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2019-09-02T02:30:00Z"), ZoneOffset.UTC);
        printer =
                new RegisterPdf(
                        TestHome.engine(), TestHome.home().resolve("templates/registers"), clock);
        register = SampleRegister.printed(60);
        pdf = printer.render(register);
        Path out = TestHome.outputDir("registers");
        Files.write(out.resolve("register-60.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < pages; i++) {
                javax.imageio.ImageIO.write(
                        renderer.renderImageWithDPI(i, 60, ImageType.RGB),
                        "png",
                        out.resolve("register-60-" + (i + 1) + ".png").toFile());
            }
        }
    }

    /** The text of one page as pdftotext lays it out, runs of spaces made one. */
    static String layoutText(int page) {
        return PdfText.pdftotext(
                        pdf, "-layout", "-f", String.valueOf(page), "-l", String.valueOf(page))
                .replaceAll("[ \u00A0]+", " ");
    }

    static String thai(int n) {
        return ThaiDigits.toThai(Integer.toString(n));
    }

    @Test
    void every_page_is_a4_landscape() throws IOException {
        assertThat(pages).as("sixty rows with long subjects take several pages").isGreaterThan(2);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
                assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
                assertThat(page.getRotation()).isZero();
            }
        }
    }

    @Test
    void every_page_has_the_heading_the_column_headings_and_its_number() {
        for (int page = 1; page <= pages; page++) {
            String text = layoutText(page);
            assertThat(text)
                    .as("page %d", page)
                    .contains("ทะเบียนหนังสือส่ง")
                    .contains("สำนักงานจังหวัดสมุทรสงคราม พ.ศ. ๒๕๖๒")
                    .contains(HEADINGS)
                    .contains("ทะเบียนส่ง")
                    .contains("หน้า " + thai(page) + " จาก " + thai(pages))
                    .contains("พิมพ์เมื่อ ๒ ก.ย. ๒๕๖๒ ๙.๓๐ น.");
        }
    }

    @Test
    void each_month_of_registration_starts_a_new_page_headed_with_its_name() {
        Pattern heading = Pattern.compile("พ\\.ศ\\. ๒๕๖๒ เดือน(\\S+ [๐-๙]+)");
        Pattern rowStart = Pattern.compile("(?m)^ ([๐-๙]+) สส ");
        List<String> months = new ArrayList<>();
        int rows = 0;
        for (int page = 1; page <= pages; page++) {
            String text = layoutText(page);
            Matcher h = heading.matcher(text);
            assertThat(h.find()).as("page %d names its month", page).isTrue();
            String month = h.group(1);
            if (months.isEmpty() || !months.get(months.size() - 1).equals(month)) {
                months.add(month);
            }
            Matcher r = rowStart.matcher(text);
            while (r.find()) {
                PrintedRegister.Row row =
                        register.rows().get(Integer.parseInt(ThaiDigits.toArabic(r.group(1))) - 1);
                assertThat(ThaiDates.monthName(row.registered().getMonthValue()) + " ๒๕๖๒")
                        .as("month of row %d on page %d", row.number(), page)
                        .isEqualTo(month);
                rows++;
            }
        }
        assertThat(rows).isEqualTo(60);
        assertThat(months)
                .containsExactly(
                        "มกราคม ๒๕๖๒",
                        "กุมภาพันธ์ ๒๕๖๒",
                        "มีนาคม ๒๕๖๒",
                        "เมษายน ๒๕๖๒",
                        "พฤษภาคม ๒๕๖๒",
                        "มิถุนายน ๒๕๖๒",
                        "กรกฎาคม ๒๕๖๒",
                        "สิงหาคม ๒๕๖๒");
    }

    @Test
    void numbers_references_and_dates_extract_in_thai_digits_exactly() {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            all.append(layoutText(page));
        }
        String text = all.toString();
        for (PrintedRegister.Row row : register.rows()) {
            // a row's first line: number, reference, date, as the register prints them
            String start = row.numberText() + " " + row.reference() + " " + row.date() + " ";
            assertThat(text).as("row %d", row.number()).contains(" " + start);
        }
        assertThat(text).contains(" ๖๐ สส ๐๐๑๗/๖๐ ๒๙ ส.ค. ๒๕๖๒ ");
    }

    @Test
    void every_subject_is_whole_and_wraps_inside_its_column_between_words() {
        String text = PdfText.pdfbox(pdf);
        String squeezed = PdfText.squeeze(text);
        Set<Integer> lineEnds = LineBreaks.lineEnds(text);
        int breaks = 0;
        for (PrintedRegister.Row row : register.rows()) {
            String normalized = ThaiNormalizer.normalize(row.subject());
            String target = PdfText.squeeze(normalized);
            int start = squeezed.indexOf(target);
            assertThat(start).as("subject of row %d found whole", row.number()).isNotNegative();
            Set<Integer> allowed = LineBreaks.allowed(ThaiText.prepareForLineBreaking(normalized));
            for (int end : lineEnds) {
                int offset = end - start;
                if (offset > 0 && offset < target.length()) {
                    breaks++;
                    assertThat(allowed)
                            .as(
                                    "row %d breaks inside a word: ...%s|%s...",
                                    row.number(),
                                    target.substring(Math.max(0, offset - 12), offset),
                                    target.substring(
                                            offset, Math.min(target.length(), offset + 12)))
                            .contains(offset);
                }
            }
        }
        assertThat(breaks).as("line breaks inside subjects").isGreaterThan(100);
    }

    @Test
    void no_glyph_leaves_its_column() {
        int checked = 0;
        for (PdfText.Glyph g : PdfText.glyphs(pdf)) {
            if (g.y() < BODY_TOP || g.y() > BODY_BOTTOM || g.text().isBlank()) {
                continue;
            }
            double left = g.x() / CM;
            int column = 0;
            while (column < EDGES.length - 2 && left >= EDGES[column + 1]) {
                column++;
            }
            assertThat(left)
                    .as("'%s' on page %d starts inside the table", g.text(), g.page())
                    .isGreaterThan(EDGES[0]);
            assertThat((double) (g.x() + g.width()) / CM)
                    .as("'%s' on page %d ends inside column %d", g.text(), g.page(), column + 1)
                    .isLessThan(EDGES[column + 1] + 0.02);
            checked++;
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void cancelled_rows_are_grey_and_say_why_in_red() {
        List<PdfText.Glyph> glyphs = PdfText.glyphs(pdf);
        String grey = text(glyphs, g -> isGrey(g.rgb()));
        String red = text(glyphs, g -> g.rgb()[0] > 0.5 && g.rgb()[1] < 0.2);
        String black = text(glyphs, g -> g.rgb()[0] < 0.1 && g.rgb()[1] < 0.1);
        for (int n : SampleRegister.CANCELLED) {
            PrintedRegister.Row row = register.rows().get(n - 1);
            assertThat(row.cancelled()).isTrue();
            String line = PdfText.squeeze(row.numberText() + row.reference() + row.date());
            assertThat(grey).as("row %d in grey", n).contains(line);
            assertThat(black).as("row %d not in black", n).doesNotContain(line);
        }
        assertThat(red)
                .contains(
                        PdfText.squeeze(
                                "ยกเลิก: ออกเลขซ้ำกับงานอื่น (โดย somchai เมื่อ ๒๕ ส.ค. ๒๕๖๒ ๑๐.๕๐ น.)"));
        String used = register.rows().get(7).reference();
        assertThat(black).contains(PdfText.squeeze(used));
        assertThat(grey).doesNotContain(PdfText.squeeze(used));
    }

    @Test
    void cancelled_rows_are_struck_through_and_others_are_not() throws IOException {
        // row 7, the first cancelled one, and row 8 after it: their references
        assertThat(struckThrough(register.rows().get(6).reference())).isTrue();
        assertThat(struckThrough(register.rows().get(7).reference())).isFalse();
    }

    /**
     * Whether a line runs through the text as drawn: some pixel row across the glyphs' middle is
     * dark over nearly their whole width (text alone leaves gaps between and inside letters).
     */
    private static boolean struckThrough(String reference) throws IOException {
        List<PdfText.Glyph> run = find(PdfText.glyphs(pdf), PdfText.squeeze(reference));
        PdfText.Glyph first = run.get(0);
        PdfText.Glyph last = run.get(run.size() - 1);
        float scale = 4; // 288 dpi
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image =
                    new PDFRenderer(doc)
                            .renderImageWithDPI(first.page() - 1, 72 * scale, ImageType.GRAY);
            int x0 = Math.round(first.x() * scale);
            int x1 = Math.round((last.x() + last.width()) * scale);
            int bottom = Math.round(first.y() * scale);
            int top = Math.round((first.y() - first.fontSize() * 0.8f) * scale);
            for (int y = top; y <= bottom; y++) {
                int dark = 0;
                for (int x = x0; x < x1; x++) {
                    if ((image.getRGB(x, y) & 0xFF) < INKED) {
                        dark++;
                    }
                }
                if (dark >= 0.95 * (x1 - x0)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The consecutive glyphs that spell {@code squeezed}, blanks skipped. */
    private static List<PdfText.Glyph> find(List<PdfText.Glyph> glyphs, String squeezed) {
        List<PdfText.Glyph> visible =
                glyphs.stream().filter(g -> !PdfText.squeeze(g.text()).isEmpty()).toList();
        StringBuilder text = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            String t = PdfText.squeeze(visible.get(i).text());
            text.append(t);
            for (int k = 0; k < t.length(); k++) {
                owner.add(i);
            }
        }
        int at = text.indexOf(squeezed);
        assertThat(at).as("glyphs of %s", squeezed).isNotNegative();
        return visible.subList(owner.get(at), owner.get(at + squeezed.length() - 1) + 1);
    }

    private static boolean isGrey(float[] rgb) {
        return rgb[0] > 0.3 && rgb[0] < 0.6 && rgb[0] == rgb[1] && rgb[1] == rgb[2];
    }

    private static String text(List<PdfText.Glyph> glyphs, Predicate<PdfText.Glyph> which) {
        StringBuilder out = new StringBuilder();
        glyphs.stream().filter(which).forEach(g -> out.append(g.text()));
        return PdfText.squeeze(out.toString());
    }

    @Test
    void the_register_is_valid_pdfa_2b() {
        assertThat(PdfA.failures(pdf)).isEmpty();
    }

    @Test
    void an_empty_register_prints_its_heading_and_says_it_is_empty() {
        byte[] empty =
                printer.render(
                        PrintedRegister.of(
                                OfficeTree.sample().get("ss-mueang"),
                                Series.ORDER,
                                2562,
                                List.of()));
        String text = PdfText.pdftotext(empty, "-layout").replaceAll(" +", " ");
        assertThat(text)
                .contains("ทะเบียนคำสั่ง")
                .contains("อำเภอเมืองสมุทรสงคราม พ.ศ. ๒๕๖๒")
                .contains("เลข\n ที่ ลงวันที่ จาก")
                .contains("ยังไม่มีเลขในทะเบียนนี้")
                .contains("หน้า ๑ จาก ๑");
    }

    @Test
    void a_broken_or_missing_template_stops_start_up_with_its_code() throws IOException {
        Path dir = Files.createTempDirectory("register-template");
        Clock clock = Clock.systemUTC();
        assertThatThrownBy(() -> new RegisterPdf(TestHome.engine(), dir, clock))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().code()).isEqualTo("TEMPLATE_MISSING"));
        Files.writeString(
                dir.resolve("register.fo"),
                "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" xmlns:th=\"http://www.thymeleaf.org\">"
                        + "<fo:block th:text=\"${rows.(\"></fo:block></fo:root>",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new RegisterPdf(TestHome.engine(), dir, clock))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().code()).isEqualTo("TEMPLATE_FAILED"));
    }
}
