package saraban.registers;

import java.util.List;

/**
 * What importing an offices file did, by office id: {@code POST /api/offices/import}.
 *
 * @param created offices in the file that were not in the database
 * @param updated offices whose fields in the file differed from the database's
 * @param unchanged offices the file describes as they already were
 * @param notInFile offices in the database that the file does not mention: left as they are
 */
public record ImportReport(
        List<String> created,
        List<String> updated,
        List<String> unchanged,
        List<String> notInFile) {

    public ImportReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        notInFile = List.copyOf(notInFile);
    }
}
