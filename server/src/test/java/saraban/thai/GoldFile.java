package saraban.thai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A human-segmented gold file from {@code src/test/resources/gold/} (see its README): one sentence
 * a line, words separated by {@code |}, whitespace kept as its own word.
 *
 * @param name the file name
 * @param lines the non-empty lines, still with their {@code |}
 */
record GoldFile(String name, List<String> lines) {

    static final List<String> NAMES =
            List.of(
                    "ud_thai_tud_test.seg.txt",
                    "ud_thai_pud_test.seg.txt",
                    "wisesight1000.seg.txt");

    static GoldFile load(String name) {
        try (InputStream in = GoldFile.class.getResourceAsStream("/gold/" + name)) {
            if (in == null) {
                throw new IllegalStateException("gold/" + name + " is not on the test classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new GoldFile(name, text.lines().filter(line -> !line.isEmpty()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences of all gold files without their {@code |}. */
    static List<String> sentencesOfAll() {
        return NAMES.stream()
                .map(GoldFile::load)
                .flatMap(gold -> gold.lines().stream())
                .map(GoldFile::words)
                .map(words -> String.join("", words))
                .toList();
    }

    /**
     * The gold words of one line. Two wisesight lines hold {@code ||}; an empty word between them
     * is dropped, so {@code ||} counts as one separator.
     */
    static List<String> words(String line) {
        return List.of(line.split("\\|")).stream().filter(word -> !word.isEmpty()).toList();
    }
}
