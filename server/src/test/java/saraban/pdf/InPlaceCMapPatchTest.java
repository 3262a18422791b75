package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InPlaceCMapPatchTest {

    private static byte[] pdfWith(String entries) {
        String pdf =
                "%PDF-1.4\n1 0 obj << /ToUnicode 2 0 R >> endobj\n2 0 obj << /Length 999 >> stream\n"
                        + "/CIDInit /ProcSet findresource begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\n"
                        + "endcodespacerange\n"
                        + entries
                        + "endcmap\nendstream endobj\n";
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }

    @Test
    void thai_variants_are_overwritten_in_place_and_nothing_moves() {
        byte[] pdf =
                pdfWith(
                        "2 beginbfchar\n<0001> <0e01>\n<0002> <f70b>\nendbfchar\n"
                                + "1 beginbfrange\n<0003> <0005> <F70A>\nendbfrange\n"
                                + "1 beginbfrange\n<0006> <0007> [<0E17> <F700>]\nendbfrange\n");
        byte[] patched = InPlaceCMapPatch.apply(pdf);
        assertThat(patched).hasSameSizeAs(pdf);
        assertThat(text(patched))
                .contains("<0002> <0E49>")
                .contains("<0003> <0005> <0E48>")
                .contains("[<0E17> <0E10>]")
                .contains("<0001> <0e01>")
                .doesNotContain("F70")
                .doesNotContain("f70");
    }

    @Test
    void a_pdf_without_variants_comes_back_as_it_was() {
        byte[] pdf = pdfWith("1 beginbfchar\n<0001> <0E01>\nendbfchar\n");
        assertThat(InPlaceCMapPatch.apply(pdf)).isSameAs(pdf);
    }

    @Test
    void a_range_whose_originals_are_not_consecutive_is_left_to_the_full_repair() {
        // F709 stands for ์ (0E4C) and F70A for ่ (0E48): no single range can say both
        assertThat(
                        InPlaceCMapPatch.apply(
                                pdfWith("1 beginbfrange\n<0003> <0004> <F709>\nendbfrange\n")))
                .isNull();
    }

    @Test
    void a_compressed_map_is_left_to_the_full_repair() {
        String compressed =
                "%PDF-1.4\n1 0 obj << /ToUnicode 2 0 R >> endobj\n2 0 obj << /Filter /FlateDecode >>"
                        + " stream\nxx\nendstream endobj\n";
        assertThat(InPlaceCMapPatch.apply(compressed.getBytes(StandardCharsets.ISO_8859_1)))
                .isNull();
    }
}
