package saraban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import saraban.SuppressForbidden;
import saraban.registers.ReferenceNumber;
import saraban.search.Direction;
import saraban.search.SearchDocument;
import saraban.search.SecrecyLevel;
import saraban.thai.Digits;

/**
 * The shared Thai corpus as stand-in correspondence for the search benchmarks: its documents as
 * they are, or 100,000 synthesised from them (each a corpus subject with most of its text and a
 * passage of another document, with offices, kinds, dates, urgency, secrecy and a reference number
 * of its own); and the figures' printing.
 */
final class SearchCorpus {
    static final String[] OFFICES = new String[20];
    static final String[] CODES = {"สส", "มท", "นร", "กษ", "ศธ", "สธ"};
    static final String[] KINDS = {"external", "memo", "announcement", "order", "incoming"};

    static {
        for (int i = 0; i < OFFICES.length; i++) {
            OFFICES[i] = "office-" + i;
        }
    }

    record Record(String title, String body) {}

    private SearchCorpus() {}

    static List<Record> read(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Record> out = new ArrayList<>();
        for (String file : List.of("thaigov_sample.jsonl", "thai_law_sample.jsonl")) {
            for (String line : Files.readAllLines(corpus.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode r = json.readTree(line);
                    out.add(new Record(r.get("title").asText(), r.get("body").asText()));
                }
            }
        }
        return out;
    }

    /** The reference number of document {@code i}. */
    static ReferenceNumber number(int i) {
        return ReferenceNumber.letter(
                CODES[i % CODES.length], "0017." + (i % 9 + 1), i % 4 == 0, i + 1);
    }

    /**
     * Document {@code i}: the corpus document {@code i}, or when synthesising, one made from corpus
     * document {@code i % size} and a passage of another.
     */
    static SearchDocument asDocument(List<Record> records, int i, boolean synthesise) {
        Record r = records.get(i % records.size());
        String body = r.body();
        if (synthesise) {
            Random random = new Random(i);
            Record other = records.get(random.nextInt(records.size()));
            int keep = Math.min(body.length(), 1_500 + random.nextInt(1_500));
            int from =
                    other.body().length() > 1_000
                            ? random.nextInt(other.body().length() - 1_000)
                            : 0;
            body =
                    body.substring(0, keep)
                            + "\n"
                            + other.body()
                                    .substring(from, Math.min(other.body().length(), from + 1_000));
        }
        Random meta = new Random(31L * i + 7);
        boolean incoming = KINDS[i % KINDS.length].equals("incoming");
        int roll = meta.nextInt(100);
        return new SearchDocument(
                (incoming ? "incoming:" : "letter:") + (i + 1),
                KINDS[i % KINDS.length],
                incoming ? Direction.RECEIVED : Direction.SENT,
                OFFICES[meta.nextInt(OFFICES.length)],
                incoming ? "receive" : "send",
                LocalDate.of(2015, 1, 1).plusDays(meta.nextInt(3_900)),
                roll < 5 ? "ด่วนที่สุด" : roll < 12 ? "ด่วน" : null,
                roll < 3
                        ? SecrecyLevel.SECRET
                        : roll < 6 ? SecrecyLevel.CONFIDENTIAL : SecrecyLevel.NONE,
                number(i).format(i % 2 == 0 ? Digits.THAI : Digits.ARABIC),
                r.title(),
                body,
                "สำนักงานจังหวัดสมุทรสงคราม",
                "ผู้ว่าราชการจังหวัด");
    }

    static long utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** p50, p90, p99 and the maximum of some durations in nanoseconds, in milliseconds. */
    @SuppressForbidden(reason = "a benchmark prints its figures")
    static void print(String label, long[] nanos) {
        if (nanos.length == 0) {
            return;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "  %-24s %4d queries  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
                label,
                sorted.length,
                percentile(sorted, 0.50),
                percentile(sorted, 0.90),
                percentile(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        int at = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }

    /** CPU time of the whole process (indexing threads, merges, GC), where the JVM tells it. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** The machine's one-minute load average: the machine is shared, so every figure shows it. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
