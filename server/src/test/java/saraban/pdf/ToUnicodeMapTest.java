package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ToUnicodeMapTest {
    static final String CMAP =
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\n"
                    + "endcodespacerange\n2 beginbfchar\n<0001> <0E01>\n<0002> <F70B>\nendbfchar\n"
                    + "1 beginbfrange\n<0003> <0005> <F70A>\nendbfrange\n"
                    + "1 beginbfrange\n<0006> <0007> [<0E17> <F700>]\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    @Test
    void reads_bfchar_and_both_forms_of_bfrange() {
        ToUnicodeMap map = ToUnicodeMap.parse(CMAP);
        assertThat(map.codeToText())
                .isEqualTo(
                        Map.of(
                                1, "\u0E01", 2, "\uF70B", 3, "\uF70A", 4, "\uF70B", 5, "\uF70C", 6,
                                "\u0E17", 7, "\uF700"));
        assertThat(map.header()).endsWith("endcodespacerange\n");
        assertThat(map.trailer()).startsWith("\nendcmap");
    }

    @Test
    void written_map_reads_back_the_same() {
        ToUnicodeMap map = ToUnicodeMap.parse(CMAP);
        assertThat(ToUnicodeMap.parse(map.toCMap())).isEqualTo(map);
    }

    @Test
    void thai_variants_map_back_to_the_characters_they_stand_for() {
        ToUnicodeMap repaired = ToUnicodeMap.parse(CMAP).withOriginalThai();
        assertThat(repaired.codeToText())
                .containsEntry(2, "\u0E49")
                .containsEntry(3, "\u0E48")
                .containsEntry(5, "\u0E4A")
                .containsEntry(7, "\u0E10")
                .containsEntry(1, "\u0E01");
    }
}
