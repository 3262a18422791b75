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
     */
    private static final Pattern DATE =
            Pattern.compile(
                    "(\\d{1,2})\\s*([^\\s\\d]+?)\\s*(?:พ\\.\\s*ศ\\.\\s*)?(\\d{4}|\\d{2})",
                    Pattern.UNICODE_CHARACTER_CLASS);

    /** Buddhist-Era years a correspondence date can have; others are typos or Common-Era years. */
    private static final int FIRST_YEAR = 2400;

    private static final int LAST_YEAR = 2699;

    private ThaiDateParser() {}

    static LocalDate parse(String text, List<String> months, List<String> abbreviations) {
        if (text == null) {
            throw new IllegalArgumentException("not a Thai date: null");
        }
        Matcher m = DATE.matcher(ThaiDigits.toArabic(ThaiNormalizer.normalize(text)).strip());
        if (!m.matches()) {
            throw notADate(text, "");
        }
        int month = monthNumber(m.group(2), months, abbreviations);
        if (month == 0) {
            throw notADate(text, " (no Thai month is called '" + m.group(2) + "')");
        }
        String yearText = m.group(3);
        int year = Integer.parseInt(yearText) + (yearText.length() == 2 ? 2500 : 0);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw notADate(
                    text,
                    " (the year must be Buddhist Era, " + FIRST_YEAR + " to " + LAST_YEAR + ")");
        }
        try {
            return LocalDate.of(year - 543, month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            throw notADate(text, " (" + e.getMessage() + ")");
        }
    }

    private static int monthNumber(String name, List<String> months, List<String> abbreviations) {
        int index = months.indexOf(name);
        if (index < 0) {
            index = abbreviations.indexOf(name);
        }
        return index + 1;
    }

    private static IllegalArgumentException notADate(String text, String why) {
        return new IllegalArgumentException("not a Thai date: '" + text + "'" + why);
    }
}
