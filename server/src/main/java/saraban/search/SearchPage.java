package saraban.search;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import saraban.ProblemException;
import saraban.thai.ThaiDigits;
import saraban.web.Pages;

/**
 * {@code GET /search}: the search page. The same parameters as {@code GET /api/search} (read by
 * {@link SearchRoutes#request}, so the person's clearance is part of the query, never a filter
 * after paging), shown as a form, facet counts as links that add or remove a filter, highlighted
 * snippets ({@link SafeSnippet}: only {@code <mark>} reaches the page as a tag), sort, pages and
 * "did you mean".
 */
public final class SearchPage {
    /** The filters the page shows as facets, with their Thai headings, in this order. */
    static final Map<String, String> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put("direction", "ประเภท");
        FACETS.put("kind", "ชนิดหนังสือ");
        FACETS.put("year", "ปี พ.ศ.");
        FACETS.put("office", "หน่วยงาน");
        FACETS.put("urgency", "ชั้นความเร็ว");
        FACETS.put("secrecy", "ชั้นความลับ");
    }

    static final Map<String, String> KINDS =
            Map.of(
                    "external", "หนังสือภายนอก",
                    "memo", "บันทึกข้อความ",
                    "stamped", "หนังสือประทับตรา",
                    "order", "คำสั่ง",
                    "announcement", "ประกาศ",
                    "incoming", "หนังสือรับ");

    static final Map<String, String> DIRECTIONS =
            Map.of("sent", "หนังสือส่ง", "received", "หนังสือรับ", "published", "เผยแพร่");

    private final SearchService search;
    private final Pages pages;
    private final Function<String, String> officeName;
    private final Supplier<List<Map<String, String>>> officeChoices;

    /**
     * @param officeName an office's Thai name by its id (the id itself when unknown)
     * @param officeChoices the offices to offer in the filter: {@code id} and {@code name}
     */
    public SearchPage(
            SearchService search,
            Pages pages,
            Function<String, String> officeName,
            Supplier<List<Map<String, String>>> officeChoices) {
        this.search = search;
        this.pages = pages;
        this.officeName = officeName;
        this.officeChoices = officeChoices;
    }

    public void register(Javalin app) {
        app.get("/search", this::page);
    }

    private void page(Context ctx) {
        Map<String, List<String>> params = params(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("q", first(params, "q"));
        model.put("p", flat(params));
        model.put("offices", officeChoices.get());
        model.put("kinds", KINDS);
        boolean asked =
                params.keySet().stream().anyMatch(k -> !k.equals("page") && !k.equals("sort"));
        if (asked) {
            try {
                SearchResults results = search.search(SearchRoutes.request(ctx));
                model.put("results", results);
                model.put("hits", results.hits().stream().map(this::hit).toList());
                model.put("facets", facets(results, params));
                int pagesCount =
                        (int)
                                Math.min(
                                        (results.total() + results.size() - 1) / results.size(),
                                        SearchRequest.MAX_DEPTH / results.size());
                model.put("pages", pagesCount);
                if (results.page() > 1) {
                    model.put(
                            "prev",
                            link(params, "page", List.of(Integer.toString(results.page() - 1))));
                }
                if (results.page() < pagesCount) {
                    model.put(
                            "next",
                            link(params, "page", List.of(Integer.toString(results.page() + 1))));
                }
                if (results.didYouMean() != null) {
                    model.put("didYouMeanHref", link(Map.of(), "q", List.of(results.didYouMean())));
                }
            } catch (ProblemException e) {
                ctx.status(e.problem().status());
                model.put("problem", e.problem());
            }
        }
        pages.render(ctx, "search", model);
    }

    private Map<String, Object> hit(SearchResults.Hit h) {
        Map<String, Object> m = new HashMap<>();
        String[] id = h.id().split(":", 2);
        m.put("href", (id[0].equals("incoming") ? "/incoming/" : "/letters/") + id[1]);
        m.put(
                "subject",
                h.subject() == null || h.subject().isBlank() ? "(ไม่มีเรื่อง)" : h.subject());
        m.put("referenceNumber", h.referenceNumber());
        m.put("date", h.date());
        String direction = h.direction() == null ? "" : DIRECTIONS.get(h.direction().id());
        String kind = KINDS.getOrDefault(h.kind(), h.kind());
        m.put("kind", kind.equals(direction) ? kind : direction + " · " + kind);
        m.put("office", h.office() == null ? "" : officeName.apply(h.office()));
        m.put("urgency", h.urgency());
        m.put(
                "secrecy",
                h.secrecy() == null || h.secrecy() == SecrecyLevel.NONE
                        ? null
                        : h.secrecy().thai());
        m.put("snippet", SafeSnippet.html(h.snippet()));
        return m;
    }

    /** Each facet with its values as links: a value not chosen adds it, a chosen one removes it. */
    private List<Map<String, Object>> facets(
            SearchResults results, Map<String, List<String>> params) {
        List<Map<String, Object>> out = new ArrayList<>();
        FACETS.forEach(
                (key, heading) -> {
                    List<SearchResults.FacetCount> counts = results.facets().get(key);
                    if (counts == null || counts.isEmpty()) {
                        return;
                    }
                    List<String> chosen = params.getOrDefault(key, List.of());
                    List<Map<String, Object>> values = new ArrayList<>();
                    for (SearchResults.FacetCount c : counts) {
                        boolean on = chosen.contains(c.value());
                        List<String> next = new ArrayList<>(chosen);
                        if (on) {
                            next.remove(c.value());
                        } else {
                            next.add(c.value());
                        }
                        Map<String, Object> v = new HashMap<>();
                        v.put("label", label(key, c.value()));
                        v.put("count", ThaiDigits.toThai(Long.toString(c.count())));
                        v.put("on", on);
                        v.put("href", link(without(params, "page"), key, next));
                        values.add(v);
                    }
                    out.add(Map.of("key", key, "heading", heading, "items", values));
                });
        return out;
    }

    private String label(String key, String value) {
        return switch (key) {
            case "kind" -> KINDS.getOrDefault(value, value);
            case "direction" -> DIRECTIONS.getOrDefault(value, value);
            case "office" -> officeName.apply(value);
            case "year" -> ThaiDigits.toThai(value);
            default -> value;
        };
    }

    /** The query's parameters, blank ones left out, each list as given. */
    private static Map<String, List<String>> params(Context ctx) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        ctx.queryParamMap()
                .forEach(
                        (k, vs) -> {
                            List<String> kept =
                                    vs.stream().filter(v -> v != null && !v.isBlank()).toList();
                            if (!kept.isEmpty()) {
                                out.put(k, kept);
                            }
                        });
        return out;
    }

    /** The first value of each parameter, for the form's fields. */
    private static Map<String, String> flat(Map<String, List<String>> params) {
        Map<String, String> out = new HashMap<>();
        params.forEach((k, v) -> out.put(k, v.get(0)));
        return out;
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null ? "" : v.get(0);
    }

    private static Map<String, List<String>> without(Map<String, List<String>> params, String key) {
        Map<String, List<String>> out = new LinkedHashMap<>(params);
        out.remove(key);
        return out;
    }

    /** {@code /search?…} with {@code key} set to {@code values} (none: removed). */
    static String link(Map<String, List<String>> params, String key, List<String> values) {
        Map<String, List<String>> all = new LinkedHashMap<>(params);
        all.remove(key);
        if (!values.isEmpty()) {
            all.put(key, values);
        }
        StringBuilder out = new StringBuilder("/search");
        char sep = '?';
        for (Map.Entry<String, List<String>> e : all.entrySet()) {
            for (String v : e.getValue()) {
                out.append(sep)
                        .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return out.toString();
    }
}
