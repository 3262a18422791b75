package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.testing.MultiLocaleTest;
import saraban.thai.Digits;

@MultiLocaleTest
class ReferenceNumberTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            nullValues = "-",
            textBlock =
                    """
                    สส ๐๐๑๗.๒/ว ๕๒๕              | สส | 0017.2    | true  | 525   | 0
                    ที่ สส ๐๐๑๗.๒/ว ๕๒๕           | สส | 0017.2    | true  | 525   | 0
                    ที่ มท ๐๒๑๒.๑/ว ๑๘๓๑          | มท | 0212.1    | true  | 1831  | 0
                    ที่ มท ๐๒๑๒.๑/ว๑๘๓๑           | มท | 0212.1    | true  | 1831  | 0
                    มท ๐๒๑๒.๑/ว๗๖๔๒              | มท | 0212.1    | true  | 7642  | 0
                    สส 0017.2/525                | สส | 0017.2    | false | 525   | 0
                    0017.2/ว 525                 | -  | 0017.2    | true  | 525   | 0
                    ทม 0501.1.13/ว 136           | ทม | 0501.1.13 | true  | 136   | 0
                    ศธ 0527.10/ว 099             | ศธ | 0527.10   | true  | 99    | 0
                    กท 0403/ว211                 | กท | 0403      | true  | 211   | 0
                    "  ที่สส๐๐๑๗.๒ / ว  ๕๒๕  "     | สส | 0017.2    | true  | 525   | 0
                    สส ๐๐๑๗.2/ว 5๒5              | สส | 0017.2    | true  | 525   | 0
                    "สส\u00A0๐๐๑๗.๒/ว\u200B๕๒๕"   | สส | 0017.2    | true  | 525   | 0
                    ที่ สส ๐๐๑๗.๒/ว ๕๒๕๒๐          | สส | 0017.2    | true  | 52520 | 0
                    ที่ ๑๒/๒๕๖๒                   | -  | -         | false | 12    | 2562
                    12/2562                      | -  | -         | false | 12    | 2562
                    ที่ 0012/2562                 | -  | 0012      | false | 2562  | 0
                    ที่ 12.1/2562                 | -  | 12.1      | false | 2562  | 0
                    สส 12/2562                   | สส | 12        | false | 2562  | 0
                    12/ว 2562                    | -  | 12        | true  | 2562  | 0
                    12/256                       | -  | 12        | false | 256   | 0
                    """)
    void reads_the_number_after_thi_in_every_written_form(
            String text,
            String letterCode,
            String unitCode,
            boolean circular,
            int number,
            int buddhistYear) {
        assertThat(ReferenceNumber.parse(text))
                .isEqualTo(
                        new ReferenceNumber(letterCode, unitCode, circular, number, buddhistYear));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            textBlock =
                    """
                    สส | 0017.2    | true  | 525  | 0    | สส ๐๐๑๗.๒/ว ๕๒๕          | สส 0017.2/ว 525          | สส0017.2/ว525
                    มท | 0212.1    | true  | 7642 | 0    | มท ๐๒๑๒.๑/ว ๗๖๔๒         | มท 0212.1/ว 7642         | มท0212.1/ว7642
                    สส | 0017.2    | false | 525  | 0    | สส ๐๐๑๗.๒/๕๒๕            | สส 0017.2/525            | สส0017.2/525
                    -  | 0017.2    | true  | 525  | 0    | ๐๐๑๗.๒/ว ๕๒๕             | 0017.2/ว 525             | 0017.2/ว525
                    ทม | 0501.1.13 | true  | 136  | 0    | ทม ๐๕๐๑.๑.๑๓/ว ๑๓๖       | ทม 0501.1.13/ว 136       | ทม0501.1.13/ว136
                    ศธ | 0527.10   | true  | 99   | 0    | ศธ ๐๕๒๗.๑๐/ว ๙๙          | ศธ 0527.10/ว 99          | ศธ0527.10/ว99
                    -  | -         | false | 12   | 2562 | ๑๒/๒๕๖๒                  | 12/2562                  | 12/2562
                    """)
    void prints_the_number_with_a_space_after_the_code_and_after_wo_waen(
            String letterCode,
            String unitCode,
            boolean circular,
            int number,
            int buddhistYear,
            String thai,
            String arabic,
            String searchKey) {
        ReferenceNumber n =
                new ReferenceNumber(letterCode, unitCode, circular, number, buddhistYear);
        assertThat(n.format(Digits.THAI)).isEqualTo(thai);
        assertThat(n.format(Digits.ARABIC)).isEqualTo(arabic);
        assertThat(n.searchKey()).isEqualTo(searchKey);
        assertThat(ReferenceNumber.parse(thai)).isEqualTo(n);
        assertThat(ReferenceNumber.parse(arabic)).isEqualTo(n);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    ที่ สส ๐๐๑๗.๒/ว ๕๒๕     | สส0017.2/ว525
                    สส0017.2/ว525          | สส0017.2/ว525
                    สส 0017.2 / ว 0525     | สส0017.2/ว525
                    ศธ 0527.10/ว 099       | ศธ0527.10/ว99
                    ที่ ๑๒/๒๕๖๒             | 12/2562
                    """)
    void gives_every_way_of_writing_one_number_the_same_search_key(String text, String key) {
        assertThat(ReferenceNumber.parse(text).searchKey()).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    ""
                    "   "
                    ถนนเอกชัย สส ๗๕๐๐๐
                    สส ๗๕๐๐๐
                    กทม. ๑๐๒๐๐
                    สส 0017.2
                    สส 0017.2/
                    สส 0017.2/ว
                    /ว 525
                    สส /ว 525
                    สส 0017..2/525
                    สส .0017/525
                    สส 0017./525
                    สส 0017.2/ว 0
                    สส 0017.2/0000
                    สส 0017.2/ว 1234567890
                    สสส 0017.2/525
                    ส 0017.2/525
                    AB 0017.2/525
                    สฤ 0017.2/525
                    สส 0017.2/525/2562
                    สส 0017.2/ข 525
                    สส 0017.2/ว. 525
                    14/01/2562
                    สส 0017.2/ว 525 ลงวันที่ ๑๔ มกราคม ๒๕๖๒
                    ที่ ที่ สส 0017.2/525
                    """)
    void refuses_text_that_is_not_a_reference_number(String text) {
        assertThatThrownBy(() -> ReferenceNumber.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a reference number: " + text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            textBlock =
                    """
                    สส  | 0017.2 | false | 0    | 0    | number must be 1 or more: 0
                    สสส | 0017.2 | false | 1    | 0    | letterCode must be two Thai consonants, like สส: สสส
                    สส  | 17.    | false | 1    | 0    | unitCode must be digits with dot levels, like 0017.2: 17.
                    สส  | 0017.2 | false | 1    | 2562 | buddhistYear must be 0 for a letter number, only orders carry a year: 2562
                    สส  | -      | false | 1    | 2562 | unitCode must be given for a letter number (an order has no letter code and no ว)
                    -   | -      | true  | 1    | 2562 | unitCode must be given for a letter number (an order has no letter code and no ว)
                    -   | -      | false | 1    | 0    | buddhistYear must be a Buddhist-Era year from 2400 to 2999: 0
                    -   | -      | false | 1    | 2019 | buddhistYear must be a Buddhist-Era year from 2400 to 2999: 2019
                    """)
    void refuses_parts_that_cannot_make_a_number(
            String letterCode,
            String unitCode,
            boolean circular,
            int number,
            int buddhistYear,
            String message) {
        assertThatThrownBy(
                        () ->
                                new ReferenceNumber(
                                        letterCode, unitCode, circular, number, buddhistYear))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    ๐๐๑๗.๒   | 0017.2
                    " 0017.2 " | 0017.2
                    """)
    void keeps_unit_codes_with_ascii_digits(String written, String stored) {
        assertThat(ReferenceNumber.letter("สส", written, false, 1).unitCode()).isEqualTo(stored);
    }
}
