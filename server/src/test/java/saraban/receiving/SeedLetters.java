package saraban.receiving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import saraban.testing.TestHome;

/**
 * The seed's two letters ({@code samples/seed-circular.txt}: a Samut Songkhram circular and the
 * Interior Ministry circular enclosed with it, OCR'd, with receipt stamps) and their hand-labelled
 * metadata ({@code receiving/seed-truth.json}).
 */
final class SeedLetters {

    private SeedLetters() {}

    /** The seed cut before the enclosure's own urgency line: letter A, then letter B. */
    static List<String> letters() {
        String seed = TestHome.resource("samples/seed-circular.txt");
        String[] lines = seed.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals("ด่วนที่สุด") && ++seen == 2) {
                return List.of(
                        String.join("\n", List.of(lines).subList(0, i)),
                        String.join("\n", List.of(lines).subList(i, lines.length)));
            }
        }
        throw new IllegalStateException("the seed should have two letters marked ด่วนที่สุด");
    }

    static List<LetterMetadata> truth() {
        try {
            List<LetterMetadata> out = new ArrayList<>();
            for (JsonNode n :
                    new ObjectMapper().readTree(TestHome.resource("receiving/seed-truth.json"))) {
                out.add(
                        new LetterMetadata(
                                LetterMetadata.Kind.valueOf(n.get("kind").asText()),
                                text(n, "referenceNumber"),
                                null,
                                LocalDate.parse(n.get("date").asText()),
                                text(n, "subject"),
                                text(n, "salutation"),
                                text(n, "addressee"),
                                text(n, "sender"),
                                text(n, "urgency"),
                                text(n, "secrecy")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
