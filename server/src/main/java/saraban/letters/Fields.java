package saraban.letters;

import java.util.List;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;

/**
 * Checks on the text a user puts into a letter. User text is data: it may hold {@code <}, {@code &}
 * or {@code ]]>} (they print literally) but never control characters, which have no place on paper
 * and are not allowed in XML.
 */
final class Fields {

    /** Thai names of the draft's fields, for messages people read. */
    private static final Map<String, String> THAI_NAMES =
            Map.ofEntries(
                    Map.entry("kind", "ชนิดหนังสือ"),
                    Map.entry("referenceNumber", "เลขที่หนังสือ"),
                    Map.entry("date", "วันที่"),
                    Map.entry("issuer.name", "ส่วนราชการเจ้าของหนังสือ"),
                    Map.entry("issuer.address", "ที่ตั้ง"),
                    Map.entry("subject", "เรื่อง"),
                    Map.entry("recipient", "ผู้รับ (เรียน)"),
                    Map.entry("salutation", "คำขึ้นต้น"),
                    Map.entry("closing", "คำลงท้าย"),
                    Map.entry("references", "อ้างถึง"),
                    Map.entry("enclosures", "สิ่งที่ส่งมาด้วย"),
                    Map.entry("body", "ข้อความ"),
                    Map.entry("signer.name", "ชื่อผู้ลงนาม"),
                    Map.entry("signer.positions", "ตำแหน่งผู้ลงนาม"),
                    Map.entry("ownerUnit.name", "ส่วนราชการเจ้าของเรื่อง"),
                    Map.entry("ownerUnit.phone", "โทร."),
                    Map.entry("ownerUnit.fax", "โทรสาร"),
                    Map.entry("ownerUnit.email", "ไปรษณีย์อิเล็กทรอนิกส์"));

    static final int SHORT_TEXT = 500;
    static final int PARAGRAPH = 10_000;
    static final int LIST_ITEMS = 200;

    private Fields() {}

    static String thaiName(String field) {
        String base = field.replaceAll("\\[\\d+]", "");
        return THAI_NAMES.getOrDefault(base, field);
    }

    /** {@code value} stripped, or an error if it is missing or blank. */
    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_REQUIRED",
                            field,
                            field + " must not be blank",
                            "ต้องระบุ" + thaiName(field)));
        }
        return checked(field, value, maxLength);
    }

    /** {@code value} stripped, or null when missing or blank. */
    static String optional(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : checked(field, value, maxLength);
    }

    /** Every item checked, blank items dropped; an empty list when missing. */
    static List<String> list(String field, List<String> values, int maxLength) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > LIST_ITEMS) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_TOO_LONG",
                            field,
                            field + " has more than " + LIST_ITEMS + " items",
                            thaiName(field) + " มีได้ไม่เกิน " + LIST_ITEMS + " รายการ"));
        }
        return java.util.stream.IntStream.range(0, values.size())
                .mapToObj(i -> optional(field + "[" + i + "]", values.get(i), maxLength))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    static ProblemException invalid(String field, String title, String thaiMessage) {
        return new ProblemException(Problem.badField("FIELD_INVALID", field, title, thaiMessage));
    }

    private static String checked(String field, String value, int maxLength) {
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new ProblemException(
                    Problem.badField(
                            "FIELD_TOO_LONG",
                            field,
                            field + " is longer than " + maxLength + " characters",
                            thaiName(field) + " ยาวเกิน " + maxLength + " ตัวอักษร"));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
            if (control || c == '\uFFFE' || c == '\uFFFF') {
                throw new ProblemException(
                        Problem.badField(
                                "CONTROL_CHARACTER",
                                field,
                                String.format(
                                        java.util.Locale.ROOT,
                                        "%s contains control character U+%04X at %d",
                                        field,
                                        (int) c,
                                        i),
                                thaiName(field) + " มีอักขระควบคุมที่พิมพ์ไม่ได้"));
            }
        }
        return text;
    }
}
