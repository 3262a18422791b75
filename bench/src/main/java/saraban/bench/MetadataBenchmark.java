package saraban.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openjdk.jmh.runner.options.OptionsBuilder;
import saraban.SuppressForbidden;
import saraban.letters.LetterDraft;
import saraban.letters.LetterService;
import saraban.pdf.FontSet;
import saraban.pdf.PdfEngine;
import saraban.receiving.LetterMetadata;
import saraban.receiving.MetadataExtractor;
import saraban.web.Json;

/**
 * Time to read an incoming letter's metadata, which receiving does on every upload: the seed
 * circular (two pages) as the letter engine prints it, read from its PDF bytes, beside a bare
 * PDFBox load and text extraction of the same two pages in the same run, and the reading of its
 * text alone. Prints milliseconds per letter on one thread.
 *
 * <p>Run from the repository root after {@code mvn -q -B -DskipTests package}: {@code java -cp
 * "bench/target/saraban-bench.jar:bench/target/lib/*" saraban.bench.MetadataBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class MetadataBenchmark {

    private byte[] pdf;
    private String text;

    @Setup
    public void setUp() throws IOException {
        Path home = LetterEngineBenchmark.home();
        PdfEngine engine =
                new PdfEngine(FontSet.load(home.resolve("fonts"), "laksaman"), home.toUri());
        LetterService letters =
                new LetterService(
                        engine,
                        home.resolve("templates/letters"),
                        Optional.empty(),
                        Clock.systemUTC());
        ObjectMapper json = Json.mapper();
        LetterDraft draft =
                json.readValue(
                        Files.readString(
                                home.resolve(
                                        "server/src/test/resources/letters/seed-circular.json"),
                                StandardCharsets.UTF_8),
                        LetterDraft.class);
        pdf = letters.render(draft);
        text = bareText();
        LetterMetadata read = MetadataExtractor.fromPdf(pdf);
        if (read.parsedNumber() == null || read.sender() == null) {
            throw new IllegalStateException("the seed circular should read back: " + read);
        }
    }

    /** What receiving calls: load the bytes, rebuild pages 1–2 by position, read the heading. */
    @Benchmark
    public LetterMetadata fromPdf() {
        return MetadataExtractor.fromPdf(pdf);
    }

    /** PDFBox alone: load the bytes and extract pages 1–2 as plain text. */
    @Benchmark
    public String bareText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(2);
            return stripper.getText(doc);
        }
    }

    /** The reading of text alone, PDF work excluded. */
    @Benchmark
    public LetterMetadata fromText() {
        return MetadataExtractor.fromText(text);
    }

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results =
                new Runner(
                                new OptionsBuilder()
                                        .include(MetadataBenchmark.class.getName() + "\\.")
                                        .threads(1)
                                        .jvmArgsAppend(
                                                "-Dsaraban.home=" + LetterEngineBenchmark.home())
                                        .build())
                        .run();
        System.out.println();
        System.out.println(
                "Reading an incoming letter's metadata (seed circular, 2 pages, 1 thread)");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            System.out.println(
                    String.format(
                            Locale.ROOT,
                            "%-10s %7.2f ms per letter",
                            name.substring(name.lastIndexOf('.') + 1),
                            r.getPrimaryResult().getScore() / 1000));
        }
    }
}
