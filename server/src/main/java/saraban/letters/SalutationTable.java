package saraban.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The salutation/closing pairs of the regulation (ภาคผนวก ๒), read from {@code salutations.tsv}:
 * the salutation is chosen by the recipient, and the closing always comes from the same row.
 */
final class SalutationTable {

    record Pair(String salutation, String closing, Set<String> recipients, boolean isDefault) {}

    private final List<Pair> rows;

    private SalutationTable(List<Pair> rows) {
        this.rows = List.copyOf(rows);
        if (rows.stream().filter(Pair::isDefault).count() != 1) {
            throw new IllegalStateException("salutations.tsv must mark exactly one row with *");
        }
    }

    static SalutationTable load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static SalutationTable parse(List<String> lines) {
        List<Pair> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                throw new IllegalStateException(
                        "salutations.tsv: expected salutation<TAB>closing: " + line);
            }
            String who = cols.length > 2 ? cols[2].strip() : "";
            Set<String> recipients =
                    who.isEmpty() || who.equals("*")
                            ? Set.of()
                            : Set.of(who.split("\\|")).stream()
                                    .map(SalutationTable::key)
                                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            rows.add(new Pair(cols[0].strip(), cols[1].strip(), recipients, who.equals("*")));
        }
        return new SalutationTable(rows);
    }

    /**
     * The pair for {@code recipient}: the row that lists the recipient's position, else the
     * default.
     */
    Pair forRecipient(String recipient) {
        String k = key(recipient == null ? "" : recipient);
        return rows.stream()
                .filter(r -> r.recipients().contains(k))
                .findFirst()
                .orElseGet(() -> rows.stream().filter(Pair::isDefault).findFirst().orElseThrow());
    }

    /** The row whose salutation is {@code salutation}, if the table has one. */
    Optional<Pair> forSalutation(String salutation) {
        return rows.stream().filter(r -> r.salutation().equals(salutation.strip())).findFirst();
    }

    private static String key(String position) {
        return position.strip().replaceAll("\\s+", " ");
    }
}
