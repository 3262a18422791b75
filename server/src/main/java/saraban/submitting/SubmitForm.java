package saraban.submitting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import saraban.forms.FieldDefinition;
import saraban.forms.FieldError;
import saraban.forms.FieldType;
import saraban.forms.FormDefinition;
import saraban.thai.ThaiDigits;

/**
 * The district's form page both ways: posted fields ({@code f.NAME} for the header, {@code
 * p.I.NAME} for row I) into the data the forms engine validates, the row buttons without JavaScript
 * ({@code add}, {@code up-I}, {@code down-I}, {@code remove-I}), and the data with its errors into
 * what the template shows.
 */
final class SubmitForm {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SubmitForm() {}

    /** The data posted, rows in the order of their indexes. */
    static ObjectNode posted(FormDefinition d, Map<String, List<String>> params) {
        ObjectNode data = NODES.objectNode();
        for (FieldDefinition f : d.headerFields()) {
            String v = first(params, "f." + f.name());
            if (v != null && !v.isBlank()) {
                data.put(f.name(), v.strip());
            }
        }
        for (FieldDefinition group : d.rowGroups()) {
            Map<Integer, ObjectNode> rows = new java.util.TreeMap<>();
            for (Map.Entry<String, List<String>> e : params.entrySet()) {
                String[] parts = e.getKey().split("\\.", 3);
                if (parts.length != 3 || !parts[0].equals("p") || group.field(parts[2]) == null) {
                    continue;
                }
                int i;
                try {
                    i = Integer.parseInt(parts[1]);
                } catch (NumberFormatException notARow) {
                    continue;
                }
                String v = e.getValue().isEmpty() ? "" : e.getValue().get(0).strip();
                ObjectNode row = rows.computeIfAbsent(i, k -> NODES.objectNode());
                if (!v.isEmpty()) {
                    row.put(parts[2], v);
                }
            }
            ArrayNode list = data.putArray(group.name());
            rows.values().forEach(list::add);
        }
        return data;
    }

    /**
     * Applies a row button ({@code add}, {@code up-2}, {@code down-0}, {@code remove-1}) to the
     * first row group; {@code false} when {@code action} is none of them.
     */
    static boolean applyRowAction(FormDefinition d, ObjectNode data, String action) {
        if (action == null || d.rowGroups().isEmpty()) {
            return false;
        }
        ArrayNode rows = (ArrayNode) data.withArray(d.rowGroups().get(0).name());
        if (action.equals("add")) {
            rows.addObject();
            return true;
        }
        String[] parts = action.split("-", 2);
        int i;
        try {
            i = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            return false;
        }
        if (i < 0 || i >= rows.size()) {
            return false;
        }
        switch (parts[0]) {
            case "remove" -> rows.remove(i);
            case "up" -> swap(rows, i, i - 1);
            case "down" -> swap(rows, i, i + 1);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void swap(ArrayNode rows, int a, int b) {
        if (b < 0 || b >= rows.size()) {
            return;
        }
        JsonNode x = rows.get(a);
        rows.set(a, rows.get(b));
        rows.set(b, x);
    }

    /** One input as the template draws it. */
    record Input(
            String name,
            String label,
            String kind,
            boolean required,
            String hint,
            String value,
            String error,
            List<String> choices,
            String id) {}

    /** One project row. */
    record Row(int index, String number, List<Input> inputs) {}

    /** The header inputs, with values and the errors at their paths. */
    static List<Input> header(FormDefinition d, JsonNode data, Map<String, String> errors) {
        List<Input> out = new ArrayList<>();
        for (FieldDefinition f : d.headerFields()) {
            if (f.type() == FieldType.OFFICE) {
                continue; // the submitting office: fixed, shown in the page's heading
            }
            out.add(
                    input(
                            f,
                            "f." + f.name(),
                            "f-" + f.name(),
                            data.path(f.name()),
                            errors.get(f.name())));
        }
        return out;
    }

    /** The rows of the first row group, at least one (empty) to type into. */
    static List<Row> rows(FormDefinition d, JsonNode data, Map<String, String> errors) {
        if (d.rowGroups().isEmpty()) {
            return List.of();
        }
        FieldDefinition group = d.rowGroups().get(0);
        JsonNode list = data.path(group.name());
        int count = Math.max(1, list.size());
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(row(group, i, list.path(i), errors));
        }
        return out;
    }

    /** An empty row with the index {@code __i__}, for the script to copy. */
    static Row template(FormDefinition d) {
        FieldDefinition group = d.rowGroups().get(0);
        List<Input> inputs = new ArrayList<>();
        for (FieldDefinition f : group.fields()) {
            inputs.add(
                    input(
                            f,
                            "p.__i__." + f.name(),
                            "p-__i__-" + f.name(),
                            NODES.missingNode(),
                            null));
        }
        return new Row(-1, "", inputs);
    }

    private static Row row(FieldDefinition group, int i, JsonNode row, Map<String, String> errors) {
        List<Input> inputs = new ArrayList<>();
        for (FieldDefinition f : group.fields()) {
            String path = group.name() + "[" + i + "]." + f.name();
            inputs.add(
                    input(
                            f,
                            "p." + i + "." + f.name(),
                            "p-" + i + "-" + f.name(),
                            row.path(f.name()),
                            errors.get(path)));
        }
        return new Row(i, ThaiDigits.toThai(String.valueOf(i + 1)), inputs);
    }

    private static Input input(
            FieldDefinition f, String name, String id, JsonNode value, String error) {
        String kind = f.type().name().toLowerCase(Locale.ROOT);
        // a budget column is headed by its year alone on paper; online it says what it is
        String label =
                f.type() == FieldType.AMOUNT && f.label().matches("[0-9๐-๙]{4}")
                        ? "งบประมาณปี " + f.label() + " (บาท)"
                        : f.label();
        return new Input(
                name,
                label,
                kind,
                f.required(),
                f.hint(),
                value.isMissingNode() || value.isNull() ? "" : value.asText(),
                error,
                f.choices(),
                id);
    }

    /** Thai messages by field path; several at one path joined. */
    static Map<String, String> errors(List<FieldError> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldError e : errors) {
            out.merge(e.field(), e.message(), (a, b) -> a + " " + b);
        }
        return out;
    }

    /**
     * The errors as links to their fields: {@code projects[1].budget2563} → {@code
     * #p-1-budget2563}.
     */
    static List<Map<String, String>> summary(Map<String, String> errors) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map.Entry<String, String> e : errors.entrySet()) {
            String id =
                    e.getKey().matches("[A-Za-z0-9_]+\\[\\d+\\]\\.[A-Za-z0-9_]+")
                            ? "p-" + e.getKey().replaceAll("^[^\\[]+\\[(\\d+)\\]\\.", "$1-")
                            : e.getKey().equals("confirm") ? "confirm" : "f-" + e.getKey();
            out.add(Map.of("href", "#" + id, "message", e.getValue()));
        }
        return out;
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
