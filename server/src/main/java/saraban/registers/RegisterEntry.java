package saraban.registers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a register: a number handed out, with what it was for. Rows are never deleted; a
 * cancelled number keeps its row, marked {@code CANCELLED} with who, when and why.
 *
 * @param officeId the office whose series the number belongs to (a parent's, when shared)
 * @param requestedBy the office that asked for the number
 * @param referenceNumber the number as printed after ที่, Thai digits; empty for receive numbers
 * @param reservationId the reservation the number was set aside by; {@code null} when it was handed
 *     out directly
 * @param usedAt when a reserved number was put to use, and {@code usedBy} by whom; {@code null}
 *     while it is still reserved and for numbers handed out directly
 */
public record RegisterEntry(
        long id,
        String officeId,
        String requestedBy,
        Series series,
        int year,
        int number,
        Status status,
        String referenceNumber,
        LocalDate letterDate,
        String sender,
        String recipient,
        String subject,
        String action,
        String remark,
        Instant createdAt,
        String createdBy,
        Instant cancelledAt,
        String cancelledBy,
        String cancelReason,
        Long reservationId,
        Instant usedAt,
        String usedBy) {

    /** Where a number stands: every number handed out is in one of these states. */
    public enum Status {
        USED,
        RESERVED,
        CANCELLED
    }
}
