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
        String cancelReason) {

    /** Where a number stands: every number handed out is in one of these states. */
    public enum Status {
        USED,
        RESERVED,
        CANCELLED
    }
}
