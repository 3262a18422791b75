package saraban.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.storage.Database;

/**
 * Keeps one node's index following the database's {@code search_queue}: applies the rows after the
 * last one the index reflects, reading each document afresh from its table, and rebuilds the whole
 * index from the tables when asked or when the index is not current.
 *
 * <p>Rows are numbered in the order their transactions <em>started</em> writing, not committed: on
 * PostgreSQL a row numbered 10 may commit after row 11 has been applied, or never (rolled back).
 * Numbers skipped over are remembered as gaps and looked for on every pass for {@link
 * #GAP_WAIT_NANOS}; the position recorded in the index stays below the oldest open gap, so a
 * restart applies those rows again (applying a row twice does no harm).
 *
 * <p>All index writes happen on the caller's thread, one pass at a time ({@code synchronized}).
 */
final class Indexer {
    private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

    /** Longer than any transaction that writes a queue row is expected to stay open. */
    static final long GAP_WAIT_NANOS = TimeUnit.MINUTES.toNanos(10);

    /** Rows read per pass. */
    private static final int BATCH = 500;

    /** Queue rows before the rebuild's start that are applied again after it, to be safe. */
    private static final long REBUILD_OVERLAP = 1_000;

    private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long PRUNE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final Database db;
    private final Sources sources;
    private final SearchIndex index;

    /** Every row up to here is applied or given up. */
    private volatile long position;

    /** The highest row applied. */
    private volatile long highest;

    /** Row numbers skipped over, with when they were first missed (System.nanoTime). */
    private final TreeMap<Long, Long> gaps = new TreeMap<>();

    private boolean dirty;
    private long lastCommit = System.nanoTime();
    private long lastPrune = System.nanoTime();

    Indexer(Database db, Sources sources, SearchIndex index) {
        this.db = db;
        this.sources = sources;
        this.index = index;
        this.position = index.committedQueuePosition();
        this.highest = position;
    }

    /** Why the index must be rebuilt before it can follow the queue, or empty. */
    synchronized Optional<String> reasonToRebuild() {
        if (!index.isCurrent()) {
            return Optional.of(index.staleness());
        }
        long[] ends = db.read(c -> new long[] {SearchQueue.first(c), SearchQueue.last(c)});
        if (position > ends[1]) {
            return Optional.of(
                    "it has seen queue row "
                            + position
                            + " but the database's queue ends at "
                            + ends[1]
                            + ": it was built from another database");
        }
        if (ends[0] > position + 1) {
            return Optional.of(
                    "it has seen queue rows up to "
                            + position
                            + " but the database keeps them only from "
                            + ends[0]);
        }
        return Optional.empty();
    }

    /** Applies queue rows not yet applied; returns how many. */
    synchronized int pass() {
        List<Long> open = new ArrayList<>(gaps.keySet()).subList(0, Math.min(gaps.size(), BATCH));
        long after = highest;
        List<SearchQueue.Entry> rows =
                db.read(
                        c -> {
                            List<SearchQueue.Entry> found =
                                    new ArrayList<>(SearchQueue.among(c, open));
                            found.addAll(SearchQueue.after(c, after, BATCH));
                            return found;
                        });
        long now = System.nanoTime();
        Map<String, Boolean> docIds = new LinkedHashMap<>();
        for (SearchQueue.Entry row : rows) {
            docIds.put(row.docId(), Boolean.TRUE);
            if (row.seq() > highest) {
                for (long missing = highest + 1; missing < row.seq(); missing++) {
                    gaps.put(missing, now);
                }
                highest = row.seq();
            } else {
                gaps.remove(row.seq());
            }
        }
        if (!docIds.isEmpty()) {
            apply(List.copyOf(docIds.keySet()));
            index.refresh();
            dirty = true;
        }
        gaps.values().removeIf(since -> now - since > GAP_WAIT_NANOS);
        position = gaps.isEmpty() ? highest : gaps.firstKey() - 1;
        if (dirty && now - lastCommit > COMMIT_EVERY_NANOS) {
            commit();
        }
        if (now - lastPrune > PRUNE_EVERY_NANOS) {
            lastPrune = now;
            int pruned = db.inTransaction(SearchQueue::prune);
            if (pruned > 0) {
                LOG.info("Pruned {} old rows of the search queue", pruned);
            }
        }
        return rows.size();
    }

    /** Whether every row up to {@code seq} has been applied. */
    boolean hasApplied(long seq) {
        synchronized (this) {
            return highest >= seq && (gaps.isEmpty() || gaps.firstKey() > seq);
        }
    }

    synchronized void commit() {
        index.commit(position);
        dirty = false;
        lastCommit = System.nanoTime();
    }

    /**
     * Replaces the whole index with the documents in the database, reading and analysing them on
     * {@code threads} threads, and logs its progress. Searches see the old index until it is done.
     */
    synchronized void rebuild(int threads) {
        long started = System.nanoTime();
        long queueEnd = db.read(SearchQueue::last);
        List<String> ids = db.read(sources::allIds);
        LOG.info("Rebuilding the search index from the database: {} documents", ids.size());
        index.deleteAll();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        threads,
                        r -> {
                            Thread t = new Thread(r, "saraban-search-rebuild");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            List<Future<?>> work = new ArrayList<>();
            int chunk = 100;
            for (int from = 0; from < ids.size(); from += chunk) {
                List<String> part = ids.subList(from, Math.min(ids.size(), from + chunk));
                work.add(
                        pool.submit(
                                () -> {
                                    index.add(load(part));
                                    done.addAndGet(part.size());
                                }));
            }
            long lastLog = System.nanoTime();
            for (Future<?> f : work) {
                f.get();
                if (System.nanoTime() - lastLog > TimeUnit.SECONDS.toNanos(2)) {
                    lastLog = System.nanoTime();
                    progress(done.get(), ids.size(), started);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the search index", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "rebuilding the search index failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        gaps.clear();
        position = Math.max(0, queueEnd - REBUILD_OVERLAP);
        highest = position;
        commit();
        index.refresh();
        progress(done.get(), ids.size(), started);
    }

    private static void progress(int done, int total, long started) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        LOG.info(
                "Search index: {} of {} documents indexed in {} s ({} a second)",
                done,
                total,
                Math.round(seconds),
                Math.round(done / seconds));
    }

    /** Reads the documents and puts or deletes each in the index. */
    private void apply(List<String> docIds) {
        Map<String, Optional<SearchDocument>> docs = loadAll(docIds);
        docs.forEach(
                (id, doc) -> {
                    if (doc.isPresent()) {
                        index.put(doc.get());
                    } else {
                        index.delete(id);
                    }
                });
    }

    private List<SearchDocument> load(List<String> docIds) {
        return loadAll(docIds).values().stream().flatMap(Optional::stream).toList();
    }

    private Map<String, Optional<SearchDocument>> loadAll(List<String> docIds) {
        return db.read(
                c -> {
                    Map<String, Optional<SearchDocument>> out = new LinkedHashMap<>();
                    for (String id : docIds) {
                        out.put(id, sources.load(c, id));
                    }
                    return out;
                });
    }

    /** For messages: where in the queue the index is. */
    long position() {
        return position;
    }
}
