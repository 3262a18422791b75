package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.testing.MultiLocaleTest;
import saraban.testing.TestHome;

@MultiLocaleTest
class ReferenceNumberFindAllTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    อ้างถึง หนังสือจังหวัดสมุทรสงคราม ที่ สส ๐๐๑๗.๒/ว ๕๒๕ ลงวันที่ ๑๔ มกราคม ๒๕๖๒        | สส0017.2/ว525
                    สำเนาหนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๒.๑/ว ๑๘๓๑ ลงวันที่ ๒๑ มีนาคม ๒๕๖๒  | มท0212.1/ว1831
                    อ้างถึง มท ๐๒๑๒.๑/ว๗๖๔๒ ลงวันที่ ๒๖ ธันวาคม ๒๕๖๑                                  | มท0212.1/ว7642
                    ตามหนังสือที่สส๐๐๑๗.๒/ว๕๒๕ลงวันที่ ๑๔ มกราคม ๒๕๖๒                                  | สส0017.2/ว525
                    ตามคำสั่งจังหวัดสมุทรสงคราม ที่ ๑๒/๒๕๖๒ ลงวันที่ ๑๔ มกราคม ๒๕๖๒                     | 12/2562
                    ตามหนังสือ ที่ ๐๐๑๗.๒/ว ๕๒๕ แล้ว                                                | 0017.2/ว525
                    (ที่ กท 0403/ว211).                                                             | กท0403/ว211
                    ที่ ศธ 0527.10/ว 099 และ ที่ ทม 0501.1.13/ว 136                                   | ศธ0527.10/ว99 ทม0501.1.13/ว136
                    ที่ สส ๐๐๑๗.๒/ว ๕๒๕ และที่ สส ๐๐๑๗.๒/ว ๕๒๕                                       | สส0017.2/ว525 สส0017.2/ว525
                    """)
    void finds_reference_numbers_in_running_text(String text, String keys) {
        assertThat(keysIn(text)).isEqualTo(List.of(keys.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    postal code              | ศาลากลางจังหวัดสมุทรสงคราม ถนนเอกชัย สส ๗๕๐๐๐
                    Bangkok postal code      | ถนนอัญญาประดิษฐ์ กทม. ๑๐๒๐๐
                    date after วันที่          | ลงวันที่ ๑๔/๐๑/๒๕๖๒
                    date after ที่            | ที่ ๑๔/๐๑/๒๕๖๒
                    house number             | บ้านเลขที่ ๑๒/๓ หมู่ที่ ๔
                    fraction without ที่       | ส่งภายใน ๑/๒ ของเดือน
                    code inside a word       | จำนวน ๕/๑๐ ชุด
                    decimal after the slash  | ที่ สส ๐๐๑๗/๒.๕
                    phone                    | โทร/โทรสาร. ๐ ๓๔๗๑ ๓๓๐๘
                    receipt number           | เลขที่ ๐3219 วันที่ 25 ส.ค. 2562
                    """)
    void finds_nothing_in_text_that_only_looks_like_a_number(String kind, String text) {
        assertThat(keysIn(text)).as(kind).isEmpty();
    }

    @Test
    void finds_the_seed_letters_numbers_but_not_its_postal_codes() {
        String seed = TestHome.resource("samples/seed-circular.txt");
        assertThat(keysIn(seed))
                .containsExactly(
                        "สส0017.2/ว52520",
                        "สส0017.2/ว525",
                        "มท0212.1/ว1831",
                        "มท0212.1/ว1931",
                        "มท0212.1/ว7642");
    }

    /**
     * findAll looks only around each slash; whatever the text, it must find what one search of the
     * whole text with the same pattern finds. Random texts of the pieces numbers are made of.
     */
    @Test
    void finds_what_one_search_of_the_whole_text_finds() {
        String[] pieces = {
            "ที่", "สส", "มท", "ว", "/", "/", "0017", "๐๐๑๗", ".", "2", "๕๒๕", "525", " ", " ",
            "  ", "\u00A0", "\n", "\u200B", "เลข", "วันที่", "ก", "a", "(", ")", "12", "2562", "-"
        };
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(keysIn(text.toString()))
                    .as(text.toString())
                    .isEqualTo(searchedWhole(text.toString()));
        }
    }

    private static List<String> searchedWhole(String text) {
        List<String> keys = new ArrayList<>();
        Matcher m = ReferenceNumberSyntax.IN_TEXT.matcher(ReferenceNumberSyntax.prepare(text));
        while (m.find()) {
            String code = m.group("code1");
            code = code != null ? code : m.group("code2");
            code = code != null ? code : m.group("code3");
            ReferenceNumber number = ReferenceNumberSyntax.toNumber(m, code);
            if (number != null) {
                keys.add(number.searchKey());
            }
        }
        return keys;
    }

    private static List<String> keysIn(String text) {
        return ReferenceNumber.findAll(text).stream().map(ReferenceNumber::searchKey).toList();
    }
}
