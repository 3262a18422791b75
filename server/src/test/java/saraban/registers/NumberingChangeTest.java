package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberingChangeTest {

    private static final OfficeTree SAMPLE = OfficeTree.sample();

    /** The sample with one office replaced. */
    static OfficeTree with(Office changed) {
        List<Office> offices = new ArrayList<>();
        for (Office o : SAMPLE.offices()) {
            offices.add(o.id().equals(changed.id()) ? changed : o);
        }
        return OfficeTree.of(offices);
    }

    static Office withPolicy(String id, SeriesPolicy policy) {
        Office o = SAMPLE.get(id);
        return new Office(
                o.id(),
                o.name(),
                o.letterCode(),
                o.unitCode(),
                o.parentId(),
                o.address(),
                o.phone(),
                policy);
    }

    static List<String> describe(List<NumberingChange> changes) {
        return changes.stream()
                .map(
                        c ->
                                c.officeId()
                                        + " "
                                        + c.series().pathId()
                                        + " "
                                        + c.from().id()
                                        + "→"
                                        + c.to().id())
                .toList();
    }

    @Test
    void a_unit_that_keeps_its_own_send_series_moves_only_that_series() {
        OfficeTree after =
                with(
                        withPolicy(
                                "ss-0017-2",
                                new SeriesPolicy(
                                        Set.of(Series.CIRCULAR, Series.ORDER, Series.ANNOUNCEMENT),
                                        NumberingYear.CALENDAR)));
        List<NumberingChange> changes = NumberingChange.between(SAMPLE, after);
        assertThat(describe(changes)).containsExactly("ss-0017-2 send ss-hall→ss-0017-2");
        assertThat(changes.get(0).movesRegister()).isTrue();
    }

    @Test
    void a_register_that_counts_the_fiscal_year_changes_every_office_numbered_in_it() {
        OfficeTree after =
                with(withPolicy("ss-hall", new SeriesPolicy(Set.of(), NumberingYear.FISCAL)));
        List<NumberingChange> changes = NumberingChange.between(SAMPLE, after);
        assertThat(describe(changes))
                .contains("ss-hall receive ss-hall→ss-hall", "ss-0017-2 send ss-hall→ss-hall")
                .doesNotContain("ss-0017-2 receive ss-0017-2→ss-0017-2")
                .noneMatch(d -> d.startsWith("ss-mueang"));
        assertThat(changes).noneMatch(NumberingChange::movesRegister);
        // the hall's five series, and four for each of ss-0017 and its four units
        assertThat(changes).hasSize(5 + 5 * 4);
    }

    @Test
    void no_change_no_numbering_change_and_new_offices_have_none() {
        assertThat(NumberingChange.between(SAMPLE, SAMPLE)).isEmpty();
        List<Office> more = new ArrayList<>(SAMPLE.offices());
        more.add(
                new Office(
                        "ss-0017-5",
                        "กลุ่มงานใหม่",
                        "สส",
                        "0017.5",
                        "ss-0017",
                        null,
                        null,
                        SeriesPolicy.OWN_SERIES));
        assertThat(NumberingChange.between(SAMPLE, OfficeTree.of(more))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    CALENDAR | 2019-12-31 | 2019-01-01 | 2562
                    CALENDAR | 2020-01-01 | 2020-01-01 | 2563
                    FISCAL   | 2019-09-30 | 2018-10-01 | 2562
                    FISCAL   | 2019-10-01 | 2019-10-01 | 2563
                    FISCAL   | 2019-12-31 | 2019-10-01 | 2563
                    FISCAL   | 2020-02-29 | 2019-10-01 | 2563
                    """)
    void the_next_number_counts_from_the_first_day_of_the_new_numbering_year(
            NumberingYear year, LocalDate today, LocalDate since, int buddhistYear) {
        NumberingChange change =
                new NumberingChange(
                        "ss-mueang",
                        Series.SEND,
                        SAMPLE.get("ss-mueang"),
                        withPolicy("ss-mueang", new SeriesPolicy(Set.of(), year)));
        assertThat(change.since(today)).isEqualTo(since);
        assertThat(change.year(today)).isEqualTo(buddhistYear);
    }
}
