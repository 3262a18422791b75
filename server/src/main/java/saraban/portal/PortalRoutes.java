package saraban.portal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saraban.ProblemException;
import saraban.forms.FormService;
import saraban.thai.ThaiDigits;
import saraban.web.Downloads;
import saraban.web.Pages;

/**
 * The public portal's pages and downloads, for anyone, without signing in: {@code /portal}, {@code
 * /portal/circulars/{id}}, {@code /portal/forms}, {@code /portal/forms/{id}}, {@code
 * /portal/search}, {@code /portal/feed.atom}, and the files under {@code /portal/files/} and {@code
 * /portal/forms/{id}/versions/}. Clerks' actions are on {@link PortalApiRoutes}.
 */
public final class PortalRoutes {
    /** Bytes under a content address or a version number never change; a day in caches. */
    static final String IMMUTABLE = "public, max-age=86400";

    private final PortalService portal;
    private final Pages pages;
    private final FormService forms;

    /**
     * @param forms the forms a district fills in, offered beside the library as a PDF to print and
     *     as a fillable PDF
     */
    public PortalRoutes(PortalService portal, Pages pages, FormService forms) {
        this.portal = portal;
        this.pages = pages;
        this.forms = forms;
    }

    /**
     * The forms of the system at their current version, with addresses that name the version: they
     * keep giving the same file when the form changes later.
     */
    private List<Map<String, String>> online() {
        List<Map<String, String>> out = new ArrayList<>();
        for (FormService.FormSummary f : forms.forms()) {
            String base = "/api/forms/" + f.id() + "/" + f.current();
            out.add(
                    Map.of(
                            "id",
                            f.id(),
                            "title",
                            f.title(),
                            "formNumber",
                            f.formNumber() == null ? "" : f.formNumber(),
                            "blank",
                            base + "/blank.pdf",
                            "fillable",
                            base + "/fillable.pdf"));
        }
        return out;
    }

    public void register(Javalin app) {
        app.get("/portal", this::index);
        app.get("/portal/circulars/{id}", this::circular);
        app.get("/portal/forms", this::forms);
        app.get(
                "/portal/forms/{id}",
                ctx -> page(ctx, "portal/form", Map.of("doc", portal.document(id(ctx)))));
        app.get("/portal/forms/{id}/latest", this::latest);
        app.get("/portal/forms/{id}/versions/{version}", this::version);
        app.get("/portal/search", this::search);
        app.get("/portal/feed.atom", this::feed);
        app.get("/portal/files/{sha256}/{name}", this::file);
    }

    private void index(Context ctx) {
        Integer year = year(ctx.queryParam("year"));
        String office = blankToNull(ctx.queryParam("office"));
        int page = page(ctx);
        PortalService.Listing listing = portal.circulars(year, office, page);
        Map<String, Object> model = new HashMap<>();
        model.put("listing", listing);
        model.put("total", ThaiDigits.toThai(Long.toString(listing.total())));
        List<Map<String, Object>> years = new ArrayList<>();
        for (int y : listing.years()) {
            years.add(
                    Map.of(
                            "value", Integer.toString(y),
                            "label", ThaiDigits.toThai(Integer.toString(y)),
                            "selected", year != null && year == y));
        }
        model.put("years", years);
        model.put("office", office == null ? "" : office);
        String filters =
                (year == null ? "" : "&year=" + year)
                        + (office == null ? "" : "&office=" + Downloads.pathSegment(office));
        model.put(
                "prev",
                listing.page() > 1 ? "/portal?page=" + (listing.page() - 1) + filters : null);
        model.put(
                "next",
                listing.page() < listing.pages()
                        ? "/portal?page=" + (listing.page() + 1) + filters
                        : null);
        model.put("pageLabel", pageLabel(listing.page(), listing.pages()));
        page(ctx, "portal/index", model);
    }

    private void circular(Context ctx) {
        long id = id(ctx);
        try {
            page(ctx, "portal/circular", Map.of("page", portal.circular(id)));
        } catch (ProblemException e) {
            String accept = ctx.header("Accept");
            boolean browser = accept != null && accept.contains("text/html");
            var gone =
                    e.problem().status() == 410 && browser
                            ? portal.withdrawal(id)
                            : java.util.Optional.<PortalService.Withdrawal>empty();
            if (gone.isEmpty()) {
                throw e;
            }
            ctx.status(410);
            pages.render(ctx, "portal/gone", Map.of("gone", gone.get(), "problem", e.problem()));
        }
    }

    private void forms(Context ctx) {
        String categoryText = blankToNull(ctx.queryParam("category"));
        Category category;
        try {
            category = categoryText == null ? null : Category.parse(categoryText);
        } catch (IllegalArgumentException e) {
            throw PortalProblems.badQuery(e.getMessage(), "ไม่รู้จักประเภทเอกสารนี้", "category");
        }
        String office = blankToNull(ctx.queryParam("office"));
        List<Views.Document> docs = portal.library(category, office);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Category c : Category.values()) {
            List<Views.Document> of =
                    docs.stream().filter(d -> d.category().equals(c.id())).toList();
            if (!of.isEmpty()) {
                groups.add(Map.of("id", c.id(), "label", c.thai(), "docs", of));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("groups", groups);
        model.put(
                "onlineForms",
                category == null || category == Category.FORM ? online() : List.of());
        model.put("category", category == null ? "" : category.id());
        model.put("categories", Category.values());
        model.put("office", office == null ? "" : office);
        model.put("offices", portal.circulars(null, null, 1).offices());
        page(ctx, "portal/forms", model);
    }

    private void latest(Context ctx) {
        PortalService.Download d = portal.version(id(ctx), 0);
        ctx.header("Cache-Control", "no-cache");
        ctx.redirect(
                "/portal/files/" + d.sha256() + "/" + Downloads.pathSegment(d.fileName()),
                io.javalin.http.HttpStatus.FOUND);
    }

    private void version(Context ctx) {
        int version;
        try {
            version = Integer.parseInt(ctx.pathParam("version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (version < 1) {
            throw PortalProblems.notFound(ctx.path());
        }
        send(ctx, portal.version(id(ctx), version));
    }

    private void file(Context ctx) {
        send(ctx, portal.file(ctx.pathParam("sha256"), ctx.pathParam("name")));
    }

    private void send(Context ctx, PortalService.Download d) {
        Downloads.send(
                ctx,
                d.fileName(),
                d.mediaType(),
                d.size(),
                d.sha256(),
                IMMUTABLE,
                () -> portal.open(d));
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q.strip());
        if (q != null && !q.isBlank()) {
            PublicSearch.Found found = portal.search(q, page(ctx));
            model.put("found", found);
            model.put("total", ThaiDigits.toThai(Long.toString(found.total())));
            String query = "/portal/search?q=" + Downloads.pathSegment(found.query());
            model.put("prev", found.page() > 1 ? query + "&page=" + (found.page() - 1) : null);
            model.put(
                    "next",
                    found.page() < found.pages() ? query + "&page=" + (found.page() + 1) : null);
            model.put("pageLabel", pageLabel(found.page(), found.pages()));
        }
        page(ctx, "portal/search", model);
    }

    private void feed(Context ctx) {
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.contentType(AtomFeed.TYPE);
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.result(AtomFeed.write(base, portal.feed(50)).getBytes(StandardCharsets.UTF_8));
    }

    private void page(Context ctx, String template, Map<String, ?> model) {
        pages.render(ctx, template, model);
    }

    private static String pageLabel(int page, int pages) {
        return "หน้า "
                + ThaiDigits.toThai(Integer.toString(page))
                + " จาก "
                + ThaiDigits.toThai(Integer.toString(pages));
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw PortalProblems.notFound(ctx.path());
        }
    }

    private static int page(Context ctx) {
        String text = ctx.queryParam("page");
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(ThaiDigits.toArabic(text.strip()));
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw PortalProblems.badQuery(
                "page must be a number of 1 or more, not " + text, "เลขหน้าไม่ถูกต้อง", "page");
    }

    /** A Buddhist-Era year, in either digits; blank for every year. */
    static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(ThaiDigits.toArabic(text.strip()));
            if (year >= 2400 && year <= 2800) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw PortalProblems.badQuery(
                "year must be a Buddhist-Era year such as 2562, not " + text,
                "ปีต้องเป็นปีพุทธศักราช เช่น ๒๕๖๒",
                "year");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
