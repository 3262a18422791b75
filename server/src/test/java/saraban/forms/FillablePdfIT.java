package saraban.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.pdf.FillableForm;
import saraban.testing.TestHome;
import saraban.thai.ThaiShaper;

/**
 * The fillable PDF: a field per input with the form's names, the Thai font embedded, prefilled Thai
 * drawn with shaped marks and shown by poppler as drawn, and values read back from a copy filled by
 * another program.
 */
class FillablePdfIT {
    static Path dir;
    static FormsFixture fixture;
    static byte[] fillable;
    static byte[] prefilled;
    static Submission submitted;

    @BeforeAll
    static void make() throws Exception {
        dir = Files.createTempDirectory("forms-fillable");
        fixture =
                new FormsFixture(
                        dir, "jdbc:sqlite:" + dir.resolve("db.sqlite"), LateSubmissions.ACCEPT);
        fillable = fixture.service.fillablePdf("district-projects", "current");
        submitted =
                fixture.service.submit(
                        "district-projects", FormsFixture.filled(FormsFixture.sample()), "t");
        prefilled = fixture.service.fillablePdf(submitted.id());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void has_a_field_per_input_named_as_the_form_names_them() throws Exception {
        try (PDDocument doc = Loader.loadPDF(fillable)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertThat(form.getNeedAppearances()).isFalse();
            assertThat(form.getFields()).hasSize(6 + 30 * 16 + 1);
            PDField budget = form.getField("projects_30_budget2565");
            assertThat(budget).isInstanceOf(PDTextField.class);
            assertThat(((PDTextField) budget).isMultiline()).isTrue();
            assertThat(budget.getAlternateFieldName()).contains("แถวที่ 30").contains("๒๕๖๕");
            PDTextField date = (PDTextField) form.getField("meetingDate");
            assertThat(date.isMultiline()).isFalse();
            PDTextField name = (PDTextField) form.getField("projects_1_name");
            assertThat(name.getMaxLen()).isEqualTo(300);
            PDTextField version = (PDTextField) form.getField(FillableData.VERSION_FIELD);
            assertThat(version.isReadOnly()).isTrue();
            assertThat(version.getValue()).startsWith("district-projects/");
            var font =
                    form.getDefaultResources()
                            .getFont(form.getDefaultResources().getFontNames().iterator().next());
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("Laksaman");
            for (PDField f : form.getFieldTree()) {
                for (PDAnnotationWidget w : f.getWidgets()) {
                    assertThat(w.isPrinted()).isTrue();
                    assertThat(w.getAppearance().getNormalAppearance()).isNotNull();
                }
            }
        }
    }

    @Test
    void prefilled_thai_is_drawn_with_the_fonts_positional_marks() throws Exception {
        try (PDDocument doc = Loader.loadPDF(prefilled)) {
            PDTextField agency =
                    (PDTextField)
                            doc.getDocumentCatalog().getAcroForm().getField("projects_2_agency");
            assertThat(agency.getValue()).isEqualTo("สำนักงานพัฒนาชุมชนอำเภออัมพวา");
            PDTextField expected =
                    (PDTextField)
                            doc.getDocumentCatalog()
                                    .getAcroForm()
                                    .getField("projects_1_expectedResult");
            var stream =
                    expected.getWidgets()
                            .get(0)
                            .getAppearance()
                            .getNormalAppearance()
                            .getAppearanceStream();
            byte[] content;
            try (var in = stream.getContentStream().createInputStream()) {
                content = in.readAllBytes();
            }
            PDType0Font font =
                    (PDType0Font)
                            stream.getResources()
                                    .getFont(
                                            stream.getResources().getFontNames().iterator().next());
            // "ผู้" of ผู้สูงอายุ: the tone mark above the lower vowel takes its low variant
            byte[] lowMaiTho = font.encode(ThaiShaper.shape("ผู้").substring(2));
            assertThat(ThaiShaper.shape("ผู้").charAt(2)).isEqualTo('\uF70B');
            String hex = java.util.HexFormat.of().withUpperCase().formatHex(lowMaiTho);
            String text = new String(content, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(hexCodes(text)).as("glyph codes drawn").contains(hex);
        }
    }

    @Test
    void values_filled_by_another_program_are_read_back_into_a_submission() throws Exception {
        byte[] filledByPdfBox;
        try (PDDocument doc = Loader.loadPDF(fillable)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            JsonNode sample = FormsFixture.sample();
            for (String header :
                    new String[] {
                        "planName", "periodFrom", "periodTo", "meetingNumber", "meetingDate"
                    }) {
                ((PDTextField) form.getField(header)).setValue(sample.get(header).asText());
            }
            ((PDTextField) form.getField("district")).setValue("อำเภออัมพวา");
            JsonNode rows = sample.get("projects");
            for (int i = 0; i < rows.size(); i++) {
                for (var it = rows.get(i).fields(); it.hasNext(); ) {
                    var e = it.next();
                    ((PDTextField) form.getField("projects_" + (i + 1) + "_" + e.getKey()))
                            .setValue(e.getValue().asText());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            filledByPdfBox = out.toByteArray();
        }
        Files.write(TestHome.outputDir("forms").resolve("filled-by-pdfbox.pdf"), filledByPdfBox);
        Map<String, String> values = FillableForm.read(filledByPdfBox);
        assertThat(values.get("projects_1_expectedResult"))
                .isEqualTo(
                        "ชุมชนมีรายได้เพิ่มขึ้น ผู้สูงอายุและปู่ย่าตายายได้ถ่ายทอดภูมิปัญญาท้องถิ่น");
        Submission fromPdf =
                fixture.service.submit(
                        "district-projects",
                        new FormService.Filled("ss-amphawa", null, null, filledByPdfBox),
                        "t");
        assertThat(fromPdf.source()).isEqualTo("PDF");
        assertThat(fromPdf.uploadSha256()).isNotNull();
        assertThat(fromPdf.data()).isEqualTo(submitted.data());
        assertThat(fromPdf.revision()).isGreaterThan(submitted.revision());
    }

    @Test
    void our_own_prefilled_copy_reads_back_to_the_same_data() {
        Submission again =
                fixture.service.saveDraft(
                        "district-projects",
                        new FormService.Filled("ss-amphawa", null, null, prefilled),
                        "t");
        assertThat(again.problems()).isEmpty();
        Submission sent = fixture.service.submitDraft(again.id(), "t");
        assertThat(sent.data()).isEqualTo(submitted.data());
    }

    /**
     * Poppler draws the fields' appearances: each filled field shows ink inside its box, the empty
     * ones none; the page is written for a person to look at (fillable-prefilled-1.png).
     */
    @Test
    void poppler_shows_the_prefilled_values_inside_their_fields() throws Exception {
        Path out = TestHome.outputDir("forms");
        Path pdf = out.resolve("prefilled.pdf");
        Files.write(pdf, prefilled);
        Process p =
                new ProcessBuilder(
                                "pdftoppm",
                                "-r",
                                "100",
                                "-f",
                                "1",
                                "-l",
                                "1",
                                "-png",
                                pdf.toString(),
                                out.resolve("fillable-prefilled").toString())
                        .redirectErrorStream(true)
                        .start();
        assertThat(p.waitFor()).isZero();
        BufferedImage image = ImageIO.read(out.resolve("fillable-prefilled-1.png").toFile());
        try (PDDocument doc = Loader.loadPDF(prefilled)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            float pageHeight = doc.getPage(0).getMediaBox().getHeight();
            assertThat(ink(image, rect(form, "projects_1_name"), pageHeight)).isGreaterThan(50);
            assertThat(ink(image, rect(form, "projects_1_budget2563"), pageHeight))
                    .isGreaterThan(30);
            assertThat(ink(image, rect(form, "meetingDate"), pageHeight)).isGreaterThan(50);
            assertThat(ink(image, rect(form, "projects_4_name"), pageHeight)).isZero();
            assertThat(ink(image, rect(form, "projects_1_budget2561"), pageHeight)).isZero();
        }
    }

    private static PDRectangle rect(PDAcroForm form, String name) {
        return form.getField(name).getWidgets().get(0).getRectangle();
    }

    /** Dark pixels inside {@code r} (shrunk by 2 pt, away from the table's rules), at 100 dpi. */
    private static int ink(BufferedImage image, PDRectangle r, float pageHeight) {
        double k = 100 / 72.0;
        int x0 = (int) Math.ceil((r.getLowerLeftX() + 2) * k);
        int x1 = (int) Math.floor((r.getUpperRightX() - 2) * k);
        int y0 = (int) Math.ceil((pageHeight - r.getUpperRightY() + 2) * k);
        int y1 = (int) Math.floor((pageHeight - r.getLowerLeftY() - 2) * k);
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** The two-byte glyph codes of every hex string operand of a content stream. */
    private static java.util.List<String> hexCodes(String content) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("<([0-9A-F]+)>").matcher(content);
        while (m.find()) {
            for (int i = 0; i + 4 <= m.group(1).length(); i += 4) {
                codes.add(m.group(1).substring(i, i + 4));
            }
        }
        return codes;
    }
}
