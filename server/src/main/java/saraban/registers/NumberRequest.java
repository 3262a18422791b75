package saraban.registers;

import java.time.LocalDate;

/**
 * A request for the next number of a series ("ขอเลข"), for a letter written elsewhere: what the
 * register row records. The JSON body of {@code POST /api/registers/{office}/{series}/numbers}.
 *
 * @param date the letter's date; empty means today in Asia/Bangkok
 */
public record NumberRequest(
        String subject, String recipient, String sender, LocalDate date, String remark) {

    private static final int MAX = 500;

    public NumberRequest {
        subject = text("subject", subject, true);
        recipient = text("recipient", recipient, false);
        sender = text("sender", sender, false);
        remark = text("remark", remark, false);
    }

    static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw RegisterProblems.badField(
                        "FIELD_REQUIRED",
                        field,
                        field + " must not be blank",
                        field.equals("subject") ? "ต้องระบุเรื่อง" : "ต้องระบุข้อมูลช่อง " + field);
            }
            return null;
        }
        String t = value.strip();
        if (t.length() > MAX
                || t.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw RegisterProblems.badField(
                    "FIELD_INVALID",
                    field,
                    field + " is longer than " + MAX + " characters or holds control characters",
                    "ข้อความในช่อง " + field + " ยาวเกินไปหรือมีอักขระควบคุม");
        }
        return t;
    }
}
