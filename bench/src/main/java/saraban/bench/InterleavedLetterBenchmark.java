package saraban.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import saraban.SuppressForbidden;
import saraban.letters.LetterDraft;
import saraban.letters.LetterService;
import saraban.pdf.FontSet;
import saraban.pdf.PdfEngine;
import saraban.web.Json;

/**
 * The engine beside bare FOP in one JVM, in lock-step: every thread renders a block of letters with
 * the engine, all threads wait for each other, then every thread renders a block with bare FOP on
 * the same prepared FO, and so on. Both kinds of work see the same machine, the same JIT and the
 * same heap, so a neighbour's load on a shared machine falls on both alike; {@link
 * LetterEngineBenchmark} (JMH, one JVM per benchmark, one after the other) is the other view.
 *
 * <p>Run from the repository root after {@code mvn -q -B -DskipTests package}: {@code java -cp
 * "bench/target/saraban-bench.jar:bench/target/lib/*" saraban.bench.InterleavedLetterBenchmark
 * [threads] [seconds]} (defaults 2 and 60).
 */
public final class InterleavedLetterBenchmark {

    private static final int BLOCK = 10;

    private InterleavedLetterBenchmark() {}

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path home = LetterEngineBenchmark.home();
        PdfEngine pdf =
                new PdfEngine(FontSet.load(home.resolve("fonts"), "laksaman"), home.toUri());
        LetterService letters =
                new LetterService(
                        pdf,
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
        String preparedFo = pdf.prepare(letters.toFo(draft));
        Date created = new Date(0);
        Runnable engine = () -> letters.render(draft);
        Runnable bare = () -> pdf.renderWithFopOnly(preparedFo, created);

        run(threads, Math.max(10, seconds / 3), engine, bare); // warm-up, figures dropped
        long[] nanos = run(threads, seconds, engine, bare);
        double engineRate = threads * (double) BLOCK * rounds(nanos) / (nanos[0] / 1e9);
        double bareRate = threads * (double) BLOCK * rounds(nanos) / (nanos[1] / 1e9);
        System.out.println(
                "Letter engine beside bare FOP in one JVM, lock-step blocks of " + BLOCK);
        System.out.printf(
                Locale.ROOT,
                "threads %d  engine %.1f letters/s  bare FOP %.1f letters/s  engine/bare %.1f%%"
                        + "  (load average %s)%n",
                threads,
                engineRate,
                bareRate,
                100 * engineRate / bareRate,
                Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip());
    }

    private static long rounds(long[] nanos) {
        return nanos[2];
    }

    /**
     * Runs lock-step rounds for about {@code seconds}: the wall time spent in engine blocks, in
     * bare-FOP blocks, and the number of rounds.
     */
    private static long[] run(int threads, int seconds, Runnable engine, Runnable bare)
            throws Exception {
        AtomicLong engineNanos = new AtomicLong();
        AtomicLong bareNanos = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[] started = new long[1];
        boolean[] stop = new boolean[1];
        long[] rounds = new long[1];
        // the barrier's action runs once per phase, on the last thread to arrive
        int[] phase = new int[1];
        CyclicBarrier barrier =
                new CyclicBarrier(
                        threads,
                        () -> {
                            long now = System.nanoTime();
                            if (phase[0] == 0) {
                                // all threads are ready: the first engine block starts
                            } else if (phase[0] % 2 == 1) {
                                engineNanos.addAndGet(now - started[0]);
                            } else {
                                bareNanos.addAndGet(now - started[0]);
                                rounds[0]++;
                                stop[0] = now > end;
                            }
                            phase[0]++;
                            started[0] = System.nanoTime();
                        });
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] =
                    new Thread(
                            () -> {
                                try {
                                    barrier.await();
                                    while (true) {
                                        for (int i = 0; i < BLOCK; i++) {
                                            engine.run();
                                        }
                                        barrier.await();
                                        for (int i = 0; i < BLOCK; i++) {
                                            bare.run();
                                        }
                                        barrier.await();
                                        if (stop[0]) {
                                            return;
                                        }
                                    }
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return new long[] {engineNanos.get(), bareNanos.get(), rounds[0]};
    }
}
