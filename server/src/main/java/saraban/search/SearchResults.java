package saraban.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of answers: the JSON of {@code GET /api/search}.
 *
 * @param total how many documents match in all (the person's clearance applied)
 * @param hits this page's documents, best or newest first
 * @param facets per filter, how many of the matching documents have each value, most first
 * @param didYouMean a query from the index's own words that finds something, when this one found
 *     nothing; else {@code null}
 */
public record SearchResults(
        long total,
        int page,
        int size,
        List<Hit> hits,
        Map<String, List<FacetCount>> facets,
        @JsonInclude(JsonInclude.Include.NON_NULL) String didYouMean) {

    /**
     * One document found.
     *
     * @param snippet a passage of its text cut at word boundaries, matches in {@code <mark>}, HTML
     *     escaped
     */
    public record Hit(
            String id,
            String kind,
            Direction direction,
            String office,
            String referenceNumber,
            String subject,
            LocalDate date,
            String urgency,
            SecrecyLevel secrecy,
            String snippet) {}

    /** A value of a facet and how many matching documents have it. */
    public record FacetCount(String value, long count) {}
}
