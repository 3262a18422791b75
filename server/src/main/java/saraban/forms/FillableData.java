package saraban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import saraban.pdf.FillableForm;

/**
 * How a form's fields appear in its fillable PDF, and back: a header field under its own name
 * ({@code meetingDate}), a row field numbered as people count rows ({@code projects_3_budget2563}
 * is {@code projects[2].budget2563}), and {@value #VERSION_FIELD}, read-only, naming the form and
 * version the file was made from.
 */
final class FillableData {
    static final String VERSION_FIELD = "formVersion";

    /** Height of a row's input: the blank row less the cell's padding, in points. */
    private static final float ROW_INPUT_HEIGHT = (float) (1.6 / 2.54 * 72 - 4);

    private FillableData() {}

    /** The inputs of the fillable PDF of {@code form}, in the order of the form. */
    static Map<String, FillableForm.Input> inputs(FormDefinition form) {
        Map<String, FillableForm.Input> inputs = new LinkedHashMap<>();
        for (FieldDefinition f : form.fields()) {
            if (f.type() == FieldType.ROWS) {
                for (int i = 0; i < f.maxRows(); i++) {
                    for (FieldDefinition child : f.fields()) {
                        String name = FormPdf.rowFieldName(f.name(), i, child.name());
                        inputs.put(
                                name,
                                input(
                                        name,
                                        f.label() + " แถวที่ " + (i + 1) + ": ",
                                        child,
                                        ROW_INPUT_HEIGHT));
                    }
                }
            } else {
                inputs.put(f.name(), input(f.name(), "", f, 0));
            }
        }
        inputs.put(
                VERSION_FIELD,
                new FillableForm.Input(VERSION_FIELD, "แบบและฉบับของแบบ", false, true, 0, 12, 0));
        return inputs;
    }

    private static FillableForm.Input input(
            String name, String prefix, FieldDefinition f, float height) {
        String tip =
                prefix
                        + f.label()
                        + (f.hint() == null ? "" : " (" + f.hint() + ")")
                        + switch (f.type()) {
                            case AMOUNT -> " จำนวนเงิน (บาท)";
                            case DATE -> " วันที่ เช่น ๒๐ พฤษภาคม ๒๕๖๒";
                            case CHOICE -> " หนึ่งใน: " + String.join(", ", f.choices());
                            default -> "";
                        };
        boolean text = f.type() == FieldType.TEXT || f.type() == FieldType.LONGTEXT;
        return new FillableForm.Input(
                name,
                tip,
                height > 0,
                false,
                text ? f.textLimit() : 0,
                height > 0 ? 12 : 14,
                height);
    }

    /** What the fillable PDF says about its own form: {@code district-projects/3f2a9c1d0b7e}. */
    static String versionValue(FormDefinition form) {
        return form.id() + "/" + form.version();
    }

    /**
     * The data of a filled PDF, as typed (validation comes after): rows that were left wholly empty
     * are dropped and the rest keep their order.
     */
    static ObjectNode toData(FormDefinition form, Map<String, String> values) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode data = nodes.objectNode();
        for (FieldDefinition f : form.fields()) {
            if (f.type() != FieldType.ROWS) {
                String v = values.getOrDefault(f.name(), "").strip();
                if (!v.isEmpty()) {
                    data.put(f.name(), v);
                }
                continue;
            }
            ArrayNode rows = data.putArray(f.name());
            for (int i = 0; i < f.maxRows(); i++) {
                ObjectNode row = nodes.objectNode();
                for (FieldDefinition child : f.fields()) {
                    String v =
                            values.getOrDefault(FormPdf.rowFieldName(f.name(), i, child.name()), "")
                                    .strip();
                    if (!v.isEmpty()) {
                        row.put(child.name(), v);
                    }
                }
                if (!row.isEmpty()) {
                    rows.add(row);
                }
            }
        }
        return data;
    }

    /** The values to prefill a fillable PDF with, from normalised or draft data. */
    static Map<String, String> fromData(
            FormDefinition form, JsonNode data, Function<String, String> officeName) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(VERSION_FIELD, versionValue(form));
        if (data == null) {
            return values;
        }
        for (FieldDefinition f : form.fields()) {
            if (f.type() == FieldType.ROWS) {
                JsonNode rows = data.path(f.name());
                for (int i = 0; i < Math.min(rows.size(), f.maxRows()); i++) {
                    for (FieldDefinition child : f.fields()) {
                        put(
                                values,
                                FormPdf.rowFieldName(f.name(), i, child.name()),
                                child,
                                rows.get(i).get(child.name()),
                                officeName);
                    }
                }
            } else {
                put(values, f.name(), f, data.get(f.name()), officeName);
            }
        }
        return values;
    }

    private static void put(
            Map<String, String> values,
            String name,
            FieldDefinition f,
            JsonNode v,
            Function<String, String> officeName) {
        if (v == null || v.isNull() || !v.isValueNode()) {
            return;
        }
        String text;
        try {
            text = FormPdf.display(f, v, officeName).replace("\u200B", "");
        } catch (RuntimeException typedNotNormalised) {
            text = v.asText(); // a draft keeps what was typed
        }
        values.put(name, text);
    }
}
