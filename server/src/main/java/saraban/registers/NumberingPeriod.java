package saraban.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistDate;
import java.util.Objects;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;

/**
 * The numbering year a series belongs to on a date: series restart at 1 when it changes. {@code
 * NumberingPeriod.of(CALENDAR, 2019-12-31)} is พ.ศ. 2562; {@code of(FISCAL, 2018-10-01)} is
 * ปีงบประมาณ 2562, which runs from 1 October 2018 to 30 September 2019.
 *
 * @param year calendar or fiscal
 * @param buddhistYear the Buddhist-Era year, or for a fiscal year the Buddhist-Era year it ends in
 */
public record NumberingPeriod(NumberingYear year, int buddhistYear) {

    /** Numbers are given by the date in Thailand, whatever the server's zone. */
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** The fiscal year begins this many months before the calendar year of the same number. */
    private static final int FISCAL_LEAD_MONTHS = 3;

    public NumberingPeriod {
        Objects.requireNonNull(year, "year must not be null");
        if (buddhistYear < 1) {
            throw new IllegalArgumentException("buddhistYear must be 1 or more: " + buddhistYear);
        }
    }

    /** The period of a date in Bangkok (the date a letter is numbered on). */
    public static NumberingPeriod of(NumberingYear year, LocalDate dateInBangkok) {
        Objects.requireNonNull(dateInBangkok, "dateInBangkok must not be null");
        LocalDate counted =
                switch (Objects.requireNonNull(year, "year must not be null")) {
                    case CALENDAR -> dateInBangkok;
                    // 1 October moves to 1 January of the next year, 30 September stays in
                    // December: the calendar year of the shifted date is the fiscal year.
                    case FISCAL -> dateInBangkok.plusMonths(FISCAL_LEAD_MONTHS);
                };
        return new NumberingPeriod(year, ThaiDates.buddhistYear(counted));
    }

    /** The period of an instant, taken at its date in Bangkok. */
    public static NumberingPeriod of(NumberingYear year, Instant instant) {
        return of(year, LocalDate.ofInstant(instant, BANGKOK));
    }

    /** The first day after the period, in Bangkok: 1 January (or 1 October) of the next one. */
    public LocalDate nextStart() {
        LocalDate nextCalendarYear = LocalDate.from(ThaiBuddhistDate.of(buddhistYear + 1, 1, 1));
        return switch (year) {
            case CALENDAR -> nextCalendarYear;
            case FISCAL -> nextCalendarYear.minusMonths(FISCAL_LEAD_MONTHS);
        };
    }

    /** The instant the period ends: midnight in Bangkok at the start of {@link #nextStart()}. */
    public Instant end() {
        return nextStart().atStartOfDay(BANGKOK).toInstant();
    }

    /** Whether a number given on this date in Bangkok belongs to this period. */
    public boolean contains(LocalDate dateInBangkok) {
        return of(year, dateInBangkok).equals(this);
    }

    /**
     * The period as a register heading writes it: {@code พ.ศ. ๒๕๖๒}, {@code ปีงบประมาณ พ.ศ. ๒๕๖๒}.
     */
    public String thaiName(Digits digits) {
        String prefix =
                switch (year) {
                    case CALENDAR -> "";
                    case FISCAL -> "ปีงบประมาณ ";
                };
        return ThaiDigits.apply(prefix + "พ.ศ. " + buddhistYear, digits);
    }
}
