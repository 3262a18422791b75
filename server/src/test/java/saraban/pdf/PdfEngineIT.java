package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.junit.jupiter.api.Test;
import saraban.testing.PdfText;
import saraban.testing.TestHome;

class PdfEngineIT {
    private static final String FO =
            "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" font-family=\"Sarabun\">"
                    + "<fo:layout-master-set><fo:simple-page-master master-name=\"a4\" page-height=\"29.7cm\""
                    + " page-width=\"21cm\" margin=\"2cm\"><fo:region-body/></fo:simple-page-master>"
                    + "</fo:layout-master-set><fo:page-sequence master-reference=\"a4\"><fo:flow"
                    + " flow-name=\"xsl-region-body\"><fo:block>%s</fo:block></fo:flow></fo:page-sequence></fo:root>";

    private static final String WORDS =
            "ให้ผู้ต้องปู่ป้าปั้นฝั่งฟื้นฐานฐูญูฎูฏุน้ำก็ศึกษาปฏิบัติฤๅษีที่ทั้งนั้นกตัญญูเป๊ะปิ่นศักดิ์";

    @Test
    void fops_text_layer_is_repaired_in_place_without_rewriting_the_file() {
        PdfEngine engine = TestHome.engine();
        String prepared = engine.prepare(String.format(java.util.Locale.ROOT, FO, WORDS));
        byte[] raw = engine.renderWithFopOnly(prepared, new Date(0));
        assertThat(PdfText.pdfbox(raw)).as("before the repair").containsPattern("[\uF700-\uF71F]");
        byte[] patched = InPlaceCMapPatch.apply(raw);
        assertThat(patched).as("patched in place").isNotNull().hasSameSizeAs(raw);
        assertThat(PdfText.squeeze(PdfText.pdfbox(patched))).isEqualTo(WORDS);
        assertThat(PdfText.squeeze(PdfText.pdftotext(patched))).isEqualTo(WORDS);
    }

    @Test
    void the_pdfbox_repair_gives_the_same_text_as_the_patch() {
        PdfEngine engine = TestHome.engine();
        byte[] raw =
                engine.renderWithFopOnly(
                        engine.prepare(String.format(java.util.Locale.ROOT, FO, WORDS)),
                        new Date(0));
        assertThat(PdfText.squeeze(PdfText.pdfbox(TextLayerRepair.repairWithPdfBox(raw))))
                .isEqualTo(WORDS);
    }
}
