package saraban.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What someone looks for: the words ({@code q}), filters, order, page, and the clearance of the
 * person asking. Empty filter sets filter nothing; several values of one filter are alternatives.
 *
 * @param query words, phrases in quotes, AND / OR / NOT, {@code -word}; reference numbers in any
 *     written form; blank lists everything the filters let through, newest first
 * @param from first date, inclusive, or {@code null}
 * @param to last date, inclusive, or {@code null}
 * @param years Buddhist-Era years
 * @param urgencies ชั้นความเร็ว in Thai, {@code ปกติ} for none
 * @param page from 1
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param clearance the highest secrecy level the person may see; others are never found
 */
public record SearchRequest(
        String query,
        Set<String> kinds,
        Set<Direction> directions,
        Set<String> offices,
        Set<String> series,
        Set<Integer> years,
        LocalDate from,
        LocalDate to,
        Set<String> urgencies,
        Set<SecrecyLevel> secrecies,
        Order order,
        int page,
        int size,
        SecrecyLevel clearance) {

    public static final int MAX_SIZE = 100;

    /** How deep paging may go: page × size. */
    public static final int MAX_DEPTH = 10_000;

    /** The order of hits. */
    public enum Order {
        /** Best match first (the default with words), newest first among equals. */
        RELEVANCE,
        /** Newest first (the default without words). */
        NEWEST,
        OLDEST
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        directions = Set.copyOf(Objects.requireNonNull(directions, "directions"));
        offices = Set.copyOf(Objects.requireNonNull(offices, "offices"));
        series = Set.copyOf(Objects.requireNonNull(series, "series"));
        years = Set.copyOf(Objects.requireNonNull(years, "years"));
        urgencies = Set.copyOf(Objects.requireNonNull(urgencies, "urgencies"));
        secrecies = Set.copyOf(Objects.requireNonNull(secrecies, "secrecies"));
        if (order == null) {
            order = query.isEmpty() ? Order.NEWEST : Order.RELEVANCE;
        }
        Objects.requireNonNull(clearance, "clearance");
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
        }
        if ((long) page * size > MAX_DEPTH) {
            throw new IllegalArgumentException(
                    "page × size must be at most "
                            + MAX_DEPTH
                            + ": page "
                            + page
                            + ", size "
                            + size);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to: " + from + " > " + to);
        }
        if (query.length() > 1000) {
            throw new IllegalArgumentException("query must be at most 1000 characters");
        }
    }

    /** The first page of ten for {@code query}, no filters, by someone without clearance. */
    public static SearchRequest of(String query) {
        return new SearchRequest(
                query,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                1,
                10,
                SecrecyLevel.NONE);
    }

    public SearchRequest withClearance(SecrecyLevel newClearance) {
        return new SearchRequest(
                query,
                kinds,
                directions,
                offices,
                series,
                years,
                from,
                to,
                urgencies,
                secrecies,
                order,
                page,
                size,
                newClearance);
    }

    public SearchRequest withPage(int newPage, int newSize) {
        return new SearchRequest(
                query,
                kinds,
                directions,
                offices,
                series,
                years,
                from,
                to,
                urgencies,
                secrecies,
                order,
                newPage,
                newSize,
                clearance);
    }

    public SearchRequest withOrder(Order newOrder) {
        return new SearchRequest(
                query,
                kinds,
                directions,
                offices,
                series,
                years,
                from,
                to,
                urgencies,
                secrecies,
                newOrder,
                page,
                size,
                clearance);
    }
}
