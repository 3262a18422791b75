package saraban.signers;

import java.util.ArrayList;
import java.util.List;
import saraban.Problem;
import saraban.ProblemException;

/**
 * A signer as an administrator enters them; checks itself and answers a problem naming the field.
 *
 * @param positions the position lines; blank lines are dropped, at least one must remain
 */
public record SignerRequest(String officeId, String name, List<String> positions) {
    static final int MAX_TEXT = 200;
    static final int MAX_LINES = 4;

    public SignerRequest {
        if (officeId == null || officeId.isBlank()) {
            throw invalid(
                    "FIELD_REQUIRED",
                    "officeId",
                    "officeId must not be blank",
                    "โปรดเลือกหน่วยงาน");
        }
        officeId = officeId.strip();
        name = text("name", name, "ชื่อผู้ลงนาม");
        if (name == null) {
            throw invalid(
                    "FIELD_REQUIRED", "name", "name must not be blank", "ต้องระบุชื่อผู้ลงนาม");
        }
        List<String> lines = new ArrayList<>();
        for (String line : positions == null ? List.<String>of() : positions) {
            String t = text("positions", line, "ตำแหน่ง");
            if (t != null) {
                lines.add(t);
            }
        }
        if (lines.isEmpty()) {
            throw invalid(
                    "FIELD_REQUIRED",
                    "positions",
                    "positions must have at least one line",
                    "ต้องระบุตำแหน่งอย่างน้อยหนึ่งบรรทัด");
        }
        if (lines.size() > MAX_LINES) {
            throw invalid(
                    "FIELD_INVALID",
                    "positions",
                    "positions must have at most " + MAX_LINES + " lines",
                    "ตำแหน่งมีได้ไม่เกิน ๔ บรรทัด");
        }
        positions = List.copyOf(lines);
    }

    /** Splits a text area's lines into position lines. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }

    private static String text(String field, String value, String thai) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT || v.chars().anyMatch(Character::isISOControl)) {
            throw invalid(
                    "FIELD_INVALID",
                    field,
                    field
                            + " is longer than "
                            + MAX_TEXT
                            + " characters or holds control characters",
                    thai + "ยาวเกิน ๒๐๐ ตัวอักษรหรือมีอักขระควบคุม");
        }
        return v;
    }

    private static ProblemException invalid(String code, String field, String title, String thai) {
        return new ProblemException(Problem.badField(code, field, title, thai));
    }
}
