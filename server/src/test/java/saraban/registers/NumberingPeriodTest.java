package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static saraban.registers.NumberingYear.CALENDAR;
import static saraban.registers.NumberingYear.FISCAL;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.testing.MultiLocaleTest;
import saraban.thai.Digits;

@MultiLocaleTest
class NumberingPeriodTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    2018-09-30 | 2561 | 2561
                    2018-10-01 | 2561 | 2562
                    2018-12-31 | 2561 | 2562
                    2019-01-01 | 2562 | 2562
                    2019-03-29 | 2562 | 2562
                    2019-09-30 | 2562 | 2562
                    2019-10-01 | 2562 | 2563
                    2019-12-31 | 2562 | 2563
                    2020-01-01 | 2563 | 2563
                    2020-02-29 | 2563 | 2563
                    """)
    void restarts_numbering_on_first_of_january_or_first_of_october(
            LocalDate date, int calendarYear, int fiscalYear) {
        assertThat(NumberingPeriod.of(CALENDAR, date))
                .isEqualTo(new NumberingPeriod(CALENDAR, calendarYear));
        assertThat(NumberingPeriod.of(FISCAL, date))
                .isEqualTo(new NumberingPeriod(FISCAL, fiscalYear));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    2019-12-31T16:59:59Z | 2562 | 2563
                    2019-12-31T17:00:00Z | 2563 | 2563
                    2019-09-30T16:59:59Z | 2562 | 2562
                    2019-09-30T17:00:00Z | 2562 | 2563
                    """)
    void takes_the_date_of_an_instant_in_bangkok_not_in_utc(
            Instant instant, int calendarYear, int fiscalYear) {
        assertThat(NumberingPeriod.of(CALENDAR, instant).buddhistYear()).isEqualTo(calendarYear);
        assertThat(NumberingPeriod.of(FISCAL, instant).buddhistYear()).isEqualTo(fiscalYear);
    }

    @Test
    void fiscal_year_2562_runs_from_1_october_2018_to_30_september_2019() {
        NumberingPeriod fy2562 = new NumberingPeriod(FISCAL, 2562);
        assertThat(fy2562.contains(LocalDate.of(2018, 9, 30))).isFalse();
        assertThat(fy2562.contains(LocalDate.of(2018, 10, 1))).isTrue();
        assertThat(fy2562.contains(LocalDate.of(2019, 9, 30))).isTrue();
        assertThat(fy2562.contains(LocalDate.of(2019, 10, 1))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    CALENDAR | THAI   | พ.ศ. ๒๕๖๒
                    CALENDAR | ARABIC | พ.ศ. 2562
                    FISCAL   | THAI   | ปีงบประมาณ พ.ศ. ๒๕๖๒
                    FISCAL   | ARABIC | ปีงบประมาณ พ.ศ. 2562
                    """)
    void names_the_period_as_a_register_heading(NumberingYear year, Digits digits, String name) {
        assertThat(new NumberingPeriod(year, 2562).thaiName(digits)).isEqualTo(name);
    }
}
