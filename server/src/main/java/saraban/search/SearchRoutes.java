package saraban.search;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import saraban.Problem;
import saraban.ProblemException;
import saraban.web.Requests;

/**
 * HTTP face of {@link SearchService}: {@code GET /api/search}.
 *
 * <p>Parameters: {@code q} (words, phrases, AND/OR/NOT, reference numbers), and as filters, each
 * repeatable or comma-separated: {@code kind}, {@code direction} (sent, received, published),
 * {@code office}, {@code series}, {@code year} (Buddhist Era; a year before 2400 is taken as Common
 * Era), {@code urgency} (ด่วน, ด่วนมาก, ด่วนที่สุด, ปกติ), {@code secrecy} (ปกติ, ลับ, ลับมาก,
 * ลับที่สุด); {@code from} and {@code to} (ISO dates, inclusive); {@code sort} (relevance, newest,
 * oldest); {@code page} (from 1) and {@code size} (1–100, default 10).
 *
 * <p>Only documents the caller is cleared for are found: the signed-in user's clearance ({@link
 * Requests#clearance}); behind a trusted gateway ({@code SARABAN_TRUST_HEADERS=true}) the one it
 * states in the header {@code X-Saraban-Clearance}: {@code NONE}, {@code CONFIDENTIAL} (ลับ),
 * {@code SECRET} (ลับมาก) or {@code TOP_SECRET} (ลับที่สุด), in any case.
 */
public final class SearchRoutes {
    private final SearchService search;

    public SearchRoutes(SearchService search) {
        this.search = search;
    }

    public void register(Javalin app) {
        app.get("/api/search", this::search);
    }

    private void search(Context ctx) {
        ctx.json(search.search(request(ctx)));
    }

    static SearchRequest request(Context ctx) {
        try {
            return new SearchRequest(
                    ctx.queryParam("q"),
                    values(ctx, "kind", v -> v),
                    values(ctx, "direction", Direction::fromId),
                    values(ctx, "office", v -> v),
                    values(ctx, "series", v -> v),
                    values(ctx, "year", SearchRoutes::year),
                    date(ctx, "from"),
                    date(ctx, "to"),
                    values(ctx, "urgency", SearchRoutes::urgency),
                    values(ctx, "secrecy", SecrecyLevel::parse),
                    order(ctx.queryParam("sort")),
                    integer(ctx, "page", 1),
                    integer(ctx, "size", 10),
                    Requests.clearance(ctx));
        } catch (ProblemException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw invalid(null, e.getMessage());
        }
    }

    private static <T> Set<T> values(Context ctx, String name, Function<String, T> parse) {
        Set<T> out = new LinkedHashSet<>();
        for (String raw : ctx.queryParams(name)) {
            for (String value : raw.split(",")) {
                if (!value.isBlank()) {
                    try {
                        out.add(parse.apply(value.strip()));
                    } catch (IllegalArgumentException e) {
                        throw invalid(name, e.getMessage());
                    }
                }
            }
        }
        return out;
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text);
            return year < 2400 ? year + 543 : year;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("year must be a year like 2562, not " + text);
        }
    }

    private static String urgency(String text) {
        return switch (text.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "ปกติ", "none", "normal" -> IndexSchema.NO_URGENCY;
            case "ด่วน", "urgent" -> "ด่วน";
            case "ด่วนมาก", "very-urgent" -> "ด่วนมาก";
            case "ด่วนที่สุด", "most-urgent" -> "ด่วนที่สุด";
            default ->
                    throw new IllegalArgumentException(
                            "not an urgency: " + text + " (ปกติ, ด่วน, ด่วนมาก, ด่วนที่สุด)");
        };
    }

    private static LocalDate date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, name + " must be a date like 2019-03-29, not " + text);
        }
    }

    private static int integer(Context ctx, String name, int fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, name + " must be a whole number, not " + text);
        }
    }

    private static SearchRequest.Order order(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Order.RELEVANCE;
            case "newest", "date" -> SearchRequest.Order.NEWEST;
            case "oldest" -> SearchRequest.Order.OLDEST;
            default ->
                    throw invalid("sort", "sort must be relevance, newest or oldest, not " + text);
        };
    }

    private static ProblemException invalid(String field, String title) {
        return new ProblemException(
                new Problem(
                        400,
                        "SEARCH_PARAMETER_INVALID",
                        title,
                        field == null
                                ? "เงื่อนไขการค้นหาไม่ถูกต้อง"
                                : "เงื่อนไขการค้นหาในช่อง " + field + " ไม่ถูกต้อง",
                        field));
    }
}
