package saraban.registers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Offices files applied to the offices in the database: read on their own, then merged. */
final class OfficeFiles {
    private OfficeFiles() {}

    /** The offices after a file is applied, and what it did. */
    record Merge(List<OfficeStore.Row> after, ImportReport report) {}

    /**
     * The offices of a file, each checked on its own and no id twice; parents and codes are checked
     * once merged, since a file may name parents that are only in the database.
     *
     * @throws saraban.ProblemException {@code OFFICE_FILE_INVALID} with the line
     */
    static List<Office> read(List<String> lines, String source) {
        List<Office> offices = new ArrayList<>();
        Map<String, String> where = new LinkedHashMap<>();
        try {
            for (OfficeConfig.Entry e : OfficeConfig.parse(lines, source)) {
                String first = where.putIfAbsent(e.office().id(), e.where());
                if (first != null) {
                    throw new IllegalArgumentException(
                            e.where()
                                    + ": office id "
                                    + e.office().id()
                                    + " is already defined at "
                                    + first);
                }
                offices.add(e.office());
            }
        } catch (IllegalArgumentException e) {
            throw OfficeProblems.fileInvalid(e.getMessage());
        }
        return offices;
    }

    /**
     * The offices {@code before}, with those of the file created (active, after the others) or
     * replaced (keeping whether they are active and their place); the others as they were.
     */
    static Merge merge(List<OfficeStore.Row> before, List<Office> file) {
        Map<String, OfficeStore.Row> after = new LinkedHashMap<>();
        before.forEach(r -> after.put(r.id(), r));
        int position = before.stream().mapToInt(OfficeStore.Row::position).max().orElse(0);
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        for (Office office : file) {
            inFile.add(office.id());
            OfficeStore.Row was = after.get(office.id());
            if (was == null) {
                after.put(office.id(), new OfficeStore.Row(office, true, ++position));
                created.add(office.id());
            } else if (!was.office().equals(office)) {
                after.put(office.id(), new OfficeStore.Row(office, was.active(), was.position()));
                updated.add(office.id());
            } else {
                unchanged.add(office.id());
            }
        }
        List<String> notInFile =
                before.stream()
                        .map(OfficeStore.Row::id)
                        .filter(id -> !inFile.contains(id))
                        .toList();
        return new Merge(
                List.copyOf(after.values()),
                new ImportReport(created, updated, unchanged, notInFile));
    }
}
