package saraban.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;

/**
 * Dates, times and numbers as the pages show them: Thai digits, Buddhist-Era years, Bangkok time.
 * The formatting itself is {@code saraban.thai}'s; this only picks the forms pages use.
 */
public final class ThaiView {
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private ThaiView() {}

    /** {@code ๒๙ มีนาคม ๒๕๖๒}; empty for none. */
    public static String date(LocalDate d) {
        return d == null ? "" : ThaiDates.fullDate(d, Digits.THAI);
    }

    /** {@code ๒๕ ส.ค. ๒๕๖๒ ๑๐.๕๐ น.} in Bangkok time; empty for none. */
    public static String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, BANGKOK);
        return ThaiDates.abbreviatedDate(local.toLocalDate(), Digits.THAI)
                + " "
                + ThaiDates.time(local.toLocalTime(), Digits.THAI);
    }

    /** Any digits in {@code text} as Thai digits; empty for none. */
    public static String digits(Object text) {
        return text == null ? "" : ThaiDigits.toThai(String.valueOf(text));
    }

    /** Today in Bangkok by {@code clock}. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(BANGKOK));
    }
}
