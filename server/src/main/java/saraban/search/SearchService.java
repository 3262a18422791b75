package saraban.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.storage.Database;
import saraban.storage.FileStore;

/**
 * Saraban's search: the node's Lucene index, kept following the database by a background indexer
 * thread, and queries on it.
 *
 * <pre>{@code
 * SearchService search = SearchService.start(db, files, Path.of("search-index"));
 * SearchResults r = search.search(SearchRequest.of("สส ๐๐๑๗.๒/ว ๕๒๕"));
 * }</pre>
 *
 * <p>At start the index is checked: one built by other code (schema version or analyzer changed),
 * from another database, or missing is rebuilt from the database in the background while the server
 * runs. Documents reach the index through {@link SearchQueue}: a row written in the transaction
 * that changes the document is applied within about a second of its commit, and after a crash or
 * restart the rows not yet in the index are applied again.
 */
public final class SearchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    /** How often the indexer looks for new queue rows. */
    static final long POLL_MILLIS = 200;

    private final Database db;
    private final SearchIndex index;
    private final Indexer indexer;
    private final Thread thread;
    private final Object wake = new Object();
    private volatile boolean running = true;

    /** Set once the index has been checked (and rebuilt if it had to be). */
    private volatile boolean checked;

    private SearchService(Database db, FileStore files, SearchIndex index) {
        this.db = db;
        this.index = index;
        this.indexer = new Indexer(db, new Sources(db.dialect(), files), index);
        this.thread = new Thread(this::follow, "saraban-search-indexer");
        thread.setDaemon(true);
    }

    /** Opens the index in {@code indexDir} and starts following {@code db}'s queue. */
    public static SearchService start(Database db, FileStore files, Path indexDir) {
        return start(db, files, SearchIndex.open(indexDir));
    }

    /** As {@link #start(Database, FileStore, Path)}, on an index already open: for tests. */
    static SearchService start(Database db, FileStore files, SearchIndex index) {
        SearchService service = new SearchService(db, files, index);
        service.thread.start();
        return service;
    }

    /**
     * {@code java -jar saraban-server.jar reindex}: rebuilds the index in {@code indexDir} from
     * {@code db} on two threads, logging progress, and returns when it is committed. Fails if a
     * running server holds the index.
     */
    public static void reindex(Database db, FileStore files, Path indexDir) {
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            new Indexer(db, new Sources(db.dialect(), files), index).rebuild(2);
        }
    }

    /**
     * Finds documents. The request's clearance is part of the query: documents above it are never
     * counted, faceted, suggested from or paged.
     */
    public SearchResults search(SearchRequest request) {
        return index.search(request);
    }

    /**
     * Tells the indexer that a transaction with a queue row just committed, so that it looks now
     * rather than at its next poll. Optional: without it the row is applied within {@value
     * #POLL_MILLIS} ms plus the time to read it.
     */
    public void changed() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /**
     * Waits until every queue row committed before the call is in the index and searchable; returns
     * false if {@code timeout} passes first.
     */
    public boolean awaitCaughtUp(Duration timeout) {
        long last = db.read(SearchQueue::last);
        long deadline = System.nanoTime() + timeout.toNanos();
        changed();
        while (!checked || !indexer.hasApplied(last)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private void follow() {
        try {
            Optional<String> reason = indexer.reasonToRebuild();
            if (reason.isPresent()) {
                LOG.info("The search index will be rebuilt: {}", reason.get());
                indexer.rebuild(1);
            }
        } catch (RuntimeException e) {
            LOG.error("Rebuilding the search index failed; search answers from the old one", e);
        } finally {
            checked = true;
        }
        while (running) {
            int applied = 0;
            try {
                applied = indexer.pass();
            } catch (RuntimeException e) {
                LOG.warn("The search indexer could not apply the queue; trying again", e);
                sleep(TimeUnit.SECONDS.toMillis(5));
            }
            if (applied == 0) {
                sleep(POLL_MILLIS);
            }
        }
    }

    private void sleep(long millis) {
        synchronized (wake) {
            if (!running) {
                return;
            }
            try {
                wake.wait(millis);
            } catch (InterruptedException e) {
                running = false;
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the indexer, commits what it applied, and closes the index. */
    @Override
    public void close() {
        running = false;
        changed();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            indexer.commit();
        } finally {
            index.close();
        }
    }
}
