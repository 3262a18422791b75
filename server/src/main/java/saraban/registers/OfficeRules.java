package saraban.registers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold among the offices after a change, checked for the offices the change touched so
 * that the problem names the field the user can correct: the parent exists, is active and is not
 * below the office; the codes are no other office's; a deactivated office has no active office
 * under it.
 */
final class OfficeRules {
    private OfficeRules() {}

    /**
     * Checks the offices {@code changed} among all the offices {@code after} the change.
     *
     * @throws saraban.ProblemException the first rule broken
     */
    static void check(Collection<OfficeStore.Row> after, Set<String> changed) {
        Map<String, OfficeStore.Row> byId = new LinkedHashMap<>();
        after.forEach(r -> byId.put(r.id(), r));
        for (OfficeStore.Row row : after) {
            if (!changed.contains(row.id())) {
                continue;
            }
            Office office = row.office();
            String parentId = office.parentId();
            if (parentId != null) {
                OfficeStore.Row parent = byId.get(parentId);
                if (parent == null) {
                    throw OfficeProblems.unknownParent(office.id(), parentId);
                }
                checkNoCycle(office.id(), byId);
                if (row.active() && !parent.active()) {
                    throw OfficeProblems.parentInactive(office.id(), parentId);
                }
            }
            if (!row.active()) {
                List<String> activeChildren =
                        after.stream()
                                .filter(r -> office.id().equals(r.office().parentId()))
                                .filter(OfficeStore.Row::active)
                                .map(OfficeStore.Row::id)
                                .toList();
                if (!activeChildren.isEmpty()) {
                    throw OfficeProblems.hasActiveChildren(office.id(), activeChildren);
                }
            }
            if (office.unitCode() != null) {
                for (OfficeStore.Row other : after) {
                    Office o = other.office();
                    if (!o.id().equals(office.id())
                            && office.letterCode().equals(o.letterCode())
                            && office.unitCode().equals(o.unitCode())) {
                        throw OfficeProblems.unitCodeTaken(
                                office.id(), office.letterCode() + " " + office.unitCode(), o.id());
                    }
                }
            }
        }
    }

    private static void checkNoCycle(String start, Map<String, OfficeStore.Row> byId) {
        Set<String> path = new LinkedHashSet<>();
        String id = start;
        while (id != null && byId.containsKey(id)) {
            if (!path.add(id)) {
                List<String> cycle = new ArrayList<>(path);
                cycle = cycle.subList(cycle.indexOf(id), cycle.size());
                List<String> shown = new ArrayList<>(cycle);
                shown.add(id);
                throw OfficeProblems.parentCycle(shown);
            }
            id = byId.get(id).office().parentId();
        }
    }
}
