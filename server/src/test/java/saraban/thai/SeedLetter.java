package saraban.thai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A real circular of Samut Songkhram province with its attached Interior Ministry letter (Thai
 * digits, abbreviations, a web address, reference numbers); official letters of a Thai government
 * agency are not copyrighted (Copyright Act B.E. 2537, section 7).
 */
final class SeedLetter {

    private SeedLetter() {}

    static String text() {
        try (InputStream in = SeedLetter.class.getResourceAsStream("/samples/seed-circular.txt")) {
            if (in == null) {
                throw new IllegalStateException(
                        "samples/seed-circular.txt is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
