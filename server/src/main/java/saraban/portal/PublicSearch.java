package saraban.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import saraban.search.Direction;
import saraban.search.SearchRequest;
import saraban.search.SearchResults;
import saraban.search.SearchService;
import saraban.search.SecrecyLevel;

/** The portal's search: over documents indexed as published, without clearance. */
final class PublicSearch {
    private final SearchService search;
    private final UnaryOperator<String> officeName;

    PublicSearch(SearchService search, UnaryOperator<String> officeName) {
        this.search = search;
        this.officeName = officeName;
    }

    /** One page of search answers over public documents. */
    public record Found(
            String query,
            long total,
            int page,
            int pages,
            List<Views.Hit> hits,
            String didYouMean) {}

    /**
     * Searches what is published, and only that: the search asks for documents published on the
     * portal ({@link Direction#PUBLISHED}) without clearance, so nothing else is counted or shown.
     *
     * @throws saraban.ProblemException {@code QUERY_INVALID} for a query over 200 characters
     */
    public Found search(String query, int page) {
        String q = query == null ? "" : query.strip();
        if (q.length() > 200) {
            throw PortalProblems.badQuery(
                    "the query must be at most 200 characters",
                    "คำค้นยาวเกินไป (ไม่เกิน ๒๐๐ ตัวอักษร)",
                    "q");
        }
        int size = 20;
        int p = Math.max(1, Math.min(page, SearchRequest.MAX_DEPTH / size));
        SearchRequest request =
                new SearchRequest(
                        q,
                        Set.of(),
                        Set.of(Direction.PUBLISHED),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        Set.of(),
                        Set.of(),
                        null,
                        p,
                        size,
                        SecrecyLevel.NONE);
        SearchResults r = search.search(request);
        List<Views.Hit> hits = new ArrayList<>();
        for (SearchResults.Hit h : r.hits()) {
            String[] id = h.id().split(":");
            boolean letter = id[0].equals("public");
            hits.add(
                    new Views.Hit(
                            (letter ? "/portal/circulars/" : "/portal/forms/") + id[1],
                            h.subject(),
                            Views.thaiNumber(h.referenceNumber()),
                            Views.thaiDate(h.date()),
                            h.snippet(),
                            letter
                                    ? Views.kindLabel(h.kind(), h.referenceNumber())
                                    : Category.parse(h.kind()).thai(),
                            officeName.apply(h.office())));
        }
        int pages = (int) Math.max(1, (r.total() + size - 1) / size);
        return new Found(q, r.total(), p, pages, hits, r.didYouMean());
    }
}
