package saraban.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of one node: documents in, searches out. It records in each commit the schema
 * version, the analyzer's identity and how far into the database's queue it has got; {@link
 * #isCurrent()} tells whether it was built by this code, or must be rebuilt.
 *
 * <p>Writes and searches may come from many threads. Changes become visible to searches at {@link
 * #refresh()} and durable at {@link #commit(long)}.
 */
public final class SearchIndex implements AutoCloseable {
    static final String SCHEMA_KEY = "saraban.schema";
    static final String ANALYZER_KEY = "saraban.analyzer";
    static final String QUEUE_KEY = "saraban.queue";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String analyzer = Analysis.identity();
    private final Map<String, String> committed;
    private final Searcher searcher;

    private SearchIndex(Directory directory, String where) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(Analysis.INDEX);
        config.setRAMBufferSizeMB(64);
        ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
        // Two cores, shared with the server's other work: one merge at a time.
        merges.setMaxMergesAndThreads(2, 1);
        config.setMergeScheduler(merges);
        config.setCommitOnClose(false);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IllegalStateException(
                    "the search index in "
                            + where
                            + " is in use by another Saraban process; stop it first, or give"
                            + " this one its own SARABAN_SEARCH_INDEX",
                    e);
        }
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        this.committed = Map.copyOf(data);
        this.searchers = new SearcherManager(writer, null);
        this.searcher = new Searcher(this);
    }

    /** Opens (or creates) the index in {@code dir}. */
    public static SearchIndex open(Path dir) {
        try {
            return new SearchIndex(FSDirectory.open(dir), dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    /** An index in memory: for tests. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), "memory");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the last commit was made with this schema version and analyzer; a new or foreign
     * index is not current.
     */
    public boolean isCurrent() {
        return Integer.toString(IndexSchema.VERSION).equals(committed.get(SCHEMA_KEY))
                && analyzer.equals(committed.get(ANALYZER_KEY));
    }

    /** Why the index is not current, for the log. */
    String staleness() {
        if (committed.isEmpty()) {
            return "there is no index yet";
        }
        if (!Integer.toString(IndexSchema.VERSION).equals(committed.get(SCHEMA_KEY))) {
            return "its schema is version "
                    + committed.get(SCHEMA_KEY)
                    + ", this build's is "
                    + IndexSchema.VERSION;
        }
        return "its analyzer is " + committed.get(ANALYZER_KEY) + ", this build's is " + analyzer;
    }

    /** The last queue row the committed index reflects; 0 for a new index. */
    long committedQueuePosition() {
        return Long.parseLong(committed.getOrDefault(QUEUE_KEY, "0"));
    }

    /** Adds the document, or replaces the one with its id. */
    public void put(SearchDocument document) {
        try {
            writer.updateDocument(
                    new Term(IndexSchema.ID, document.id()), IndexSchema.toLucene(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds documents known to be new (a rebuild): faster than {@link #put}. */
    public void add(List<SearchDocument> documents) {
        try {
            writer.addDocuments(documents.stream().map(IndexSchema::toLucene).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the document with this id, if there is one. */
    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(IndexSchema.ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every document: the start of a rebuild, which a commit makes final. */
    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes changes so far visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes changes so far durable, recording this build's schema and analyzer and that the index
     * reflects the queue up to row {@code queuePosition}.
     */
    public void commit(long queuePosition) {
        Map<String, String> data =
                Map.of(
                        SCHEMA_KEY,
                        Integer.toString(IndexSchema.VERSION),
                        ANALYZER_KEY,
                        analyzer,
                        QUEUE_KEY,
                        Long.toString(queuePosition));
        writer.setLiveCommitData(data.entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Searches the documents visible since the last {@link #refresh()}. */
    public SearchResults search(SearchRequest request) {
        return searcher.search(request);
    }

    /** How many documents searches see. */
    public int size() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reader behind a searcher, for per-reader caches. */
    static DirectoryReader reader(IndexSearcher s) {
        return (DirectoryReader) s.getIndexReader();
    }

    /** Closes without committing: what was not committed is applied again from the queue. */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                directory.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}
