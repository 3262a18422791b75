package saraban.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import saraban.pdf.ReceiptStamp;
import saraban.pdf.ReceiptStamper;
import saraban.web.Json;

/**
 * Warm throughput of the receipt stamper on the seed circular as the letter engine makes it (two
 * pages, PDF/A-2b), at 1 and 2 threads, beside a bare PDFBox load and save of the same file in the
 * same run (saved the way the stamper saves: whole, without object streams). Prints documents/s and
 * the ratio. Every stamp has its own receive number, as in use.
 *
 * <p>Run from the repository root after {@code mvn -q -B -DskipTests package}: {@code java -cp
 * "bench/target/saraban-bench.jar:bench/target/lib/*" saraban.bench.ReceiptStampBenchmark}; an
 * argument {@code 2} runs the two-thread measurement only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class ReceiptStampBenchmark {

    private ReceiptStamper stamper;
    private byte[] letter;
    private final java.util.concurrent.atomic.AtomicLong number =
            new java.util.concurrent.atomic.AtomicLong(3219);
    private final Instant received = Instant.parse("2019-08-25T03:50:00Z");

    @Setup
    public void setUp() throws IOException {
        Path home = LetterEngineBenchmark.home();
        FontSet fonts = FontSet.load(home.resolve("fonts"), "laksaman");
        PdfEngine pdf = new PdfEngine(fonts, home.toUri());
        LetterService letters =
                new LetterService(
                        pdf,
                        home.resolve("templates/letters"),
                        Optional.empty(),
                        Clock.fixed(Instant.parse("2019-03-29T03:00:00Z"), ZoneOffset.UTC));
        ObjectMapper json = Json.mapper();
        LetterDraft draft =
                json.readValue(
                        Files.readString(
                                home.resolve(
                                        "server/src/test/resources/letters/seed-circular.json"),
                                StandardCharsets.UTF_8),
                        LetterDraft.class);
        letter = letters.render(draft);
        stamper = new ReceiptStamper(fonts, home.resolve("templates/stamps"));
    }

    /** The whole stamp: check, read, find a place, draw, save. */
    @Benchmark
    public byte[] stamp() {
        ReceiptStamp stamp =
                ReceiptStamp.received(
                        "ศาลากลางจังหวัดสมุทรสงคราม", "เลขรับ", number.incrementAndGet(), received);
        return stamper.stamp(letter, stamp).pdf();
    }

    /** PDFBox alone: load the same file and save it again. */
    @Benchmark
    public byte[] bareLoadSave() throws IOException {
        try (PDDocument doc = Loader.loadPDF(letter)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(letter.length + 16 * 1024);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws RunnerException {
        double[][] perSecond = new double[2][2];
        int first = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        for (int threads = first; threads <= 2; threads++) {
            Options options =
                    new OptionsBuilder()
                            .include(ReceiptStampBenchmark.class.getName() + "\\.")
                            .threads(threads)
                            .jvmArgsAppend("-Dsaraban.home=" + LetterEngineBenchmark.home())
                            .jvmArgsAppend("-Dorg.slf4j.simpleLogger.log.saraban.pdf=warn")
                            .build();
            Collection<RunResult> results = new Runner(options).run();
            for (RunResult r : results) {
                String name = r.getParams().getBenchmark();
                int which = name.endsWith("stamp") ? 0 : 1;
                perSecond[threads - 1][which] = r.getPrimaryResult().getScore();
            }
        }
        System.out.println();
        System.out.println(
                "Receipt stamp on the 2-page seed circular (documents/s, warm, no HTTP)");
        System.out.println("threads    stamp   bare load+save   stamp/bare");
        for (int t = first - 1; t < 2; t++) {
            System.out.println(
                    String.format(
                            Locale.ROOT,
                            "%7d %8.1f %16.1f %11.1f%%",
                            t + 1,
                            perSecond[t][0],
                            perSecond[t][1],
                            100 * perSecond[t][0] / perSecond[t][1]));
        }
    }
}
