package saraban.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import saraban.testing.MultiLocaleTest;

@MultiLocaleTest
class BahtTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    0                 | ศูนย์บาทถ้วน
                    1                 | หนึ่งบาทถ้วน
                    10                | สิบบาทถ้วน
                    11                | สิบเอ็ดบาทถ้วน
                    20                | ยี่สิบบาทถ้วน
                    21                | ยี่สิบเอ็ดบาทถ้วน
                    101               | หนึ่งร้อยเอ็ดบาทถ้วน
                    111               | หนึ่งร้อยสิบเอ็ดบาทถ้วน
                    201               | สองร้อยเอ็ดบาทถ้วน
                    1001              | หนึ่งพันเอ็ดบาทถ้วน
                    12345             | หนึ่งหมื่นสองพันสามร้อยสี่สิบห้าบาทถ้วน
                    100001            | หนึ่งแสนเอ็ดบาทถ้วน
                    1000000           | หนึ่งล้านบาทถ้วน
                    1000001           | หนึ่งล้านเอ็ดบาทถ้วน
                    2000011           | สองล้านสิบเอ็ดบาทถ้วน
                    11000000          | สิบเอ็ดล้านบาทถ้วน
                    21000021          | ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน
                    101000000         | หนึ่งร้อยเอ็ดล้านบาทถ้วน
                    1001000000        | หนึ่งพันเอ็ดล้านบาทถ้วน
                    1000000000000     | หนึ่งล้านล้านบาทถ้วน
                    5E+2              | ห้าร้อยบาทถ้วน
                    100.00            | หนึ่งร้อยบาทถ้วน
                    """)
    void reads_whole_amounts_ending_in_baht_tuan(BigDecimal amount, String text) {
        assertThat(BahtText.of(amount)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    123450.50  | หนึ่งแสนสองหมื่นสามพันสี่ร้อยห้าสิบบาทห้าสิบสตางค์
                    0.25       | ยี่สิบห้าสตางค์
                    0.01       | หนึ่งสตางค์
                    0.21       | ยี่สิบเอ็ดสตางค์
                    0.5        | ห้าสิบสตางค์
                    1.01       | หนึ่งบาทหนึ่งสตางค์
                    21.25      | ยี่สิบเอ็ดบาทยี่สิบห้าสตางค์
                    100.10     | หนึ่งร้อยบาทสิบสตางค์
                    101.11     | หนึ่งร้อยเอ็ดบาทสิบเอ็ดสตางค์
                    """)
    void reads_satang_after_the_baht(BigDecimal amount, String text) {
        assertThat(BahtText.of(amount)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    0.994     | เก้าสิบเก้าสตางค์
                    0.995     | หนึ่งบาทถ้วน
                    0.005     | หนึ่งสตางค์
                    0.004     | ศูนย์บาทถ้วน
                    12.345    | สิบสองบาทสามสิบห้าสตางค์
                    1.999     | สองบาทถ้วน
                    """)
    void rounds_satang_half_up_to_two_places(BigDecimal amount, String text) {
        assertThat(BahtText.of(amount)).isEqualTo(text);
    }

    @Test
    void reads_the_largest_amount_icu_can_spell() {
        assertThat(BahtText.of(new BigDecimal("999999999999999999.99")))
                .isEqualTo(
                        "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้าน"
                                + "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้าน"
                                + "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาท"
                                + "เก้าสิบเก้าสตางค์");
    }

    @Test
    void leaves_no_zero_width_space_in_the_text() {
        assertThat(BahtText.of(new BigDecimal("123456789.12"))).doesNotContain("\u200B");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.01", "-0.001", "-123450.50"})
    void refuses_a_negative_amount(BigDecimal amount) {
        assertThatThrownBy(() -> BahtText.of(amount))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be negative, not " + amount.toPlainString());
    }

    @Test
    void refuses_an_amount_too_large_to_spell() {
        assertThatThrownBy(() -> BahtText.of(new BigDecimal("999999999999999999.995")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must be less than 10^18 baht, not 999999999999999999.995");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    ๑๒๓,๔๕๐.๕๐       | 123450.50
                    123,450.50       | 123450.50
                    123450.50        | 123450.50
                    ๑,๐๐๐,๐๐๑        | 1000001
                    0.25             | 0.25
                    ๐.๒๕             | 0.25
                    " 12 "           | 12
                    999              | 999
                    """)
    void reads_amounts_in_thai_or_arabic_digits_with_commas(String text, BigDecimal amount) {
        assertThat(BahtText.parseAmount(text)).isEqualTo(amount);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12,34",
                "1,2345",
                "1,000,00",
                "-5",
                "12.",
                ".5",
                "abc",
                "1 000",
                "๑๒a",
                "๑๒ บาท"
            })
    void refuses_what_is_not_an_amount(String text) {
        assertThatThrownBy(() -> BahtText.parseAmount(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an amount: '" + text + "'");
    }

    @Test
    void reads_an_amount_typed_in_thai_digits_as_words() {
        assertThat(BahtText.of(BahtText.parseAmount("๑๒๓,๔๕๐.๕๐")))
                .isEqualTo("หนึ่งแสนสองหมื่นสามพันสี่ร้อยห้าสิบบาทห้าสิบสตางค์");
    }

    @Test
    void gives_the_same_words_when_called_from_many_threads() {
        List<BigDecimal> amounts =
                IntStream.range(0, 20_000)
                        .mapToObj(i -> BigDecimal.valueOf(i * 1_000_003L + i % 100, 2))
                        .toList();
        List<String> sequential = amounts.stream().map(BahtText::of).toList();
        assertThat(amounts.parallelStream().map(BahtText::of).toList()).isEqualTo(sequential);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    0          | ๐            | 0
                    999        | ๙๙๙          | 999
                    1000       | ๑,๐๐๐        | 1,000
                    1200000    | ๑,๒๐๐,๐๐๐    | 1,200,000
                    1500.5     | ๑,๕๐๐.๕๐     | 1,500.50
                    123450.505 | ๑๒๓,๔๕๐.๕๑   | 123,450.51
                    -2500      | -๒,๕๐๐       | -2,500
                    """)
    void writes_amounts_in_figures_grouped_by_thousands(String amount, String thai, String arabic) {
        assertThat(BahtText.figures(new BigDecimal(amount), Digits.THAI)).isEqualTo(thai);
        assertThat(BahtText.figures(new BigDecimal(amount), Digits.ARABIC)).isEqualTo(arabic);
    }
}
