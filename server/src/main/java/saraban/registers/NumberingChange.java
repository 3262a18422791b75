package saraban.registers;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a change to the offices changes where one office's letters of one series get their numbers:
 * from another register ({@code from} and {@code to} differ), or from the same register counting a
 * different year (calendar or fiscal).
 *
 * <p>Numbers already handed out must not be handed out again. After the change the office's next
 * number comes from the counter of {@code to} for the year that {@link #since} begins; it repeats
 * no number already in that counter, but may repeat any other number dated in that year. So a
 * change is safe when the numbers dated from {@link #since} on that concern it are all in that
 * counter: in practice, at the start of a numbering year before its first number.
 *
 * @param officeId the office whose letters are numbered
 * @param from the register's office before the change
 * @param to the register's office after it
 */
record NumberingChange(String officeId, Series series, Office from, Office to) {

    /** The fiscal year begins this many months before the calendar year of the same number. */
    private static final int FISCAL_LEAD_MONTHS = 3;

    /** Every office's changes, for the offices in both trees, in tree order then series order. */
    static List<NumberingChange> between(OfficeTree before, OfficeTree after) {
        List<NumberingChange> changes = new ArrayList<>();
        for (Office office : after.offices()) {
            if (before.find(office.id()).isEmpty()) {
                continue;
            }
            for (Series series : Series.values()) {
                Office from = before.numberingOffice(office.id(), series);
                Office to = after.numberingOffice(office.id(), series);
                if (!from.id().equals(to.id()) || from.policy().year() != to.policy().year()) {
                    changes.add(new NumberingChange(office.id(), series, from, to));
                }
            }
        }
        return changes;
    }

    /**
     * Whether the office moves to another register; otherwise its register changes its year, and
     * every office numbered in it with it.
     */
    boolean movesRegister() {
        return !from.id().equals(to.id());
    }

    /** The first day of the numbering year, under the new numbering, that {@code today} is in. */
    LocalDate since(LocalDate today) {
        return switch (to.policy().year()) {
            case CALENDAR -> today.withDayOfYear(1);
            case FISCAL ->
                    today.plusMonths(FISCAL_LEAD_MONTHS)
                            .withDayOfYear(1)
                            .minusMonths(FISCAL_LEAD_MONTHS);
        };
    }

    /** The Buddhist-Era year of the counter that the next number comes from. */
    int year(LocalDate today) {
        return NumberingPeriod.of(to.policy().year(), today).buddhistYear();
    }

    /**
     * Refuses the first of {@code changes} after which an office's next numbers could repeat
     * numbers it already has, with {@code NUMBERING_IN_USE} naming {@code field}.
     */
    static void refuseRepeats(
            Connection c,
            OfficeStore store,
            List<NumberingChange> changes,
            LocalDate today,
            String field)
            throws SQLException {
        Set<String> registersChecked = new HashSet<>();
        for (NumberingChange change : changes) {
            LocalDate since = change.since(today);
            int year = change.year(today);
            boolean repeats;
            String whose;
            if (change.movesRegister()) {
                whose = change.officeId();
                repeats =
                        store.hasNumbersSince(
                                        c, change.from().id(), change.series(), since, whose, null)
                                || store.hasNumbersSince(
                                        c, change.to().id(), change.series(), since, whose, year);
            } else {
                whose = change.to().id();
                repeats =
                        registersChecked.add(whose + "/" + change.series())
                                && store.hasNumbersSince(
                                        c, whose, change.series(), since, null, year);
            }
            if (repeats) {
                throw OfficeProblems.numberingInUse(whose, change.series(), year, field);
            }
        }
    }
}
