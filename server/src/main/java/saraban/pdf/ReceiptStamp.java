package saraban.pdf;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;
import saraban.thai.ThaiNormalizer;

/**
 * What a receipt stamp (ตรารับหนังสือ) says, already formatted as it is to be printed: the
 * receiving office's name, the label of its number ({@code เลขรับ}, or {@code รับเลขที่} on a
 * unit's stamp), the number, the date ({@code ๒๕ ส.ค. ๒๕๖๒}) and the time ({@code ๑๐.๕๐ น.}).
 * {@link #received} formats them the usual way. Values are kept as printed: stripped and {@link
 * ThaiNormalizer normalised}, which is also what the stamped PDF's text layer gives back.
 */
public record ReceiptStamp(String office, String label, String number, String date, String time) {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    public ReceiptStamp {
        office = required(office, "office");
        label = required(label, "label");
        number = required(number, "number");
        date = required(date, "date");
        time = required(time, "time");
    }

    /**
     * The stamp of a letter received at {@code at}: number, date and time in Thai digits, date and
     * time in Asia/Bangkok, e.g. {@code received("ศาลากลางจังหวัดสมุทรสงคราม", "เลขรับ", 3219, at)}
     * gives {@code ๓๒๑๙}, {@code ๒๕ ส.ค. ๒๕๖๒}, {@code ๑๐.๕๐ น.}.
     */
    public static ReceiptStamp received(String office, String label, long number, Instant at) {
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive, not " + number);
        }
        ZonedDateTime local = at.atZone(BANGKOK);
        return new ReceiptStamp(
                office,
                label,
                ThaiDigits.toThai(Long.toString(number)),
                ThaiDates.abbreviatedDate(local.toLocalDate(), Digits.THAI),
                ThaiDates.time(local.toLocalTime(), Digits.THAI));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        String text = ThaiNormalizer.normalize(value.strip());
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be one line of text: " + text);
        }
        return text;
    }
}
