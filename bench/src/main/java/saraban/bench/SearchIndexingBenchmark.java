package saraban.bench;

import static saraban.bench.SearchCorpus.load;
import static saraban.bench.SearchCorpus.processCpuNanos;
import static saraban.bench.SearchCorpus.utf8;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import saraban.SuppressForbidden;
import saraban.registers.ReferenceNumber;
import saraban.search.SearchDocument;
import saraban.search.SearchIndex;
import saraban.search.SearchQueue;
import saraban.search.SearchRequest;
import saraban.search.SearchService;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.thai.Digits;

/**
 * Indexing speed, by hand: (1) the time from committing an issued letter to finding it, through the
 * queue on SQLite; (2) indexing throughput of the shared Thai corpus (2,712 documents, 26 MB) on
 * two threads, documents/s and MB/s of UTF-8 text, and documents per CPU-second (which the other
 * work of a shared machine disturbs less), five runs in one JVM: the first runs include the JIT's
 * warm-up. The load average is printed with each figure.
 *
 * <p>Run from the repository root after {@code mvn -q -B -DskipTests package}: {@code java -Xmx2g
 * -cp "bench/target/saraban-bench.jar:bench/target/lib/*" saraban.bench.SearchIndexingBenchmark
 * [corpus-folder] [runs]}; the corpus folder defaults to {@code ../shared/data/thai-corpus}.
 */
public final class SearchIndexingBenchmark {
    private SearchIndexingBenchmark() {}

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/thai-corpus");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<SearchCorpus.Record> records = SearchCorpus.read(corpus);
        System.out.printf(
                Locale.ROOT,
                "%d corpus documents; %d cores; max heap %d MB%n",
                records.size(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        follow();
        IntFunction<SearchDocument> corpusDocs = i -> SearchCorpus.asDocument(records, i, false);
        for (int run = 1; run <= runs; run++) {
            index("corpus run " + run, records.size(), corpusDocs, null);
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
                SearchCorpus.print("issued letter", nanos);
            }
        } finally {
            SearchCorpus.deleteTree(dir);
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
    static void index(String label, int count, IntFunction<SearchDocument> docs, SearchIndex into)
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
            SearchCorpus.deleteTree(dir);
        }
    }
}
