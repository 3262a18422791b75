package saraban.portal;

import saraban.Problem;
import saraban.ProblemException;

/**
 * What a clerk gives to add a document to the library; validates itself, each error naming the
 * field.
 *
 * @param office the id of the office that publishes it
 * @param year the Buddhist-Era year, 2500 to 2700
 * @param description a line about it; may be {@code null}
 */
public record NewDocument(
        String office, String title, Category category, int year, String description) {
    static final int MAX_TITLE = 300;

    public NewDocument {
        office = required("office", office, 100, "ต้องระบุหน่วยงานเจ้าของเอกสาร");
        title = required("title", title, MAX_TITLE, "ต้องระบุชื่อเอกสาร");
        if (category == null) {
            throw invalid(
                    "category",
                    "category must be form, manual or other",
                    "ต้องระบุประเภทเอกสาร (แบบฟอร์ม คู่มือ หรืออื่น ๆ)");
        }
        if (year < 2500 || year > 2700) {
            throw invalid(
                    "year",
                    "year must be a Buddhist-Era year (2500–2700), not " + year,
                    "ปีต้องเป็นปีพุทธศักราช เช่น ๒๕๖๒");
        }
        description =
                description == null || description.isBlank()
                        ? null
                        : required("description", description, 2000, "");
    }

    private static String required(String field, String value, int max, String thai) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(
                    Problem.badField("FIELD_REQUIRED", field, field + " must be given", thai));
        }
        String v = saraban.thai.ThaiNormalizer.normalize(value.strip());
        if (v.length() > max) {
            throw invalid(
                    field,
                    field + " must be at most " + max + " characters",
                    "ข้อความยาวเกิน " + max + " ตัวอักษร");
        }
        return v;
    }

    static ProblemException invalid(String field, String title, String thai) {
        return new ProblemException(Problem.badField("FIELD_INVALID", field, title, thai));
    }
}
