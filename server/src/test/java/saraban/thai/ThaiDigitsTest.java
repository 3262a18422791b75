package saraban.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import saraban.testing.MultiLocaleTest;

@MultiLocaleTest
class ThaiDigitsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    0123456789                 | ๐๑๒๓๔๕๖๗๘๙
                    ที่ มท 0212.1/ว 1831         | ที่ มท ๐๒๑๒.๑/ว ๑๘๓๑
                    PM2.5                      | PM๒.๕
                    ๑๒3                        | ๑๒๓
                    เวลา 10.50 น.               | เวลา ๑๐.๕๐ น.
                    no digits                  | no digits
                    ""                         | ""
                    """)
    void writes_ascii_digits_as_thai_and_leaves_the_rest(String text, String thai) {
        assertThat(ThaiDigits.toThai(text)).isEqualTo(thai);
        assertThat(ThaiDigits.apply(text, Digits.THAI)).isEqualTo(thai);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    ๐๑๒๓๔๕๖๗๘๙                 | 0123456789
                    ที่ มท ๐๒๑๒.๑/ว ๑๘๓๑         | ที่ มท 0212.1/ว 1831
                    ๐3219                      | 03219
                    ๑๒๓,๔๕๐.๕๐                 | 123,450.50
                    no digits                  | no digits
                    ""                         | ""
                    """)
    void writes_thai_digits_as_ascii_and_leaves_the_rest(String text, String arabic) {
        assertThat(ThaiDigits.toArabic(text)).isEqualTo(arabic);
        assertThat(ThaiDigits.apply(text, Digits.ARABIC)).isEqualTo(arabic);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    full-width       | \uFF11\uFF12\uFF13     | 123
                    Arabic-Indic     | \u0663\u0664           | 34
                    Devanagari       | \u0967\u0968           | 12
                    Lao              | \u0ED5\u0ED0           | 50
                    math bold        | \uD835\uDFCF\uD835\uDFD0 | 12
                    circled one      | \u2460                 | \u2460
                    superscript two  | \u00B2                 | \u00B2
                    """)
    void reads_every_unicode_decimal_digit_but_not_other_number_signs(
            String kind, String text, String arabic) {
        assertThat(ThaiDigits.toArabic(text)).as(kind).isEqualTo(arabic);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    full-width | \uFF11\uFF12
                    Lao        | \u0ED5\u0ED0
                    """)
    void writes_only_ascii_digits_as_thai(String kind, String text) {
        assertThat(ThaiDigits.toThai(text)).as(kind).isEqualTo(text);
    }

    @ParameterizedTest
    @EnumSource(Digits.class)
    void converting_there_and_back_gives_the_ascii_text_again(Digits digits) {
        String text = "ที่ สส 0017.2/ว 52520 ลงวันที่ 14 มกราคม 2562";
        assertThat(ThaiDigits.toArabic(ThaiDigits.apply(text, digits))).isEqualTo(text);
    }
}
