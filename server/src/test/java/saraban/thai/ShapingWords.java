package saraban.thai;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Thai words of {@code shaping-words.txt}, one per line, without comments and blanks. */
final class ShapingWords {

    private ShapingWords() {}

    static List<String> all() {
        try (InputStream in = ShapingWords.class.getResourceAsStream("shaping-words.txt")) {
            if (in == null) {
                throw new IllegalStateException(
                        "shaping-words.txt is missing from the test resources");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
