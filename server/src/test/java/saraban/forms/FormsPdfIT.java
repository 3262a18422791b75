package saraban.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import saraban.testing.LineBreaks;
import saraban.testing.PdfA;
import saraban.testing.PdfText;
import saraban.testing.TestHome;
import saraban.thai.ThaiText;

/**
 * The printed form, blank and filled: its text layer gives back what the district typed (as the
 * form shows it), nothing crosses the page's margins, long cells break between words, PDF/A-2b.
 */
class FormsPdfIT {
    static final float CM = 72f / 2.54f;
    static Path dir;
    static FormsFixture fixture;
    static byte[] blank;
    static byte[] filled;
    static byte[] fillable;
    static JsonNode normalised;

    @BeforeAll
    static void render() throws Exception {
        dir = Files.createTempDirectory("forms-pdf");
        fixture =
                new FormsFixture(
                        dir, "jdbc:sqlite:" + dir.resolve("db.sqlite"), LateSubmissions.ACCEPT);
        FormService forms = fixture.service;
        Path out = TestHome.outputDir("forms");
        blank = forms.blankPdf("district-projects", "current");
        Submission s =
                forms.submit(
                        "district-projects", FormsFixture.filled(FormsFixture.sample()), "somchai");
        normalised = s.data();
        filled = forms.pdf(s.id());
        fillable = forms.fillablePdf("district-projects", "current");
        Files.write(out.resolve("blank.pdf"), blank);
        Files.write(out.resolve("filled.pdf"), filled);
        Files.write(out.resolve("fillable.pdf"), fillable);
        Files.write(out.resolve("prefilled.pdf"), forms.fillablePdf(s.id()));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** What the printed form must show, each value whole, as the form writes it. */
    static List<String> shown() {
        List<String> texts =
                new ArrayList<>(
                        List.of(
                                "อำเภออัมพวา",
                                "แผนพัฒนาอำเภออัมพวา ๕ ปี (พ.ศ. ๒๕๖๑–๒๕๖๕)",
                                "ในการประชุมครั้งที่ ๓/๒๕๖๒ เมื่อวันที่ ๒๐ พฤษภาคม ๒๕๖๒",
                                "รวมงบประมาณ ๒,๐๕๐,๐๐๐.๕๐ บาท (สองล้านห้าหมื่นบาทห้าสิบสตางค์)",
                                "รวมงบประมาณ ๓,๔๐๐,๐๐๐ บาท (สามล้านสี่แสนบาทถ้วน)",
                                "๕,๗๕๐,๐๐๐.๕๐ บาท (ห้าล้านเจ็ดแสนห้าหมื่นบาทห้าสิบสตางค์)",
                                "ส่งครั้งที่ ๑ เมื่อ ๑๐ มิถุนายน ๒๕๖๒ เวลา ๑๐.๕๐ น."));
        for (JsonNode row : FormsFixture.sample().get("projects")) {
            for (String field :
                    List.of(
                            "name",
                            "issue",
                            "objective",
                            "target",
                            "tambon",
                            "fundSource",
                            "agency",
                            "indicator",
                            "expectedResult")) {
                texts.add(row.get(field).asText());
            }
        }
        texts.add("๑,๒๐๐,๐๐๐");
        texts.add("๘๕๐,๐๐๐.๕๐");
        return texts;
    }

    /** Column widths of a project row, cm, as the template sets them. */
    static final double[] WIDTHS = {
        1.0, 2.6, 2.2, 2.2, 2.1, 0.9, 1.5, 1.6, 1.6, 1.6, 1.6, 1.6, 1.7, 1.7, 1.7, 1.7
    };

    static final List<String> ROW_FIELDS =
            List.of(
                    "priority",
                    "name",
                    "issue",
                    "objective",
                    "target",
                    "village",
                    "tambon",
                    "budget2561",
                    "budget2562",
                    "budget2563",
                    "budget2564",
                    "budget2565",
                    "fundSource",
                    "agency",
                    "indicator",
                    "expectedResult");

    @Test
    void text_layer_of_the_filled_form_gives_back_every_value() {
        String pdfbox = PdfText.squeeze(PdfText.pdfbox(filled));
        String poppler = PdfText.squeeze(PdfText.pdftotext(filled));
        for (String text : shown()) {
            assertThat(pdfbox).as("PDFBox").contains(PdfText.squeeze(text));
        }
        for (String text : shown().subList(0, 7)) {
            assertThat(poppler).as("pdftotext").contains(PdfText.squeeze(text));
        }
    }

    /**
     * pdftotext reads a table across its columns, line by line; read each column on its own, as a
     * person copying a cell would select it, and find every value of that column whole.
     */
    @Test
    void each_column_read_by_pdftotext_gives_back_its_values() {
        FieldDefinition projects =
                fixture.service.definition("district-projects", "current").field("projects");
        double x = 1.2;
        for (int column = 0; column < WIDTHS.length; column++) {
            String field = ROW_FIELDS.get(column);
            String text =
                    PdfText.squeeze(
                            PdfText.pdftotext(
                                    filled,
                                    "-f",
                                    "1",
                                    "-l",
                                    "1",
                                    "-x",
                                    String.valueOf(Math.round(x * CM)),
                                    "-y",
                                    "0",
                                    "-W",
                                    String.valueOf(Math.round(WIDTHS[column] * CM) - 1),
                                    "-H",
                                    "595"));
            for (JsonNode row : normalised.get("projects")) {
                JsonNode value = row.get(field);
                if (value != null) {
                    String shown = FormPdf.display(projects.field(field), value, id -> id);
                    assertThat(text).as("column %s", field).contains(PdfText.squeeze(shown));
                }
            }
            x += WIDTHS[column];
        }
    }

    @Test
    void text_layer_of_the_blank_form_gives_back_its_headings() {
        for (String text :
                List.of(
                        "บัญชีโครงการตามแผนพัฒนาอำเภอที่ผ่านการพิจารณาของ ก.บ.อ.",
                        "แบบ สส.อ.๑",
                        "ผลที่คาดว่า จะได้รับ",
                        "หน่วยงาน รับผิดชอบหลัก",
                        "๒๕๖๑",
                        "๒๕๖๕")) {
            assertThat(PdfText.squeeze(PdfText.pdfbox(blank))).contains(PdfText.squeeze(text));
            assertThat(PdfText.squeeze(PdfText.pdftotext(blank))).contains(PdfText.squeeze(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"blank", "filled", "fillable"})
    void every_form_pdf_is_valid_pdfa_2b(String which) {
        byte[] pdf =
                switch (which) {
                    case "blank" -> blank;
                    case "filled" -> filled;
                    default -> fillable;
                };
        assertThat(PdfA.failures(pdf)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blank", "filled"})
    void nothing_is_set_outside_the_margins_of_a4_landscape(String which) {
        byte[] pdf = which.equals("blank") ? blank : filled;
        for (PdfText.Glyph g : PdfText.glyphs(pdf)) {
            assertThat(g.x())
                    .as("%s at the left of %s", g.text(), which)
                    .isGreaterThan(1.2f * CM - 1);
            assertThat(g.x() + g.width())
                    .as("%s at the right", g.text())
                    .isLessThan(29.7f * CM - 1.2f * CM + 1);
            assertThat(g.y()).as("%s at the top", g.text()).isGreaterThan(1.0f * CM - 1);
            assertThat(g.y()).as("%s at the bottom", g.text()).isLessThan(21f * CM - 0.7f * CM + 1);
        }
    }

    @Test
    void a_long_cell_breaks_its_lines_only_between_words() throws Exception {
        ObjectNode data = FormsFixture.sample().deepCopy();
        List<JsonNode> one = List.of(data.get("projects").get(0));
        data.putArray("projects").addAll(one);
        String objective =
                "เพื่อให้ผู้ประกอบการและชุมชนริมคลองมีรายได้เพิ่มขึ้น น้ำในคลองสะอาดขึ้น"
                        + " และนักท่องเที่ยวได้เรียนรู้วิถีชีวิตริมน้ำของชาวอัมพวาอย่างยั่งยืน";
        ((ObjectNode) data.get("projects").get(0)).put("objective", objective);
        Submission s =
                fixture.service.submit(
                        "district-projects",
                        new FormService.Filled("ss-amphawa", null, data, null),
                        "t");
        byte[] pdf = fixture.service.pdf(s.id());
        // the objective column: 7.0 cm to 9.2 cm from the page's left edge, below the headings
        float left = (1.2f + 1.0f + 2.6f + 2.2f) * CM;
        float right = left + 2.2f * CM;
        List<PdfText.Glyph> glyphs = PdfText.glyphs(pdf);
        // the project's row: from its priority (๑, first column) to its total (รวมงบประมาณ …)
        float top =
                glyphs.stream()
                                .filter(
                                        g ->
                                                g.text().equals("๑")
                                                        && g.x() < 2.2f * CM
                                                        && g.y() > 4 * CM)
                                .map(PdfText.Glyph::y)
                                .min(Float::compare)
                                .orElseThrow()
                        - 8;
        float bottom =
                glyphs.stream()
                                .filter(
                                        g ->
                                                g.text().equals("ร")
                                                        && g.y() > top
                                                        && Math.abs(g.x() - 2.2f * CM) < 6)
                                .map(PdfText.Glyph::y)
                                .min(Float::compare)
                                .orElseThrow()
                        - 4;
        Map<Integer, StringBuilder> lines = new TreeMap<>();
        for (PdfText.Glyph g : glyphs) {
            if (g.page() == 1 && g.x() >= left && g.x() < right && g.y() > top && g.y() < bottom) {
                lines.computeIfAbsent(Math.round(g.y()), y -> new StringBuilder()).append(g.text());
            }
        }
        StringBuilder text = new StringBuilder();
        lines.values().forEach(l -> text.append(l).append('\n'));
        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(PdfText.squeeze(text.toString())).isEqualTo(PdfText.squeeze(objective));
        assertThat(LineBreaks.allowed(ThaiText.prepareForLineBreaking(objective)))
                .containsAll(
                        LineBreaks.lineEnds(text.toString().strip()).stream()
                                .filter(end -> end < PdfText.squeeze(objective).length())
                                .toList());
    }
}
