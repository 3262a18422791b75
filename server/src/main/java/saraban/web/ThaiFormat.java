package saraban.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;

/**
 * What templates call to show numbers and dates as Thai offices write them, as {@code fmt} in every
 * page's model: {@code ${fmt.digits(row.number)}} gives {@code ๑๒}, {@code ${fmt.date(d)}} gives
 * {@code ๒๕ ส.ค. ๒๕๖๒}. Every method takes {@code null} and answers an empty string.
 */
public final class ThaiFormat {
    /** The one instance pages share: it holds nothing. */
    public static final ThaiFormat INSTANCE = new ThaiFormat();

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private ThaiFormat() {}

    /** The value's text with Thai digits: {@code 2562} → {@code ๒๕๖๒}. */
    public String digits(Object value) {
        return value == null ? "" : ThaiDigits.toThai(String.valueOf(value));
    }

    /** A date as in a register: {@code ๒๕ ส.ค. ๒๕๖๒}. */
    public String date(LocalDate date) {
        return date == null ? "" : ThaiDates.abbreviatedDate(date, Digits.THAI);
    }

    /** A date in full: {@code ๒๕ สิงหาคม ๒๕๖๒}. */
    public String fullDate(LocalDate date) {
        return date == null ? "" : ThaiDates.fullDate(date, Digits.THAI);
    }

    /** An instant as date and time in Thailand: {@code ๒๕ ส.ค. ๒๕๖๒ ๑๐.๕๐ น.}. */
    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, BANGKOK);
        return ThaiDates.abbreviatedDate(local.toLocalDate(), Digits.THAI)
                + " "
                + ThaiDates.time(local.toLocalTime(), Digits.THAI);
    }
}
