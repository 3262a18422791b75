package saraban.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import saraban.SuppressForbidden;
import saraban.letters.LetterDraft;
import saraban.letters.LetterService;
import saraban.pdf.FontSet;
import saraban.pdf.PdfEngine;
import saraban.web.Json;

/**
 * Warm throughput of the letter engine on the seed circular, without HTTP, at 1 and 2 threads,
 * beside bare FOP rendering the same (already prepared) FO in the same run. Prints letters/s and
 * the ratio.
 *
 * <p>Run from the repository root after {@code mvn -q -B -DskipTests package}: {@code java -cp
 * "bench/target/saraban-bench.jar:bench/target/lib/*" saraban.bench.LetterEngineBenchmark}; an
 * argument {@code 2} runs the two-thread measurement only
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
public class LetterEngineBenchmark {

    private LetterService letters;
    private PdfEngine pdf;
    private LetterDraft draft;
    private String preparedFo;
    private final Date created = new Date(0);

    @Setup
    public void setUp() throws IOException {
        Path home = home();
        FontSet fonts = FontSet.load(home.resolve("fonts"), "laksaman");
        pdf = new PdfEngine(fonts, home.toUri());
        letters =
                new LetterService(
                        pdf,
                        home.resolve("templates/letters"),
                        Optional.empty(),
                        Clock.systemUTC());
        ObjectMapper json = Json.mapper();
        draft =
                json.readValue(
                        Files.readString(
                                home.resolve(
                                        "server/src/test/resources/letters/seed-circular.json"),
                                StandardCharsets.UTF_8),
                        LetterDraft.class);
        preparedFo = pdf.prepare(letters.toFo(draft));
    }

    /** The whole engine: template, Thai preparation, FOP, text-layer repair. */
    @Benchmark
    public byte[] engine() {
        return letters.render(draft);
    }

    /** FOP alone on the FO the engine hands it. */
    @Benchmark
    public byte[] bareFop() {
        return pdf.renderWithFopOnly(preparedFo, created);
    }

    static Path home() {
        String home = System.getProperty("saraban.home");
        Path dir = Path.of(home == null ? "" : home).toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("templates"))) {
            throw new IllegalStateException("run from the repository root, or set -Dsaraban.home");
        }
        return dir;
    }

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws RunnerException {
        double[][] perSecond = new double[2][2];
        int first = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        for (int threads = first; threads <= 2; threads++) {
            Options options =
                    new OptionsBuilder()
                            .include(LetterEngineBenchmark.class.getName() + "\\.")
                            .threads(threads)
                            .jvmArgsAppend("-Dsaraban.home=" + home())
                            .build();
            Collection<RunResult> results = new Runner(options).run();
            for (RunResult r : results) {
                String name = r.getParams().getBenchmark();
                int which = name.endsWith("engine") ? 0 : 1;
                perSecond[threads - 1][which] = r.getPrimaryResult().getScore();
            }
        }
        System.out.println();
        System.out.println("Letter engine on the seed circular (letters/s, warm, no HTTP)");
        System.out.println("threads   engine   bare FOP   engine/bare");
        for (int t = first - 1; t < 2; t++) {
            System.out.println(
                    String.format(
                            Locale.ROOT,
                            "%7d %8.1f %10.1f %12.1f%%",
                            t + 1,
                            perSecond[t][0],
                            perSecond[t][1],
                            100 * perSecond[t][0] / perSecond[t][1]));
        }
    }
}
