package saraban.thai;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date forms {@link ThaiDates} writes; see {@link ThaiDates#parseThaiDate(String)}. */
final class ThaiDateParser {

    /**
     * Day, month name, optional {@code พ.ศ.}, year of four or two digits (digits already ASCII).
     * The month name may have spaces inside ({@code ส. ค.}, {@code มี นาคม}), as scanned and
     * extracted text often has; they are dropped before the name is looked up.
     */
    private static final Pattern DATE =
            Pattern.compile(
                    "(\\d{1,2})\\s*(\\D+?)\\s*(?:พ\\.\\s*ศ\\.\\s*)?(\\d{4}|\\d{2})",
                    Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Buddhist-Era years a correspondence date can have; others are typos or Common-Era years. */
    private static final int FIRST_YEAR = 2400;

    private static final int LAST_YEAR = 2699;

    private ThaiDateParser() {}

    static LocalDate parse(String text, List<String> months, List<String> abbreviations) {
        if (text == null) {
            throw new IllegalArgumentException("not a Thai date: null");
        }
        Reading reading = read(text, months, abbreviations);
        if (reading.date() == null) {
            throw new IllegalArgumentException(
                    "not a Thai date: '" + text + "'" + reading.whyNot());
        }
        return reading.date();
    }

    /** The date, or {@code null} for anything else: for scanning text without exceptions. */
    static LocalDate tryParse(String text, List<String> months, List<String> abbreviations) {
        return read(text, months, abbreviations).date();
    }

    /** A date, or why the text is not one (empty when it does not have a date's shape). */
    private record Reading(LocalDate date, String whyNot) {}

    private static Reading read(String text, List<String> months, List<String> abbreviations) {
        if (text == null) {
            return new Reading(null, "");
        }
        Matcher m = DATE.matcher(ThaiDigits.toArabic(ThaiNormalizer.normalize(text)).strip());
        if (!m.matches()) {
            return new Reading(null, "");
        }
        String name = m.group(2).strip();
        int month = monthNumber(SPACE.matcher(name).replaceAll(""), months, abbreviations);
        if (month == 0) {
            return new Reading(null, " (no Thai month is called '" + name + "')");
        }
        String yearText = m.group(3);
        int year = Integer.parseInt(yearText) + (yearText.length() == 2 ? 2500 : 0);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return new Reading(
                    null,
                    " (the year must be Buddhist Era, " + FIRST_YEAR + " to " + LAST_YEAR + ")");
        }
        try {
            return new Reading(LocalDate.of(year - 543, month, Integer.parseInt(m.group(1))), null);
        } catch (DateTimeException e) {
            return new Reading(null, " (" + e.getMessage() + ")");
        }
    }

    /**
     * The month's number 1–12, or 0. An abbreviation may have lost its last dot ({@code ส.ค}), as
     * scanned text often has.
     */
    private static int monthNumber(String name, List<String> months, List<String> abbreviations) {
        int index = months.indexOf(name);
        if (index < 0) {
            index = abbreviations.indexOf(name);
        }
        if (index < 0 && name.contains(".") && !name.endsWith(".")) {
            index = abbreviations.indexOf(name + ".");
        }
        return index + 1;
    }
}
