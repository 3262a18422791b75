package saraban.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import saraban.testing.MultiLocaleTest;

@MultiLocaleTest
class ThaiDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    2019-03-29 | THAI   | ๒๙ มีนาคม ๒๕๖๒
                    2019-03-29 | ARABIC | 29 มีนาคม 2562
                    2024-01-01 | THAI   | ๑ มกราคม ๒๕๖๗
                    2020-02-29 | ARABIC | 29 กุมภาพันธ์ 2563
                    2025-12-31 | ARABIC | 31 ธันวาคม 2568
                    1500-01-01 | ARABIC | 1 มกราคม 2043
                    """)
    void writes_the_full_date_with_the_buddhist_year(LocalDate date, Digits digits, String text) {
        assertThat(ThaiDates.fullDate(date, digits)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    2019-01-14 | THAI   | ๑๔ มกราคม พ.ศ. ๒๕๖๒
                    2019-05-20 | ARABIC | 20 พฤษภาคม พ.ศ. 2562
                    """)
    void writes_the_full_date_with_the_era_for_orders_and_announcements(
            LocalDate date, Digits digits, String text) {
        assertThat(ThaiDates.fullDateWithEra(date, digits)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    2019-08-25 | THAI   | ๒๕ ส.ค. ๒๕๖๒ | ๒๕ ส.ค. ๖๒
                    2019-08-25 | ARABIC | 25 ส.ค. 2562 | 25 ส.ค. 62
                    2000-01-05 | ARABIC | 5 ม.ค. 2543  | 5 ม.ค. 43
                    2056-12-31 | THAI   | ๓๑ ธ.ค. ๒๕๙๙ | ๓๑ ธ.ค. ๙๙
                    """)
    void writes_the_abbreviated_date_with_a_long_or_short_year(
            LocalDate date, Digits digits, String text, String shortYear) {
        assertThat(ThaiDates.abbreviatedDate(date, digits)).isEqualTo(text);
        assertThat(ThaiDates.abbreviatedDateShortYear(date, digits)).isEqualTo(shortYear);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    10:50 | THAI   | ๑๐.๕๐ น.
                    10:50 | ARABIC | 10.50 น.
                    09:05 | THAI   | ๙.๐๕ น.
                    00:00 | ARABIC | 0.00 น.
                    23:59 | THAI   | ๒๓.๕๙ น.
                    13:07 | ARABIC | 13.07 น.
                    """)
    void writes_the_time_on_the_24_hour_clock(LocalTime time, Digits digits, String text) {
        assertThat(ThaiDates.time(time, digits)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    1  | มกราคม     | ม.ค.
                    2  | กุมภาพันธ์   | ก.พ.
                    3  | มีนาคม     | มี.ค.
                    4  | เมษายน    | เม.ย.
                    5  | พฤษภาคม   | พ.ค.
                    6  | มิถุนายน    | มิ.ย.
                    7  | กรกฎาคม   | ก.ค.
                    8  | สิงหาคม    | ส.ค.
                    9  | กันยายน    | ก.ย.
                    10 | ตุลาคม     | ต.ค.
                    11 | พฤศจิกายน  | พ.ย.
                    12 | ธันวาคม    | ธ.ค.
                    """)
    void names_each_month_as_thai_letters_do(int month, String name, String abbreviation) {
        assertThat(ThaiDates.monthName(month)).isEqualTo(name);
        assertThat(ThaiDates.monthAbbreviation(month)).isEqualTo(abbreviation);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    void refuses_a_month_that_does_not_exist(int month) {
        assertThatThrownBy(() -> ThaiDates.monthName(month))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("month must be 1..12, not " + month);
        assertThatThrownBy(() -> ThaiDates.monthAbbreviation(month))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("month must be 1..12, not " + month);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    2019-03-29 | 2562
                    2024-12-31 | 2567
                    2025-01-01 | 2568
                    1941-01-01 | 2484
                    0001-01-01 | 544
                    """)
    void counts_buddhist_years_as_the_common_era_year_plus_543(LocalDate date, int year) {
        assertThat(ThaiDates.buddhistYear(date)).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    ๒๙ มีนาคม ๒๕๖๒              | 2019-03-29
                    29 มีนาคม 2562              | 2019-03-29
                    25 ส.ค. 2562                | 2019-08-25
                    25 ส.ค. 62                  | 2019-08-25
                    ๒๕ ส.ค. ๖๒                  | 2019-08-25
                    ๖ ส.ค. 2562                 | 2019-08-06
                    1 มกราคม 2567               | 2024-01-01
                    29 มีนาคม พ.ศ. 2562          | 2019-03-29
                    "  ๒๙  มีนาคม   ๒๕๖๒ "       | 2019-03-29
                    25ส.ค.2562                  | 2019-08-25
                    ๒๙ มี\u200Bนาคม ๒๕๖๒         | 2019-03-29
                    29 กุมภาพันธ์ 2563            | 2020-02-29
                    ๒๕ ส. ค. ๒๕๖๒                | 2019-08-25
                    ๒๙ มี นาคม ๒๕๖๒              | 2019-03-29
                    25 ส.ค 2562                 | 2019-08-25
                    """)
    void reads_full_and_abbreviated_dates_in_either_digits(String text, LocalDate date) {
        assertThat(ThaiDates.parseThaiDate(text)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "29 มีนาคม",
                "มีนาคม 2562",
                "29 March 2562",
                "29 มีนา 2562",
                "2019-03-29",
                "29/03/2562",
                "32 มีนาคม 2562",
                "31 ก.พ. 2562",
                "29 กุมภาพันธ์ 2562",
                "29 มีนาคม 2019",
                "29 มีนาคม 562",
                "วันที่ 29 มีนาคม 2562"
            })
    void refuses_what_is_not_a_thai_date(String text) {
        assertThatThrownBy(() -> ThaiDates.parseThaiDate(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a Thai date: '" + text + "'");
    }

    @Test
    void reads_a_date_without_throwing_when_scanning_lines() {
        assertThat(ThaiDates.readThaiDate("๒๙ มี.ค. ๒๕๖๒")).contains(LocalDate.of(2019, 3, 29));
        assertThat(ThaiDates.readThaiDate("เรื่อง ขอเชิญประชุม")).isEmpty();
        assertThat(ThaiDates.readThaiDate("31 ก.พ. 2562")).isEmpty();
        assertThat(ThaiDates.readThaiDate(null)).isEmpty();
    }

    @Test
    void says_why_a_date_was_refused() {
        assertThatThrownBy(() -> ThaiDates.parseThaiDate("29 มีนา 2562"))
                .hasMessage("not a Thai date: '29 มีนา 2562' (no Thai month is called 'มีนา')");
        assertThatThrownBy(() -> ThaiDates.parseThaiDate("29 มีนาคม 2019"))
                .hasMessage(
                        "not a Thai date: '29 มีนาคม 2019'"
                                + " (the year must be Buddhist Era, 2400 to 2699)");
    }

    @ParameterizedTest
    @EnumSource(Digits.class)
    void reads_back_every_day_it_writes(Digits digits) {
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() < 2021; d = d.plusDays(1)) {
            assertThat(ThaiDates.parseThaiDate(ThaiDates.fullDate(d, digits))).isEqualTo(d);
            assertThat(ThaiDates.parseThaiDate(ThaiDates.abbreviatedDate(d, digits))).isEqualTo(d);
            assertThat(ThaiDates.parseThaiDate(ThaiDates.abbreviatedDateShortYear(d, digits)))
                    .isEqualTo(d);
        }
    }
}
