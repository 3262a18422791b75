package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.thai.Digits;

class OfficeTreeTest {

    private static final OfficeTree SAMPLE = OfficeTree.sample();

    @Test
    void reads_the_samut_songkhram_sample() {
        assertThat(SAMPLE.offices())
                .extracting(Office::id)
                .containsExactly(
                        "ss-hall",
                        "ss-0017",
                        "ss-0017-1",
                        "ss-0017-2",
                        "ss-0017-3",
                        "ss-0017-4",
                        "ss-mueang",
                        "ss-bang-khonthi",
                        "ss-amphawa");
        assertThat(SAMPLE.roots()).extracting(Office::id).containsExactly("ss-hall");
        Office unit = SAMPLE.get("ss-0017-2");
        assertThat(unit.name()).isEqualTo("กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด");
        assertThat(unit.address()).isEqualTo("ถนนเอกชัย สส 75000");
        assertThat(unit.phone()).isEqualTo("0 3471 3308");
        assertThat(unit.referenceNumber(true, 525).format(Digits.THAI))
                .isEqualTo("สส ๐๐๑๗.๒/ว ๕๒๕");
        assertThat(SAMPLE.get("ss-0017").unitCode()).isEqualTo("0017");
        assertThat(SAMPLE.get("ss-hall").unitCode()).isNull();
    }

    @Test
    void lists_children_in_the_order_of_the_file() {
        assertThat(SAMPLE.children("ss-hall"))
                .extracting(Office::name)
                .containsExactly(
                        "สำนักงานจังหวัดสมุทรสงคราม",
                        "อำเภอเมืองสมุทรสงคราม",
                        "อำเภอบางคนที",
                        "อำเภออัมพวา");
        assertThat(SAMPLE.children("ss-0017")).hasSize(4);
        assertThat(SAMPLE.children("ss-amphawa")).isEmpty();
        assertThat(SAMPLE.parent("ss-0017-2")).map(Office::id).contains("ss-0017");
        assertThat(SAMPLE.parent("ss-hall")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    ss-0017-2  | SEND         | ss-hall
                    ss-0017-2  | CIRCULAR     | ss-hall
                    ss-0017-2  | ORDER        | ss-hall
                    ss-0017-2  | ANNOUNCEMENT | ss-hall
                    ss-0017-2  | RECEIVE      | ss-0017-2
                    ss-0017    | SEND         | ss-hall
                    ss-0017    | RECEIVE      | ss-0017
                    ss-hall    | SEND         | ss-hall
                    ss-amphawa | SEND         | ss-amphawa
                    ss-amphawa | CIRCULAR     | ss-amphawa
                    """)
    void numbers_a_shared_series_in_the_register_of_the_office_that_keeps_it(
            String id, Series series, String numberingId) {
        assertThat(SAMPLE.numberingOffice(id, series).id()).isEqualTo(numberingId);
    }

    @Test
    void reads_fiscal_numbering_and_all_shared_series() {
        OfficeTree tree =
                OfficeTree.parse(
                        List.of(
                                "\uFEFF# an agency on the fiscal year",
                                "[top]",
                                "name = กรม",
                                "letter-code = กข",
                                "unit-code = 01",
                                "numbering-year = fiscal",
                                "",
                                "[unit]",
                                "name = กอง",
                                "letter-code = กข",
                                "unit-code = 01.1",
                                "parent = top",
                                "shares-parent-series = all"),
                        "offices.ini");
        assertThat(tree.get("top").policy().year()).isEqualTo(NumberingYear.FISCAL);
        assertThat(tree.get("unit").policy().year()).isEqualTo(NumberingYear.CALENDAR);
        for (Series series : Series.values()) {
            assertThat(tree.numberingOffice("unit", series).id()).isEqualTo("top");
        }
    }

    @Test
    void answers_an_unknown_id_with_its_name() {
        assertThatThrownBy(() -> SAMPLE.get("ss-0018"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no office with id: ss-0018");
        assertThat(SAMPLE.find("ss-0018")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    unknown parent     | [a]\\nname = ก\\nletter-code = สส\\n[b]\\nname = ข\\nletter-code = สส\\nparent = c | offices.ini line 4 [b]: parent c is not defined; add a [c] section or correct the parent
                    duplicate id       | [a]\\nname = ก\\nletter-code = สส\\n\\n[a]\\nname = ข\\nletter-code = สส    | offices.ini line 5 [a]: office id a is already defined at offices.ini line 1 [a]
                    cycle              | [x]\\nname = x\\nletter-code = สส\\n[a]\\nname = ก\\nletter-code = สส\\nparent = b\\n[b]\\nname = ข\\nletter-code = สส\\nparent = a | "offices.ini line 4 [a]: the parents form a cycle, a → b → a; one of them must have no parent or another parent"
                    missing name       | [a]\\nletter-code = สส                                         | offices.ini line 1 [a]: name must be set
                    missing code       | [a]\\nname = ก                                                 | offices.ini line 1 [a]: letter-code must be set
                    bad unit code      | [a]\\nname = ก\\nletter-code = สส\\nunit-code = 0017/2          | offices.ini line 1 [a]: unitCode must be digits with dot levels, like 0017.2: 0017/2
                    bad id             | [Hall]\\nname = ก\\nletter-code = สส                           | "offices.ini line 1 [Hall]: id must be lowercase ASCII letters and digits joined by hyphens, like ss-0017-2, at most 64 characters: Hall"
                    unknown setting    | [a]\\nname = ก\\ncode = สส                                     | "offices.ini line 3: unknown setting code (known: address, letter-code, name, numbering-year, parent, phone, shares-parent-series, unit-code)"
                    setting twice      | [a]\\nname = ก\\nname = ข                                      | offices.ini line 3: name is set twice for office a
                    setting first      | name = ก\\n[a]                                                 | offices.ini line 1: a setting before the first [office-id] section: name = ก
                    no equals sign     | [a]\\nname ก                                                   | offices.ini line 2: expected key = value or [office-id]: name ก
                    broken header      | [a\\nname = ก                                                  | offices.ini line 1: a section header is [office-id]: [a
                    unknown series     | [p]\\nname = ก\\nletter-code = สส\\n[a]\\nname = ข\\nletter-code = สส\\nparent = p\\nshares-parent-series = send, sent | "offices.ini line 4 [a]: not a series: sent (send, receive, circular, order, announcement)"
                    shares at the top  | [a]\\nname = ก\\nletter-code = สส\\nshares-parent-series = send | offices.ini line 1 [a]: policy shares series with a parent, but office a has no parentId
                    bad year           | [a]\\nname = ก\\nletter-code = สส\\nnumbering-year = budget    | offices.ini line 1 [a]: numbering year must be calendar or fiscal: budget
                    useless year       | [p]\\nname = ก\\nletter-code = สส\\n[a]\\nname = ข\\nletter-code = สส\\nparent = p\\nshares-parent-series = all\\nnumbering-year = fiscal | offices.ini line 4 [a]: numbering-year has no effect on an office that shares every series with its parent; remove it
                    only comments      | # nothing here\\n\\n                                           | offices.ini: defines no offices
                    """)
    void reports_configuration_errors_with_their_line(String kind, String text, String message) {
        List<String> lines = List.of(text.split("\\\\n", -1));
        assertThatThrownBy(() -> OfficeTree.parse(lines, "offices.ini"))
                .as(kind)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void refuses_a_cycle_made_in_code_naming_the_offices() {
        Office a = new Office("a", "ก", "สส", null, "b", null, null, SeriesPolicy.OWN_SERIES);
        Office b = new Office("b", "ข", "สส", null, "a", null, null, SeriesPolicy.OWN_SERIES);
        assertThatThrownBy(() -> OfficeTree.of(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "office a: the parents form a cycle, a → b → a; one of them must have no"
                                + " parent or another parent");
    }

    @Test
    void refuses_two_offices_that_would_print_the_same_reference_numbers() {
        Office a = new Office("a", "ก", "สส", "0017.2", null, null, null, SeriesPolicy.OWN_SERIES);
        Office b = new Office("b", "ข", "สส", "๐๐๑๗.๒", null, null, null, SeriesPolicy.OWN_SERIES);
        Office c = new Office("c", "ค", "มท", "0017.2", null, null, null, SeriesPolicy.OWN_SERIES);
        assertThatThrownBy(() -> OfficeTree.of(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "office b: the codes สส 0017.2 are already those of office a; two offices"
                                + " with the same codes would print the same reference numbers");
        assertThat(OfficeTree.of(List.of(a, c)).offices()).hasSize(2);
    }

    @Test
    void knows_which_offices_are_deactivated() {
        OfficeTree tree = OfficeTree.of(SAMPLE.offices(), java.util.Set.of("ss-amphawa"));
        assertThat(tree.isActive("ss-amphawa")).isFalse();
        assertThat(tree.isActive("ss-mueang")).isTrue();
        assertThat(SAMPLE.isActive("ss-amphawa")).isTrue();
        assertThatThrownBy(() -> OfficeTree.of(SAMPLE.offices(), java.util.Set.of("ss-9999")))
                .hasMessage("inactive office ss-9999 is not defined");
    }
}
