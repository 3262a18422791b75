package saraban.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import saraban.letters.LetterDraft;
import saraban.letters.LetterService;
import saraban.testing.TestHome;
import saraban.web.Json;

/** Letters made by the letter engine, a stamper, and the two stamps of the seed. */
final class StampFixtures {
    private static final Map<String, byte[]> LETTERS = new ConcurrentHashMap<>();
    private static volatile ReceiptStamper stamper;

    /** The province hall's stamp on the seed letter, in Thai digits. */
    static final ReceiptStamp HALL =
            new ReceiptStamp(
                    "ศาลากลางจังหวัดสมุทรสงคราม", "เลขรับ", "๓๒๑๙", "๒๕ ส.ค. ๒๕๖๒", "๑๐.๕๐ น.");

    /** The unit's stamp after the letter was forwarded to it. */
    static final ReceiptStamp UNIT =
            new ReceiptStamp(
                    "กลุ่มงานยุทธศาสตร์การพัฒนาระดับพื้นที่",
                    "รับเลขที่",
                    "๓๐๙",
                    "๒๖ ส.ค. ๒๕๖๒",
                    "๙.๐๕ น.");

    private StampFixtures() {}

    static ReceiptStamper stamper() {
        if (stamper == null) {
            synchronized (StampFixtures.class) {
                if (stamper == null) {
                    stamper =
                            new ReceiptStamper(
                                    TestHome.engine().fonts(),
                                    TestHome.home().resolve("templates/stamps"));
                }
            }
        }
        return stamper;
    }

    /** A letter sample of the letter engine ({@code letters/<name>.json}) as PDF/A-2b. */
    static byte[] letter(String name) {
        return LETTERS.computeIfAbsent(
                name,
                n -> {
                    try {
                        LetterService letters =
                                new LetterService(
                                        TestHome.engine(),
                                        TestHome.home().resolve("templates/letters"),
                                        Optional.empty(),
                                        Clock.fixed(
                                                Instant.parse("2019-03-29T03:00:00Z"),
                                                ZoneOffset.UTC));
                        LetterDraft draft =
                                Json.mapper()
                                        .readValue(
                                                TestHome.resource("letters/" + n + ".json"),
                                                LetterDraft.class);
                        return letters.render(draft);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Writes {@code pdf} where a person can look at it. */
    static Path keep(String name, byte[] pdf) {
        Path file = TestHome.outputDir("stamps").resolve(name + ".pdf");
        try {
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
