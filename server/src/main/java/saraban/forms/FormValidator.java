package saraban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import saraban.thai.BahtText;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;
import saraban.thai.ThaiNormalizer;

/**
 * Checks data against a definition and gives it back normalised: text normalised and trimmed,
 * numbers as plain ASCII ({@code "1200000.50"}), dates ISO, offices by id. Every error is
 * collected, not just the first, so a district can fix its form in one pass.
 */
final class FormValidator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)");
    private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /** What the validator needs of the office directory. */
    interface Offices {
        /** The id of the office with this id or exact name. */
        Optional<String> idOf(String idOrName);
    }

    /** Normalised data, and what is wrong with it. */
    record Result(ObjectNode data, List<FieldError> errors) {}

    private final FormDefinition form;
    private final Offices offices;
    private final List<FieldError> errors = new ArrayList<>();

    private FormValidator(FormDefinition form, Offices offices) {
        this.form = form;
        this.offices = offices;
    }

    /**
     * Validates {@code data}; an office field marked {@code submitter} that is left out takes
     * {@code submitter}.
     */
    static Result validate(FormDefinition form, JsonNode data, Offices offices, String submitter) {
        return new FormValidator(form, offices).run(data, submitter);
    }

    private Result run(JsonNode data, String submitter) {
        ObjectNode out = NODES.objectNode();
        if (data == null || !data.isObject()) {
            errors.add(
                    new FieldError(
                            "data",
                            "FIELD_INVALID",
                            "the form's data must be a JSON object",
                            "ข้อมูลของแบบต้องเป็นออบเจกต์ JSON"));
            return new Result(out, errors);
        }
        unknownKeys(data, form.fields(), "", null);
        for (FieldDefinition f : form.fields()) {
            JsonNode value = data.get(f.name());
            if (f.submitter() && isEmpty(value) && submitter != null) {
                value = NODES.textNode(submitter);
            }
            if (f.type() == FieldType.ROWS) {
                out.set(f.name(), rows(f, value));
            } else {
                JsonNode v = value(f, value, f.name(), null);
                if (v != null) {
                    out.set(f.name(), v);
                }
            }
        }
        return new Result(out, errors);
    }

    private ArrayNode rows(FieldDefinition group, JsonNode value) {
        ArrayNode out = NODES.arrayNode();
        if (value == null || value.isNull()) {
            value = NODES.arrayNode();
        }
        if (!value.isArray()) {
            error(
                    group.name(),
                    "NOT_A_LIST",
                    "must be a list of rows",
                    "«" + group.label() + "» ต้องเป็นรายการ");
            return out;
        }
        if (value.size() < group.minRows()) {
            error(
                    group.name(),
                    "TOO_FEW_ROWS",
                    "needs at least " + group.minRows() + " row(s), has " + value.size(),
                    "«" + group.label() + "» ต้องมีอย่างน้อย " + thai(group.minRows()) + " แถว");
        }
        if (value.size() > group.maxRows()) {
            error(
                    group.name(),
                    "TOO_MANY_ROWS",
                    "takes at most " + group.maxRows() + " rows, has " + value.size(),
                    "«"
                            + group.label()
                            + "» มีได้ไม่เกิน "
                            + thai(group.maxRows())
                            + " แถว แต่ส่งมา "
                            + thai(value.size())
                            + " แถว");
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode row = value.get(i);
            String at = group.name() + "[" + i + "]";
            String rowName = group.label() + "แถวที่ " + thai(i + 1);
            ObjectNode normal = NODES.objectNode();
            if (!row.isObject()) {
                error(at, "FIELD_INVALID", "a row must be a JSON object", rowName + " ไม่ถูกต้อง");
                out.add(normal);
                continue;
            }
            unknownKeys(row, group.fields(), at + ".", rowName);
            for (FieldDefinition f : group.fields()) {
                JsonNode v = value(f, row.get(f.name()), at + "." + f.name(), rowName);
                if (v != null) {
                    normal.set(f.name(), v);
                }
            }
            out.add(normal);
        }
        return out;
    }

    /** The normalised value, or {@code null} when it is empty or wrong (and then noted). */
    private JsonNode value(FieldDefinition f, JsonNode node, String path, String row) {
        String where = row == null ? "«" + f.label() + "»" : row + ": «" + f.label() + "»";
        if (isEmpty(node)) {
            if (f.required()) {
                error(path, "FIELD_REQUIRED", f.name() + " is required", "ต้องกรอก " + where);
            }
            return null;
        }
        if (!node.isValueNode()) {
            error(
                    path,
                    "FIELD_INVALID",
                    "must be text or a number",
                    where + " ต้องเป็นข้อความหรือตัวเลข");
            return null;
        }
        String text = ThaiNormalizer.normalize(node.asText()).strip();
        return switch (f.type()) {
            case TEXT, LONGTEXT -> text(f, text, path, where);
            case INTEGER -> integer(f, text, path, where);
            case AMOUNT -> amount(f, text, path, where);
            case DATE -> date(text, path, where);
            case CHOICE -> choice(f, text, path, where);
            case OFFICE -> office(text, path, where);
            case ROWS -> throw new IllegalStateException("rows inside rows");
        };
    }

    private JsonNode text(FieldDefinition f, String text, String path, String where) {
        String clean = text.replace("\r\n", "\n");
        if (f.type() == FieldType.TEXT) {
            clean = clean.replace('\n', ' ');
        }
        if (clean.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            error(
                    path,
                    "FIELD_INVALID",
                    "contains control characters",
                    where + " มีอักขระควบคุมที่พิมพ์ไม่ได้");
            return null;
        }
        int length = clean.codePointCount(0, clean.length());
        if (length > f.textLimit()) {
            error(
                    path,
                    "TEXT_TOO_LONG",
                    "at most " + f.textLimit() + " characters, has " + length,
                    where + " ยาวได้ไม่เกิน " + thai(f.textLimit()) + " ตัวอักษร");
            return null;
        }
        return NODES.textNode(clean);
    }

    private JsonNode integer(FieldDefinition f, String text, String path, String where) {
        String ascii = ThaiDigits.toArabic(text).replace(" ", "");
        if (!INTEGER.matcher(ascii).matches()) {
            error(
                    path,
                    "NOT_AN_INTEGER",
                    "not a whole number: " + text,
                    where + " ต้องเป็นจำนวนเต็ม");
            return null;
        }
        BigDecimal n = new BigDecimal(ascii.replace(",", ""));
        return inRange(f, n, path, where) ? NODES.numberNode(n.toBigInteger()) : null;
    }

    private JsonNode amount(FieldDefinition f, String text, String path, String where) {
        String plain = text.endsWith("บาท") ? text.substring(0, text.length() - 3).strip() : text;
        if (plain.startsWith("-") || plain.startsWith("−")) {
            error(
                    path,
                    "AMOUNT_NEGATIVE",
                    "an amount must not be negative: " + text,
                    where + " ต้องไม่ติดลบ");
            return null;
        }
        BigDecimal n;
        try {
            n = BahtText.parseAmount(plain);
        } catch (IllegalArgumentException e) {
            n = null;
        }
        if (n == null || n.scale() > 2) {
            error(
                    path,
                    "NOT_AN_AMOUNT",
                    "not an amount in baht: " + text,
                    where + " ต้องเป็นจำนวนเงิน เช่น ๑๒๐,๐๐๐ หรือ 120000.50");
            return null;
        }
        if (!inRange(f, n, path, where)) {
            return null;
        }
        BigDecimal plainAmount = n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
        if (plainAmount.scale() < 0) {
            plainAmount = plainAmount.setScale(0);
        }
        return NODES.textNode(plainAmount.toPlainString());
    }

    private boolean inRange(FieldDefinition f, BigDecimal n, String path, String where) {
        if (f.min() != null && n.compareTo(f.min()) < 0) {
            error(
                    path,
                    "VALUE_TOO_SMALL",
                    "must be at least " + f.min().toPlainString(),
                    where + " ต้องไม่น้อยกว่า " + thai(f.min()));
            return false;
        }
        if (f.max() != null && n.compareTo(f.max()) > 0) {
            error(
                    path,
                    "VALUE_TOO_LARGE",
                    "must be at most " + f.max().toPlainString(),
                    where + " ต้องไม่เกิน " + thai(f.max()));
            return false;
        }
        return true;
    }

    private JsonNode date(String text, String path, String where) {
        String ascii = ThaiDigits.toArabic(text);
        LocalDate date = null;
        try {
            date = LocalDate.parse(ascii);
        } catch (DateTimeParseException e) {
            Matcher m = SLASHED_DATE.matcher(ascii);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(3));
                try {
                    date =
                            LocalDate.of(
                                    year > 2400 ? year - 543 : year,
                                    Integer.parseInt(m.group(2)),
                                    Integer.parseInt(m.group(1)));
                } catch (java.time.DateTimeException invalid) {
                    date = null;
                }
            } else {
                date = ThaiDates.readThaiDate(text).orElse(null);
            }
        }
        if (date == null) {
            error(
                    path,
                    "NOT_A_DATE",
                    "not a date: " + text,
                    where + " ต้องเป็นวันที่ เช่น ๒๐ พฤษภาคม ๒๕๖๒ หรือ ๒๐/๕/๒๕๖๒");
            return null;
        }
        return NODES.textNode(date.toString());
    }

    private JsonNode choice(FieldDefinition f, String text, String path, String where) {
        if (!f.choices().contains(text)) {
            error(
                    path,
                    "NOT_A_CHOICE",
                    "must be one of " + f.choices() + ", not " + text,
                    where + " ต้องเป็นหนึ่งใน " + String.join(", ", f.choices()));
            return null;
        }
        return NODES.textNode(text);
    }

    private JsonNode office(String text, String path, String where) {
        Optional<String> id = offices.idOf(text);
        if (id.isEmpty()) {
            error(path, "UNKNOWN_OFFICE", "no office " + text, where + " ไม่พบหน่วยงาน " + text);
            return null;
        }
        return NODES.textNode(id.get());
    }

    private void unknownKeys(JsonNode node, List<FieldDefinition> fields, String at, String row) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (fields.stream().noneMatch(f -> f.name().equals(key))) {
                error(
                        at + key,
                        "UNKNOWN_FIELD",
                        "the form has no field " + key,
                        (row == null ? "" : row + ": ") + "แบบนี้ไม่มีช่อง " + key);
            }
        }
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || (node.isTextual() && node.textValue().isBlank());
    }

    private void error(String path, String code, String title, String message) {
        errors.add(new FieldError(path, code, title, message));
    }

    private static String thai(Object n) {
        String s = n instanceof BigDecimal b ? b.toPlainString() : String.valueOf(n);
        return ThaiDigits.toThai(s);
    }
}
