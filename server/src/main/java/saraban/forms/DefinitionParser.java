package saraban.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a definition file strictly: every key known, every value of the right kind, every limit
 * consistent. The first problem is reported with the file and the field's path, because a form that
 * half-works is worse than a server that says at start-up what to fix.
 */
final class DefinitionParser {
    private static final ObjectMapper JSON =
            JsonMapper.builder()
                    .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build();

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
    private static final Set<String> FORM_KEYS =
            Set.of("id", "title", "formNumber", "orientation", "note", "fields");
    private static final Set<String> FIELD_KEYS =
            Set.of(
                    "name",
                    "label",
                    "type",
                    "required",
                    "maxLength",
                    "min",
                    "max",
                    "choices",
                    "hint",
                    "submitter",
                    "minRows",
                    "maxRows",
                    "blankRows",
                    "fields");
    private static final int MOST_ROWS = 200;

    private final String file;

    private DefinitionParser(String file) {
        this.file = file;
    }

    /**
     * The definition in {@code json}, read from {@code file} (named in errors), in {@code version}.
     *
     * @throws FormDefinitionException naming the file and the field
     */
    static FormDefinition parse(String file, String json, String version) {
        return new DefinitionParser(file).form(json, version);
    }

    private FormDefinition form(String json, String version) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormDefinitionException(
                    file,
                    "",
                    "not valid JSON (line "
                            + e.getLocation().getLineNr()
                            + "): "
                            + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw fail("", "the file must hold one JSON object");
        }
        keys(root, "", FORM_KEYS);
        String id = text(root, "", "id", true);
        if (!ID.matcher(id).matches()) {
            throw fail("id", "'" + id + "' is not a form id (lowercase letters, digits, hyphens)");
        }
        String orientation = text(root, "", "orientation", false);
        if (orientation != null
                && !orientation.equals("portrait")
                && !orientation.equals("landscape")) {
            throw fail("orientation", "must be portrait or landscape, not '" + orientation + "'");
        }
        List<FieldDefinition> fields = fields(root, "", true);
        return new FormDefinition(
                id,
                version,
                text(root, "", "title", true),
                text(root, "", "formNumber", false),
                "landscape".equals(orientation),
                fields);
    }

    private List<FieldDefinition> fields(JsonNode parent, String at, boolean top) {
        JsonNode array = parent.get("fields");
        String path = join(at, "fields");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw fail(path, "must be a non-empty list of fields");
        }
        List<FieldDefinition> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            FieldDefinition f = field(array.get(i), path + "[" + i + "]", top);
            if (!names.add(f.name())) {
                throw fail(path + "[" + i + "].name", "'" + f.name() + "' is used twice");
            }
            out.add(f);
        }
        return out;
    }

    private FieldDefinition field(JsonNode node, String at, boolean top) {
        if (!node.isObject()) {
            throw fail(at, "must be an object");
        }
        keys(node, at, FIELD_KEYS);
        String name = text(node, at, "name", true);
        if (!NAME.matcher(name).matches()) {
            throw fail(
                    join(at, "name"),
                    "'"
                            + name
                            + "' is not a field name (letters and digits,"
                            + " starting with a lowercase letter)");
        }
        String typeName = text(node, at, "type", true);
        FieldType type = FieldType.fromJson(typeName);
        if (type == null) {
            throw fail(
                    join(at, "type"),
                    "unknown type '" + typeName + "'; use one of " + FieldType.allNames());
        }
        if (type == FieldType.ROWS && !top) {
            throw fail(join(at, "type"), "rows cannot hold rows");
        }
        Integer maxLength = integer(node, at, "maxLength", 1, 100_000);
        if (maxLength != null && !isText(type)) {
            throw fail(join(at, "maxLength"), "only text, longtext and choice fields have it");
        }
        BigDecimal min = number(node, at, "min");
        BigDecimal max = number(node, at, "max");
        if ((min != null || max != null) && type != FieldType.INTEGER && type != FieldType.AMOUNT) {
            throw fail(
                    join(at, min != null ? "min" : "max"),
                    "only integer and amount fields have it");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw fail(join(at, "max"), "must not be less than min");
        }
        List<String> choices = new ArrayList<>();
        JsonNode c = node.get("choices");
        if (type == FieldType.CHOICE) {
            if (c == null || !c.isArray() || c.isEmpty()) {
                throw fail(join(at, "choices"), "a choice field needs a non-empty list of choices");
            }
            for (int i = 0; i < c.size(); i++) {
                if (!c.get(i).isTextual() || c.get(i).textValue().isBlank()) {
                    throw fail(join(at, "choices") + "[" + i + "]", "must be non-blank text");
                }
                choices.add(c.get(i).textValue().strip());
            }
        } else if (c != null) {
            throw fail(join(at, "choices"), "only choice fields have it");
        }
        boolean submitter = bool(node, at, "submitter");
        if (submitter && type != FieldType.OFFICE) {
            throw fail(join(at, "submitter"), "only office fields have it");
        }
        int minRows = 0;
        int maxRows = 0;
        int blankRows = 0;
        List<FieldDefinition> children = List.of();
        if (type == FieldType.ROWS) {
            minRows = orElse(integer(node, at, "minRows", 0, MOST_ROWS), 0);
            Integer most = integer(node, at, "maxRows", 1, MOST_ROWS);
            if (most == null) {
                throw fail(
                        join(at, "maxRows"),
                        "a rows field must say how many rows it takes, 1 to " + MOST_ROWS);
            }
            maxRows = most;
            if (minRows > maxRows) {
                throw fail(join(at, "minRows"), "must not be more than maxRows");
            }
            blankRows = orElse(integer(node, at, "blankRows", 1, maxRows), Math.min(5, maxRows));
            children = fields(node, at, false);
        } else {
            for (String key : List.of("minRows", "maxRows", "blankRows", "fields")) {
                if (node.has(key)) {
                    throw fail(join(at, key), "only rows fields have it");
                }
            }
        }
        return new FieldDefinition(
                name,
                text(node, at, "label", true),
                type,
                bool(node, at, "required"),
                maxLength,
                min,
                max,
                choices,
                text(node, at, "hint", false),
                submitter,
                minRows,
                maxRows,
                blankRows,
                children);
    }

    private static boolean isText(FieldType t) {
        return t == FieldType.TEXT || t == FieldType.LONGTEXT || t == FieldType.CHOICE;
    }

    private void keys(JsonNode node, String at, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw fail(
                        join(at, key),
                        "unknown key; known are "
                                + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private String text(JsonNode node, String at, String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw fail(join(at, key), "is required");
            }
            return null;
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw fail(join(at, key), "must be non-blank text");
        }
        return v.textValue().strip();
    }

    private boolean bool(JsonNode node, String at, String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw fail(join(at, key), "must be true or false");
        }
        return v.booleanValue();
    }

    private Integer integer(JsonNode node, String at, String key, int least, int most) {
        JsonNode v = node.get(key);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || v.asLong() < least || v.asLong() > most) {
            throw fail(join(at, key), "must be a whole number from " + least + " to " + most);
        }
        return v.intValue();
    }

    private BigDecimal number(JsonNode node, String at, String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw fail(join(at, key), "must be a number");
        }
        return v.decimalValue();
    }

    private static int orElse(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static String join(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private FormDefinitionException fail(String path, String message) {
        return new FormDefinitionException(file, path, message);
    }
}
