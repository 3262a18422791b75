package saraban.thai;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.BuddhistCalendar;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times as Thai official letters write them, with Buddhist-Era years: {@code ๒๙ มีนาคม
 * ๒๕๖๒}, {@code ๒๕ ส.ค. ๒๕๖๒}, {@code ๑๐.๕๐ น.}.
 *
 * <p>ICU's Buddhist calendar and Thai month names do the work; the locale and the time zone ({@code
 * Asia/Bangkok}) are fixed here, so the JVM's defaults never change a result.
 */
public final class ThaiDates {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** Thai with the Buddhist calendar and ASCII digits; {@link ThaiDigits} picks the digits. */
    private static final ULocale THAI_BUDDHIST =
            new ULocale("th_TH@calendar=buddhist;numbers=latn");

    private static final List<String> MONTHS = monthNames(DateFormatSymbols.WIDE);
    private static final List<String> MONTH_ABBREVIATIONS =
            monthNames(DateFormatSymbols.ABBREVIATED);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm", Locale.ROOT);

    private ThaiDates() {}

    /** The date in full, as in a letter's date line: {@code ๒๙ มีนาคม ๒๕๖๒}. */
    public static String fullDate(LocalDate d, Digits digits) {
        return format(d, "d MMMM y", digits);
    }

    /**
     * The date with the era written out, as orders and announcements close: {@code ๑๔ มกราคม พ.ศ.
     * ๒๕๖๒}.
     */
    public static String fullDateWithEra(LocalDate d, Digits digits) {
        return format(d, "d MMMM 'พ.ศ.' y", digits);
    }

    /** The date with the month abbreviated, as in a receiving stamp: {@code ๒๕ ส.ค. ๒๕๖๒}. */
    public static String abbreviatedDate(LocalDate d, Digits digits) {
        return format(d, "d MMM y", digits);
    }

    /** The date with the month abbreviated and a two-digit year: {@code ๒๕ ส.ค. ๖๒}. */
    public static String abbreviatedDateShortYear(LocalDate d, Digits digits) {
        return format(d, "d MMM yy", digits);
    }

    /**
     * The time on the 24-hour clock with two-digit minutes and {@code น.}: {@code ๑๐.๕๐ น.}, {@code
     * ๙.๐๕ น.} (the hour has no leading zero, like the day of a date).
     */
    public static String time(LocalTime t, Digits digits) {
        return ThaiDigits.apply(TIME.format(t) + " น.", digits);
    }

    /** The Buddhist-Era year of the date: the Common-Era year plus 543. */
    public static int buddhistYear(LocalDate d) {
        return calendarAt(d).get(Calendar.YEAR);
    }

    /** The full Thai name of a month, 1 = {@code มกราคม} … 12 = {@code ธันวาคม}. */
    public static String monthName(int month) {
        return MONTHS.get(checkMonth(month) - 1);
    }

    /** The abbreviated Thai name of a month, 1 = {@code ม.ค.} … 12 = {@code ธ.ค.}. */
    public static String monthAbbreviation(int month) {
        return MONTH_ABBREVIATIONS.get(checkMonth(month) - 1);
    }

    /**
     * Reads a Thai date in the full or abbreviated form, with Thai or Arabic digits: {@code ๒๙
     * มีนาคม ๒๕๖๒}, {@code 25 ส.ค. 2562}, {@code 25 ส.ค. 62}. A two-digit year is read as 25xx BE
     * (1957–2056 CE).
     *
     * @throws IllegalArgumentException {@code "not a Thai date: ..."} for anything else
     */
    public static LocalDate parseThaiDate(String text) {
        return ThaiDateParser.parse(text, MONTHS, MONTH_ABBREVIATIONS);
    }

    /**
     * Like {@link #parseThaiDate(String)}, but empty instead of an exception: for looking through
     * text line by line, where most lines are not dates. {@code readThaiDate("๒๙ มี.ค. ๒๕๖๒")} is
     * 2019-03-29; {@code readThaiDate("เรื่อง ...")} is empty.
     */
    public static Optional<LocalDate> readThaiDate(String text) {
        return Optional.ofNullable(ThaiDateParser.tryParse(text, MONTHS, MONTH_ABBREVIATIONS));
    }

    private static String format(LocalDate d, String pattern, Digits digits) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, THAI_BUDDHIST);
        BuddhistCalendar calendar = calendarAt(d);
        format.setCalendar(calendar);
        return ThaiDigits.apply(format.format(calendar.getTime()), digits);
    }

    /**
     * A Buddhist calendar in Bangkok at the start of the day. It is proleptic Gregorian, like
     * {@link LocalDate}: ICU would otherwise switch to the Julian calendar before 1582.
     */
    private static BuddhistCalendar calendarAt(LocalDate d) {
        BuddhistCalendar calendar =
                new BuddhistCalendar(TimeZone.getTimeZone(BANGKOK.getId()), THAI_BUDDHIST);
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        calendar.setTimeInMillis(d.atStartOfDay(BANGKOK).toInstant().toEpochMilli());
        return calendar;
    }

    private static List<String> monthNames(int width) {
        DateFormatSymbols symbols = new DateFormatSymbols(BuddhistCalendar.class, THAI_BUDDHIST);
        return List.of(symbols.getMonths(DateFormatSymbols.FORMAT, width));
    }

    private static int checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, not " + month);
        }
        return month;
    }
}
