package saraban.bench;

import static saraban.bench.SearchCorpus.KINDS;
import static saraban.bench.SearchCorpus.OFFICES;
import static saraban.bench.SearchCorpus.load;
import static saraban.bench.SearchCorpus.number;
import static saraban.bench.SearchCorpus.print;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import saraban.SuppressForbidden;
import saraban.registers.ReferenceNumber;
import saraban.search.SearchIndex;
import saraban.search.SearchRequest;
import saraban.search.SecrecyLevel;
import saraban.thai.Digits;
import saraban.thai.ThaiSegmenter;

/**
 * Query speed, by hand: 100,000 documents synthesised from the shared Thai corpus ({@link
 * SearchCorpus}) are indexed on two threads, then single queries with snippets and facets, mixed as
 * a registry clerk would type them, are timed after a warm-up: p50/p90/p99 of wall time and of the
 * query thread's CPU time, in all and per kind of query. The load average is printed with the
 * figures: the machine is shared.
 *
 * <p>Run from the repository root after {@code mvn -q -B -DskipTests package}: {@code java -Xmx2g
 * -cp "bench/target/saraban-bench.jar:bench/target/lib/*" saraban.bench.SearchQueryBenchmark
 * [corpus-folder] [documents] [rounds] [index-folder]}; the corpus folder defaults to {@code
 * ../shared/data/thai-corpus}, rounds (of the same queries) to 1. With an index folder, an index
 * left there by an earlier run of this build with as many documents is searched again instead of
 * being rebuilt, and the index is kept.
 */
public final class SearchQueryBenchmark {
    private SearchQueryBenchmark() {}

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/thai-corpus");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path kept = args.length > 3 ? Path.of(args[3]) : null;
        List<SearchCorpus.Record> records = SearchCorpus.read(corpus);
        boolean reuse = false;
        if (kept != null && Files.isDirectory(kept)) {
            try (SearchIndex old = SearchIndex.open(kept)) {
                reuse = old.isCurrent() && old.size() == size;
            }
            if (!reuse) {
                SearchCorpus.deleteTree(kept);
            }
        }
        Path dir = kept != null ? kept : Files.createTempDirectory("saraban-search-bench");
        try (SearchIndex index = SearchIndex.open(dir)) {
            if (reuse) {
                System.out.printf(Locale.ROOT, "searching the index kept in %s%n", dir);
            } else {
                SearchIndexingBenchmark.index(
                        "synthetic", size, i -> SearchCorpus.asDocument(records, i, true), index);
            }
            for (int round = 0; round < rounds; round++) {
                queries(index, records, size);
            }
        } finally {
            if (kept == null) {
                SearchCorpus.deleteTree(dir);
            }
        }
    }

    /** Query latency, one query at a time, after a warm-up. */
    @SuppressForbidden(reason = "a benchmark prints its figures")
    private static void queries(SearchIndex index, List<SearchCorpus.Record> records, int size) {
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
            long[] wall = new long[n];
            long[] onCpu = new long[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (kinds.get(300 + i).equals(kind)) {
                    wall[k] = nanos[i];
                    onCpu[k++] = cpu[i];
                }
            }
            print(kind, Arrays.copyOf(wall, k));
            print(kind + ", CPU time", Arrays.copyOf(onCpu, k));
        }
    }

    /** One to three Thai words from a title. */
    private static String words(String title, Random random, int minWords) {
        List<String> words =
                ThaiSegmenter.words(title).stream()
                        .filter(SearchQueryBenchmark::isThaiWord)
                        .toList();
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
}
