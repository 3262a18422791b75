package saraban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import saraban.SuppressForbidden;
import saraban.registers.ReferenceNumber;
import saraban.search.Direction;
import saraban.search.SearchDocument;
import saraban.search.SearchIndex;
import saraban.search.SearchQueue;
import saraban.search.SearchRequest;
import saraban.search.SearchService;
import saraban.search.SecrecyLevel;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.thai.Digits;
import saraban.thai.ThaiSegmenter;

/**
 * Search speed, by hand: (1) indexing throughput of the shared Thai corpus (2,712 documents, 26 MB)
 * on two threads, documents/s and MB/s of UTF-8 text, three runs; (2) indexing and query latency at
 * 100,000 documents synthesised from the corpus (each a corpus subject with most of its text and a
 * passage of another document, with offices, kinds, dates, urgency, secrecy and a reference number
 * of its own): p50/p90/p99 of single queries with snippets and facets, mixed as a registry clerk
 * would type them. The load average is printed with each figure: the machine is shared.
 *
 * <p>Run from the repository root after {@code mvn -q -B -DskipTests package}: {@code java -Xmx2g
 * -cp "bench/target/saraban-bench.jar:bench/target/lib/*" saraban.bench.SearchBenchmark
 * [corpus-folder] [documents] [queries-only]}; the corpus folder defaults to {@code
 * ../shared/data/thai-corpus}; {@code queries-only} skips the corpus runs and repeats the queries
 * three times.
 */
public final class SearchBenchmark {
    private static final String[] OFFICES = new String[20];
    private static final String[] CODES = {"สส", "มท", "นร", "กษ", "ศธ", "สธ"};
    private static final String[] KINDS = {"external", "memo", "announcement", "order", "incoming"};

    static {
        for (int i = 0; i < OFFICES.length; i++) {
            OFFICES[i] = "office-" + i;
        }
    }

    private record Record(String title, String body) {}

    private SearchBenchmark() {}

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/thai-corpus");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        List<Record> records = read(corpus);
        System.out.printf(
                Locale.ROOT,
                "%d corpus documents; %d cores; max heap %d MB%n",
                records.size(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        follow();
        IntFunction<SearchDocument> corpusDocs = i -> asDocument(records, i, false);
        if (args.length > 2 && args[2].equals("queries-only")) {
            Path dir = Files.createTempDirectory("saraban-search-bench");
            try (SearchIndex index = SearchIndex.open(dir)) {
                index("synthetic", size, i -> asDocument(records, i, true), index);
                for (int round = 0; round < 3; round++) {
                    queries(index, records, size);
                }
            } finally {
                deleteTree(dir);
            }
            return;
        }
        for (int run = 1; run <= 3; run++) {
            index("corpus run " + run, records.size(), corpusDocs, null);
        }

        Path dir = Files.createTempDirectory("saraban-search-bench");
        IntFunction<SearchDocument> synthetic = i -> asDocument(records, i, true);
        try (SearchIndex index = SearchIndex.open(dir)) {
            index("synthetic", size, synthetic, index);
            queries(index, records, size);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Time from the commit of an issuing transaction (letter row and queue row) to the letter being
     * found, on SQLite, with the indexer polling as in the server.
     */
    private static void follow() throws Exception {
        Path dir = Files.createTempDirectory("saraban-search-follow");
        try (Database db =
                Database.open("jdbc:sqlite:" + dir.resolve("saraban.db"), Clock.systemUTC())) {
            FileStore files = FileStore.open(db, dir.resolve("data"));
            try (SearchService search =
                    SearchService.start(db, files, dir.resolve("search-index"))) {
                search.awaitCaughtUp(Duration.ofMinutes(1));
                String sha =
                        files.put(
                                "%PDF stand-in".getBytes(StandardCharsets.UTF_8),
                                "application/pdf");
                int letters = 50;
                long[] nanos = new long[letters];
                double loadBefore = load();
                for (int i = 0; i < letters; i++) {
                    ReferenceNumber number = ReferenceNumber.letter("สส", "0017.2", true, i + 1);
                    int n = i;
                    db.inTransaction(c -> issue(c, db, sha, number, n));
                    long committed = System.nanoTime();
                    SearchRequest byNumber = SearchRequest.of(number.searchKey());
                    while (search.search(byNumber).total() == 0) {
                        Thread.sleep(1);
                    }
                    nanos[i] = System.nanoTime() - committed;
                    Thread.sleep(
                            100 + (i * 37) % 300); // letters do not arrive in step with the poll
                }
                System.out.printf(
                        Locale.ROOT,
                        "commit to searchable, %d letters on SQLite (load average %.1f before, %.1f after)%n",
                        letters,
                        loadBefore,
                        load());
                print("issued letter", nanos);
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** What issuing writes, as far as search is concerned: register row, letter row, queue row. */
    private static long issue(Connection c, Database db, String sha, ReferenceNumber number, int i)
            throws SQLException {
        long entry;
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO register_entries (office_id, series, year, number, status,"
                                + " requested_by, reference_number, letter_date, subject, created_at,"
                                + " created_by) VALUES ('ss-0017-2', 'circular', 2568, ?, 'USED',"
                                + " 'bench', ?, '2025-08-05', 'ทดสอบ', ?, 'bench') RETURNING id")) {
            s.setInt(1, i + 1);
            s.setString(2, number.format(Digits.THAI));
            db.dialect().setInstant(s, 3, Instant.EPOCH);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                entry = r.getLong(1);
            }
        }
        long id;
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO letters (office_id, kind, status, subject, draft_json,"
                                + " register_entry_id, reference_number, letter_date, pdf_sha256,"
                                + " created_at, created_by, updated_at, updated_by, issued_at,"
                                + " issued_by) VALUES ('ss-0017-2', 'external', 'ISSUED', ?, ?, ?, ?,"
                                + " '2025-08-05', ?, ?, 'bench', ?, 'bench', ?, 'bench') RETURNING id")) {
            s.setString(1, "การประชุมติดตามผลการดำเนินงาน ครั้งที่ " + (i + 1));
            s.setString(
                    2,
                    "{\"kind\":\"external\",\"body\":[\"ตามที่จังหวัดแจ้งการประชุม\"],"
                            + "\"issuer\":{\"name\":\"ศาลากลางจังหวัดสมุทรสงคราม\"}}");
            s.setLong(3, entry);
            s.setString(4, number.format(Digits.THAI));
            s.setString(5, sha);
            db.dialect().setInstant(s, 6, Instant.EPOCH);
            db.dialect().setInstant(s, 7, Instant.EPOCH);
            db.dialect().setInstant(s, 8, Instant.EPOCH);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        SearchQueue.enqueue(c, SearchQueue.letter(id));
        return id;
    }

    /** Indexes {@code count} documents on two threads into {@code into} (or a fresh index). */
    private static void index(
            String label, int count, IntFunction<SearchDocument> docs, SearchIndex into)
            throws Exception {
        Path dir = into == null ? Files.createTempDirectory("saraban-search-bench") : null;
        SearchIndex index = into == null ? SearchIndex.open(dir) : into;
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            SearchDocument d = docs.apply(i);
            bytes += utf8(d.subject()) + utf8(d.body()) + utf8(d.sender()) + utf8(d.recipient());
        }
        double loadBefore = load();
        long start = System.nanoTime();
        long cpuBefore = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> work = new ArrayList<>();
            int chunk = 200;
            for (int from = 0; from < count; from += chunk) {
                int first = from;
                int last = Math.min(count, from + chunk);
                work.add(
                        pool.submit(
                                () -> {
                                    List<SearchDocument> part = new ArrayList<>(last - first);
                                    for (int i = first; i < last; i++) {
                                        part.add(docs.apply(i));
                                    }
                                    index.add(part);
                                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            index.commit(0);
            index.refresh();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "index %-14s %7d docs %7.1f MB in %6.1f s: %6.0f docs/s %5.2f MB/s;"
                        + " %.1f CPU-s, %.0f docs per CPU-second (load average %.1f before, %.1f"
                        + " after)%n",
                label,
                count,
                bytes / 1e6,
                seconds,
                count / seconds,
                bytes / 1e6 / seconds,
                cpuSeconds,
                count / cpuSeconds,
                loadBefore,
                load());
        if (into == null) {
            index.close();
            deleteTree(dir);
        }
    }

    /** Query latency, one query at a time, after a warm-up. */
    private static void queries(SearchIndex index, List<Record> records, int size) {
        Random random = new Random(7);
        List<SearchRequest> mix = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < 1_300; i++) {
            int pick = random.nextInt(100);
            int doc = random.nextInt(size);
            String title = records.get(doc % records.size()).title();
            SearchRequest r;
            String kind;
            if (pick < 35) {
                kind = "words";
                r = SearchRequest.of(words(title, random, 1));
            } else if (pick < 50) {
                kind = "two words";
                r = SearchRequest.of(words(title, random, 1) + " " + words(title, random, 1));
            } else if (pick < 60) {
                kind = "substring";
                r = SearchRequest.of(substring(title, random));
            } else if (pick < 75) {
                kind = "reference number";
                ReferenceNumber n = number(doc);
                r =
                        SearchRequest.of(
                                switch (random.nextInt(3)) {
                                    case 0 -> "ที่ " + n.format(Digits.THAI);
                                    case 1 -> n.searchKey();
                                    default -> n.format(Digits.ARABIC).substring(3);
                                });
            } else if (pick < 90) {
                kind = "words + filters";
                r =
                        new SearchRequest(
                                words(title, random, 1),
                                Set.of(),
                                Set.of(),
                                Set.of(OFFICES[random.nextInt(OFFICES.length)]),
                                Set.of(),
                                Set.of(2558 + random.nextInt(10)),
                                null,
                                null,
                                Set.of(),
                                Set.of(),
                                null,
                                1,
                                10,
                                SecrecyLevel.NONE);
            } else {
                kind = "browse newest";
                r =
                        new SearchRequest(
                                "",
                                Set.of(KINDS[random.nextInt(KINDS.length)]),
                                Set.of(),
                                Set.of(),
                                Set.of(),
                                Set.of(),
                                null,
                                null,
                                Set.of(),
                                Set.of(),
                                null,
                                1 + random.nextInt(3),
                                10,
                                SecrecyLevel.SECRET);
            }
            mix.add(r);
            kinds.add(kind);
        }
        for (int i = 0; i < 300; i++) {
            index.search(mix.get(i));
        }
        double loadBefore = load();
        int n = mix.size() - 300;
        long[] nanos = new long[n];
        long[] cpu = new long[n];
        long totalHits = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            totalHits += index.search(mix.get(300 + i)).total();
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        System.out.printf(
                Locale.ROOT,
                "queries at %d documents: %d queries, %.0f hits on average (load average %.1f"
                        + " before, %.1f after)%n",
                index.size(),
                n,
                (double) totalHits / n,
                loadBefore,
                load());
        print("all", nanos);
        print("all, CPU time", cpu);
        for (String kind : kinds.stream().distinct().toList()) {
            long[] some = new long[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (kinds.get(300 + i).equals(kind)) {
                    some[k++] = nanos[i];
                }
            }
            print(kind, Arrays.copyOf(some, k));
        }
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "  %-18s %4d queries  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
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

    /** One to three Thai words from a title. */
    private static String words(String title, Random random, int minWords) {
        List<String> words =
                ThaiSegmenter.words(title).stream().filter(SearchBenchmark::isThaiWord).toList();
        if (words.isEmpty()) {
            return title.split("\\s+")[0];
        }
        int from = random.nextInt(words.size());
        int n = minWords + random.nextInt(2);
        return String.join("", words.subList(from, Math.min(words.size(), from + n)));
    }

    private static String substring(String title, Random random) {
        List<String> long_ =
                ThaiSegmenter.words(title).stream()
                        .filter(w -> w.length() >= 7 && isThaiWord(w))
                        .toList();
        if (long_.isEmpty()) {
            return words(title, random, 1);
        }
        String w = long_.get(random.nextInt(long_.size()));
        int start = 1 + random.nextInt(w.length() - 5);
        return w.substring(start, start + 4);
    }

    private static boolean isThaiWord(String w) {
        return !w.isBlank() && w.chars().allMatch(c -> c >= 0x0E01 && c <= 0x0E4E);
    }

    private static ReferenceNumber number(int i) {
        return ReferenceNumber.letter(
                CODES[i % CODES.length], "0017." + (i % 9 + 1), i % 4 == 0, i + 1);
    }

    /**
     * Document {@code i}: the corpus document {@code i}, or when synthesising, one made from corpus
     * document {@code i % size} and a passage of another.
     */
    private static SearchDocument asDocument(List<Record> records, int i, boolean synthesise) {
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

    private static List<Record> read(Path corpus) throws IOException {
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

    private static long utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** CPU time of the whole process (indexing threads, merges, GC), where the JVM tells it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
