package saraban.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Runs a {@link SearchRequest} on the index: hits, snippets, facets and "did you mean". */
final class Searcher {
    /** About how long a snippet is, in characters; it is cut at word boundaries. */
    static final int SNIPPET_LENGTH = 160;

    /**
     * How much of a long text the snippet is chosen from; a match further on still finds the
     * document, but a 300-page law is not read for its snippet.
     */
    static final int HIGHLIGHT_CHARS = 10_000;

    private static final Sort NEWEST =
            new Sort(
                    new SortField(IndexSchema.DATE, SortField.Type.LONG, true),
                    SortField.FIELD_DOC);
    private static final Sort OLDEST =
            new Sort(
                    new SortField(IndexSchema.DATE, SortField.Type.LONG, false),
                    SortField.FIELD_DOC);
    private static final Sort RELEVANCE =
            new Sort(
                    SortField.FIELD_SCORE,
                    new SortField(IndexSchema.DATE, SortField.Type.LONG, true));

    private static final Set<String> STORED =
            Set.of(
                    IndexSchema.ID,
                    IndexSchema.KIND,
                    IndexSchema.DIRECTION,
                    IndexSchema.OFFICE,
                    IndexSchema.REFERENCE_NUMBER,
                    IndexSchema.SUBJECT,
                    IndexSchema.DATE,
                    IndexSchema.URGENCY,
                    IndexSchema.SECRECY);

    private final SearchIndex index;
    private final QueryMaker queries = new QueryMaker();
    private final Suggester suggester;

    /** Facet ordinals of the reader last searched; rebuilt when the index is refreshed. */
    private volatile SortedSetDocValuesReaderState facetState;

    Searcher(SearchIndex index) {
        this.index = index;
        this.suggester = new Suggester(queries);
    }

    SearchResults search(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            return search(searcher, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Query query = queries.build(request);
        int depth = request.page() * request.size();
        FacetsCollectorManager.FacetsResult result =
                FacetsCollectorManager.search(
                        searcher, query, depth, sort(request), false, new FacetsCollectorManager());
        long total = total(result.facetsCollector());
        ScoreDoc[] all = result.topDocs().scoreDocs;
        int from = Math.min(all.length, (request.page() - 1) * request.size());
        ScoreDoc[] page = Arrays.copyOfRange(all, from, all.length);
        TopDocs pageDocs = new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), page);
        String[] snippets =
                page.length == 0
                        ? new String[0]
                        : highlighter(searcher).highlight(IndexSchema.TEXT, query, pageDocs, 1);
        List<SearchResults.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(searcher.storedFields().document(page[i].doc, STORED), snippets[i]));
        }
        Map<String, List<SearchResults.FacetCount>> facets =
                total == 0 ? emptyFacets() : facets(searcher, result.facetsCollector());
        String didYouMean = total == 0 ? suggester.suggest(searcher, request) : null;
        return new SearchResults(total, request.page(), request.size(), hits, facets, didYouMean);
    }

    /** How many documents {@code request} finds, without fetching any. */
    static long count(IndexSearcher searcher, Query query) throws IOException {
        return searcher.count(query);
    }

    QueryMaker queries() {
        return queries;
    }

    private static Sort sort(SearchRequest request) {
        return switch (request.order()) {
            case RELEVANCE -> RELEVANCE;
            case NEWEST -> NEWEST;
            case OLDEST -> OLDEST;
        };
    }

    private static long total(FacetsCollector collector) {
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
            total += docs.totalHits;
        }
        return total;
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, Analysis.INDEX)
                .withBreakIterator(
                        () ->
                                LengthGoalBreakIterator.createClosestToLength(
                                        new ThaiWordBreaks(), SNIPPET_LENGTH, 0.5f))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(HIGHLIGHT_CHARS)
                .build();
    }

    private static SearchResults.Hit hit(Document d, String snippet) {
        return new SearchResults.Hit(
                d.get(IndexSchema.ID),
                d.get(IndexSchema.KIND),
                Direction.fromId(d.get(IndexSchema.DIRECTION)),
                d.get(IndexSchema.OFFICE),
                d.get(IndexSchema.REFERENCE_NUMBER),
                d.get(IndexSchema.SUBJECT),
                IndexSchema.date(d),
                IndexSchema.NO_URGENCY.equals(d.get(IndexSchema.URGENCY))
                        ? null
                        : d.get(IndexSchema.URGENCY),
                SecrecyLevel.parse(d.get(IndexSchema.SECRECY)),
                snippet == null ? "" : snippet.replace('\n', ' '));
    }

    private Map<String, List<SearchResults.FacetCount>> facets(
            IndexSearcher searcher, FacetsCollector collector) throws IOException {
        Facets counts = new SortedSetDocValuesFacetCounts(facetState(searcher), collector);
        Map<String, List<SearchResults.FacetCount>> out = emptyFacets();
        for (String dim : IndexSchema.FACETS) {
            FacetResult result;
            try {
                result = counts.getTopChildren(50, dim);
            } catch (IllegalArgumentException e) {
                continue; // no document has this dimension yet
            }
            if (result == null) {
                continue;
            }
            List<SearchResults.FacetCount> values = new ArrayList<>();
            for (LabelAndValue lv : result.labelValues) {
                values.add(new SearchResults.FacetCount(lv.label, lv.value.longValue()));
            }
            out.put(dim, values);
        }
        return out;
    }

    private static Map<String, List<SearchResults.FacetCount>> emptyFacets() {
        Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
        for (String dim : IndexSchema.FACETS) {
            out.put(dim, List.of());
        }
        return out;
    }

    private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        SortedSetDocValuesReaderState state = facetState;
        if (state == null || state.getReader() != reader) {
            state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.FACETS_CONFIG);
            facetState = state;
        }
        return state;
    }
}
