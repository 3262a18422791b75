package saraban.registers;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A request to set numbers aside ("จองเลข"): the JSON body of {@code POST
 * /api/registers/{office}/{series}/reservations}.
 *
 * @param count how many consecutive numbers, 1 to {@value #MAX_COUNT}; empty means one
 * @param expiresAt until when: a date ({@code 2026-12-01}, to the end of that day in Bangkok) or a
 *     date and time with its offset ({@code 2026-12-01T16:30:00+07:00}); empty means {@value
 *     #DEFAULT_DAYS} days. Never later than the end of the numbering year, when the series
 *     restarts.
 * @param purpose what the numbers are for, shown in the register's หมายเหตุ
 */
public record ReservationRequest(Integer count, String expiresAt, String purpose) {
    /** The largest block one request may set aside. */
    public static final int MAX_COUNT = 100;

    /** How long a reservation lasts when the request does not say. */
    public static final int DEFAULT_DAYS = 7;

    public ReservationRequest {
        count = count == null ? 1 : count;
        if (count < 1 || count > MAX_COUNT) {
            throw RegisterProblems.badField(
                    "FIELD_INVALID",
                    "count",
                    "count must be from 1 to " + MAX_COUNT + ", not " + count,
                    "จองเลขได้ครั้งละ ๑ ถึง " + MAX_COUNT + " เลข");
        }
        expiresAt = expiresAt == null || expiresAt.isBlank() ? null : expiresAt.strip();
        purpose = NumberRequest.text("purpose", purpose, false);
    }

    /** The instant the reservation ends, or {@code null} when the request leaves it out. */
    Instant expiry() {
        if (expiresAt == null) {
            return null;
        }
        try {
            if (expiresAt.length() == 10) {
                return LocalDate.parse(expiresAt)
                        .plusDays(1)
                        .atStartOfDay(NumberingPeriod.BANGKOK)
                        .toInstant();
            }
            return OffsetDateTime.parse(expiresAt).toInstant();
        } catch (DateTimeException e) {
            throw RegisterProblems.badField(
                    "FIELD_INVALID",
                    "expiresAt",
                    "expiresAt must be a date like 2026-12-01 or a date and time with offset like"
                            + " 2026-12-01T16:30:00+07:00, not "
                            + expiresAt,
                    "วันหมดอายุการจองต้องเป็นวันที่ เช่น 2026-12-01");
        }
    }
}
