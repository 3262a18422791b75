package saraban.receiving;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import saraban.thai.ThaiDigits;
import saraban.thai.ThaiNormalizer;

/**
 * Precision and recall of each metadata field over a set of letters. A field is expected when the
 * truth has it and extracted when the reader gave it; it is correct when both have it and they
 * agree: numbers by their {@link saraban.registers.ReferenceNumber#searchKey()} (or printed text
 * when one does not parse), texts with all whitespace ignored (a line break inside a Thai subject
 * hides whether a space stood there) and digits in either set, the rest exactly. Precision =
 * correct / extracted, recall = correct / expected.
 */
final class FieldScores {

    enum Field {
        KIND("kind", LetterMetadata::kind, false),
        REFERENCE_NUMBER("referenceNumber", LetterMetadata::referenceNumber, false),
        DATE("date", LetterMetadata::date, false),
        SUBJECT("subject", LetterMetadata::subject, true),
        ADDRESSEE("addressee", LetterMetadata::addressee, true),
        SENDER("sender", LetterMetadata::sender, true),
        URGENCY("urgency", LetterMetadata::urgency, false),
        SECRECY("secrecy", LetterMetadata::secrecy, false);

        final String label;
        final Function<LetterMetadata, Object> value;
        final boolean text;

        Field(String label, Function<LetterMetadata, Object> value, boolean text) {
            this.label = label;
            this.value = value;
            this.text = text;
        }
    }

    /** Counts for one field. */
    static final class Count {
        int expected;
        int extracted;
        int correct;
        int exactSpacing;
        final List<String> misses = new ArrayList<>();

        double precision() {
            return extracted == 0 ? 1 : (double) correct / extracted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }
    }

    private final Map<Field, Count> counts = new EnumMap<>(Field.class);

    FieldScores() {
        for (Field f : Field.values()) {
            counts.put(f, new Count());
        }
    }

    Count get(Field field) {
        return counts.get(field);
    }

    void add(String name, LetterMetadata truth, LetterMetadata read) {
        for (Field f : Field.values()) {
            Object expected = f.value.apply(truth);
            Object actual = f.value.apply(read);
            Count c = counts.get(f);
            if (expected != null) {
                c.expected++;
            }
            if (actual != null) {
                c.extracted++;
            }
            if (expected != null && actual != null && agree(f, truth, read)) {
                c.correct++;
                if (!f.text || expected.equals(actual)) {
                    c.exactSpacing++;
                }
            } else if (expected != null || actual != null) {
                c.misses.add(name + ": expected " + expected + ", read " + actual);
            }
        }
    }

    private static boolean agree(Field f, LetterMetadata truth, LetterMetadata read) {
        if (f == Field.REFERENCE_NUMBER) {
            if (truth.parsedNumber() != null && read.parsedNumber() != null) {
                return truth.parsedNumber().searchKey().equals(read.parsedNumber().searchKey());
            }
            return squeeze(truth.referenceNumber()).equals(squeeze(read.referenceNumber()));
        }
        if (f.text) {
            return squeeze((String) f.value.apply(truth))
                    .equals(squeeze((String) f.value.apply(read)));
        }
        return Objects.equals(f.value.apply(truth), f.value.apply(read));
    }

    /** The text without whitespace, in one digit set: what the comparison looks at. */
    static String squeeze(String text) {
        return ThaiDigits.toArabic(ThaiNormalizer.normalize(text)).replaceAll("\\s+", "");
    }

    /** The per-field table, with the first few misses of each field under it. */
    String table(String title, int documents, int missesShown) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%s (%d documents)%n", title, documents));
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-16s %8s %9s %7s %9s %7s %13s%n",
                        "field",
                        "expected",
                        "extracted",
                        "correct",
                        "precision",
                        "recall",
                        "exact spacing"));
        for (Field f : Field.values()) {
            Count c = counts.get(f);
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%-16s %8d %9d %7d %9.3f %7.3f %13s%n",
                            f.label,
                            c.expected,
                            c.extracted,
                            c.correct,
                            c.precision(),
                            c.recall(),
                            f.text ? String.valueOf(c.exactSpacing) : ""));
        }
        for (Field f : Field.values()) {
            List<String> misses = counts.get(f).misses;
            for (int i = 0; i < Math.min(missesShown, misses.size()); i++) {
                out.append("  miss ")
                        .append(f.label)
                        .append(' ')
                        .append(misses.get(i))
                        .append('\n');
            }
        }
        return out.toString();
    }
}
