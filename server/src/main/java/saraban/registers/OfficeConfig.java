package saraban.registers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the office configuration, a small INI file in UTF-8 that an administrator can edit:
 *
 * <pre>{@code
 * # comment
 * [ss-0017-2]
 * name = กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด
 * letter-code = สส
 * unit-code = ๐๐๑๗.๒
 * parent = ss-0017
 * address = ถนนเอกชัย สส ๗๕๐๐๐
 * phone = ๐ ๓๔๗๑ ๓๓๐๘
 * shares-parent-series = send, circular, order
 * numbering-year = calendar
 * }</pre>
 *
 * One section per office, headed by its id. Only {@code name} and {@code letter-code} are required.
 * {@code shares-parent-series} lists series path ids, or {@code all}; {@code numbering-year} is
 * {@code calendar} (the default) or {@code fiscal}. Whole-line comments start with {@code #}.
 */
final class OfficeConfig {

    /** An office and where it was defined, for error messages. */
    record Entry(Office office, String where) {}

    private static final Set<String> KEYS =
            Set.of(
                    "name",
                    "letter-code",
                    "unit-code",
                    "parent",
                    "address",
                    "phone",
                    "shares-parent-series",
                    "numbering-year");

    private OfficeConfig() {}

    static List<Entry> parse(List<String> lines, String source) {
        List<Entry> entries = new ArrayList<>();
        String id = null;
        int sectionLine = 0;
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = (i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i)).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + lineNo;
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new IllegalArgumentException(
                            where + ": a section header is [office-id]: " + line);
                }
                if (id != null) {
                    entries.add(entry(id, values, source + " line " + sectionLine));
                }
                id = line.substring(1, line.length() - 1).strip();
                sectionLine = lineNo;
                values = new LinkedHashMap<>();
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(
                        where + ": expected key = value or [office-id]: " + line);
            }
            if (id == null) {
                throw new IllegalArgumentException(
                        where + ": a setting before the first [office-id] section: " + line);
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(
                        where + ": unknown setting " + key + " (known: " + sorted(KEYS) + ")");
            }
            if (values.putIfAbsent(key, line.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException(
                        where + ": " + key + " is set twice for office " + id);
            }
        }
        if (id != null) {
            entries.add(entry(id, values, source + " line " + sectionLine));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(source + ": defines no offices");
        }
        return entries;
    }

    private static Entry entry(String id, Map<String, String> values, String where) {
        try {
            SeriesPolicy policy = policy(values);
            Office office =
                    new Office(
                            id,
                            required(values, "name"),
                            required(values, "letter-code"),
                            optional(values, "unit-code"),
                            optional(values, "parent"),
                            optional(values, "address"),
                            optional(values, "phone"),
                            policy);
            return new Entry(office, where + " [" + id + "]");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " [" + id + "]: " + e.getMessage(), e);
        }
    }

    private static SeriesPolicy policy(Map<String, String> values) {
        String shares = optional(values, "shares-parent-series");
        Set<Series> shared = EnumSet.noneOf(Series.class);
        if ("all".equals(shares)) {
            shared.addAll(EnumSet.allOf(Series.class));
        } else if (shares != null) {
            for (String pathId : shares.split(",", -1)) {
                shared.add(Series.fromPath(pathId.strip()));
            }
        }
        String year = optional(values, "numbering-year");
        if (year != null && shared.size() == Series.values().length) {
            throw new IllegalArgumentException(
                    "numbering-year has no effect on an office that shares every series with its"
                            + " parent; remove it");
        }
        return new SeriesPolicy(
                shared, year == null ? NumberingYear.CALENDAR : NumberingYear.fromConfig(year));
    }

    private static String required(Map<String, String> values, String key) {
        String v = optional(values, key);
        if (v == null) {
            throw new IllegalArgumentException(key + " must be set");
        }
        return v;
    }

    private static String optional(Map<String, String> values, String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? null : v;
    }

    private static String sorted(Set<String> keys) {
        String[] k = keys.toArray(String[]::new);
        Arrays.sort(k);
        return String.join(", ", k);
    }
}
