package saraban.registers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a change does to the stored offices: the rows to insert (parents before their children, as
 * the foreign key wants), to update and to delete.
 */
record OfficeDiff(
        List<OfficeStore.Row> inserted,
        List<OfficeStore.Row> updated,
        List<OfficeStore.Row> deleted) {

    static OfficeDiff between(List<OfficeStore.Row> before, List<OfficeStore.Row> after) {
        Map<String, OfficeStore.Row> old = byId(before);
        Map<String, OfficeStore.Row> now = byId(after);
        List<OfficeStore.Row> inserted = new ArrayList<>();
        List<OfficeStore.Row> updated = new ArrayList<>();
        for (OfficeStore.Row row : after) {
            OfficeStore.Row was = old.get(row.id());
            if (was == null) {
                inserted.add(row);
            } else if (!was.equals(row)) {
                updated.add(row);
            }
        }
        inserted.sort(Comparator.comparingInt(r -> depth(r, now)));
        List<OfficeStore.Row> deleted =
                before.stream().filter(r -> !now.containsKey(r.id())).toList();
        return new OfficeDiff(List.copyOf(inserted), List.copyOf(updated), deleted);
    }

    boolean isEmpty() {
        return inserted.isEmpty() && updated.isEmpty() && deleted.isEmpty();
    }

    /** The ids of the offices inserted or updated: those whose rules a change must check. */
    Set<String> touched() {
        return Stream.concat(inserted.stream(), updated.stream())
                .map(OfficeStore.Row::id)
                .collect(Collectors.toSet());
    }

    static Map<String, OfficeStore.Row> byId(List<OfficeStore.Row> rows) {
        Map<String, OfficeStore.Row> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.id(), r));
        return map;
    }

    /** How many offices are above this one. */
    private static int depth(OfficeStore.Row row, Map<String, OfficeStore.Row> rows) {
        int depth = 0;
        String parent = row.office().parentId();
        while (parent != null && rows.containsKey(parent) && depth <= rows.size()) {
            depth++;
            parent = rows.get(parent).office().parentId();
        }
        return depth;
    }
}
