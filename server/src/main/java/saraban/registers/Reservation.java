package saraban.registers;

import java.time.Instant;
import java.util.List;

/**
 * Numbers set aside for an office ("จองเลข"): a block of consecutive numbers of one series and
 * year, each a register row that is reserved, then used, or cancelled when the reservation expires.
 *
 * @param officeId the office whose series the numbers come from (a parent's, when shared)
 * @param reservedFor the office the numbers are kept for; its codes print in the reference numbers
 * @param expiresAt after this instant no number of the block can be used; those left are cancelled
 * @param entries the block's register rows, in number order, as they stand now
 */
public record Reservation(
        long id,
        String officeId,
        String reservedFor,
        Series series,
        int year,
        int firstNumber,
        int count,
        String purpose,
        Instant expiresAt,
        Instant createdAt,
        String createdBy,
        List<RegisterEntry> entries) {

    public Reservation {
        entries = List.copyOf(entries);
    }

    /** Whether {@code number} belongs to this block. */
    public boolean holds(int number) {
        return number >= firstNumber && number < firstNumber + count;
    }

    /** Whether the reservation has ended at {@code now}. */
    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
