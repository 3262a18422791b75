package saraban.receiving;

import java.time.LocalDate;
import saraban.Problem;
import saraban.ProblemException;
import saraban.letters.Secrecy;
import saraban.letters.Urgency;

/**
 * What the receive register records of an incoming letter: its own number as the sender printed it
 * (ที่), its date (ลงวันที่), sender (จาก), addressee (ถึง), subject (เรื่อง), urgency and secrecy
 * (ชั้นความลับ, which decides who may find it in search). The {@code metadata} part of {@code POST
 * /api/incoming}, where every field is optional: what the clerk leaves out is read from the
 * letter's text layer.
 */
public record IncomingDetails(
        String referenceNumber,
        LocalDate date,
        String sender,
        String addressee,
        String subject,
        String urgency,
        String secrecy) {

    /** Nothing known. */
    public static final IncomingDetails NONE =
            new IncomingDetails(null, null, null, null, null, null, null);

    private static final int MAX = 500;

    public IncomingDetails {
        referenceNumber = text("referenceNumber", referenceNumber);
        sender = text("sender", sender);
        addressee = text("addressee", addressee);
        subject = text("subject", subject);
        urgency = text("urgency", urgency);
        secrecy = text("secrecy", secrecy);
        if (secrecy != null) {
            try {
                secrecy = Secrecy.parse(secrecy).thai();
            } catch (IllegalArgumentException e) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_INVALID",
                                "metadata.secrecy",
                                "secrecy must be ลับ, ลับมาก or ลับที่สุด, not " + secrecy,
                                "ชั้นความลับต้องเป็น ลับ ลับมาก หรือ ลับที่สุด"));
            }
        }
        if (urgency != null) {
            try {
                urgency = Urgency.parse(urgency).thai();
            } catch (IllegalArgumentException e) {
                throw new ProblemException(
                        Problem.badField(
                                "FIELD_INVALID",
                                "metadata.urgency",
                                "urgency must be ด่วน, ด่วนมาก or ด่วนที่สุด, not " + urgency,
                                "ชั้นความเร็วต้องเป็น ด่วน ด่วนมาก หรือ ด่วนที่สุด"));
            }
        }
    }

    /** These details, each missing one taken from {@code fallback}. */
    public IncomingDetails orElse(IncomingDetails fallback) {
        return new IncomingDetails(
                referenceNumber != null ? referenceNumber : fallback.referenceNumber,
                date != null ? date : fallback.date,
                sender != null ? sender : fallback.sender,
                addressee != null ? addressee : fallback.addressee,
                subject != null ? subject : fallback.subject,
                urgency != null ? urgency : fallback.urgency,
                secrecy != null ? secrecy : fallback.secrecy);
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.length() > MAX
                || t.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_INVALID",
                            "metadata." + field,
                            field
                                    + " is longer than "
                                    + MAX
                                    + " characters or holds control characters",
                            "ข้อความในช่อง " + field + " ยาวเกินไปหรือมีอักขระควบคุม"));
        }
        return t;
    }
}
