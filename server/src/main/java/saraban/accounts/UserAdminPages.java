package saraban.accounts;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import saraban.ProblemException;
import saraban.search.SecrecyLevel;
import saraban.web.Pages;
import saraban.web.Requests;

/**
 * The administration pages: {@code /admin} (the sections), and {@code /admin/users}: the users, a
 * form to add one, and for each their roles, offices, clearance, disabling, a password reset and
 * API tokens. A one-time password or a token is shown once, on the page that answers the form that
 * made it, and never again.
 */
public final class UserAdminPages {
    private final AccountService accounts;
    private final Pages pages;
    private final Supplier<List<Map<String, String>>> offices;

    /**
     * @param offices the offices a user may be given: {@code id} and {@code name}
     */
    public UserAdminPages(
            AccountService accounts, Pages pages, Supplier<List<Map<String, String>>> offices) {
        this.accounts = accounts;
        this.pages = pages;
        this.offices = offices;
    }

    public void register(Javalin app) {
        app.get(
                "/admin",
                ctx ->
                        pages.render(
                                ctx,
                                "admin/index",
                                Map.of(
                                        "userCount", accounts.users().size(),
                                        "officeCount", offices.get().size(),
                                        "section", "")));
        app.get("/admin/users", this::list);
        app.get("/admin/users/new", ctx -> form(ctx, null, Map.of()));
        app.post("/admin/users", this::create);
        app.get(
                "/admin/users/{username}",
                ctx -> form(ctx, accounts.user(username(ctx)), Map.of()));
        app.post("/admin/users/{username}", this::update);
        app.post("/admin/users/{username}/password", this::reset);
        app.post("/admin/users/{username}/tokens", this::issueToken);
        app.post("/admin/tokens/{id}/revoke", this::revoke);
    }

    private void list(Context ctx) {
        pages.render(
                ctx,
                "admin/users",
                Map.of(
                        "users",
                        accounts.users(),
                        "section",
                        "users",
                        "saved",
                        ctx.queryParam("saved") == null ? "" : ctx.queryParam("saved")));
    }

    private void form(Context ctx, User edited, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("edited", edited);
        model.put("offices", offices.get());
        model.put("roles", Role.values());
        model.put("levels", SecrecyLevel.values());
        model.put("tokens", edited == null ? List.of() : accounts.tokens(edited.username()));
        model.put("section", "users");
        if (!model.containsKey("form")) {
            model.put("form", edited == null ? blank() : values(edited));
        }
        pages.render(ctx, "admin/user", model);
    }

    private void create(Context ctx) {
        try {
            AccountService.WithPassword created =
                    accounts.create(request(ctx, null), Requests.actor(ctx));
            once(ctx, created.user(), "password", created.oneTimePassword());
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            form(ctx, null, Map.of("problem", e.problem(), "form", typed(ctx)));
        }
    }

    private void update(Context ctx) {
        User edited = accounts.user(username(ctx));
        try {
            accounts.update(
                    edited.username(), request(ctx, edited.username()), Requests.actor(ctx));
            ctx.redirect("/admin/users?saved=" + edited.username(), HttpStatus.SEE_OTHER);
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            form(ctx, edited, Map.of("problem", e.problem(), "form", typed(ctx)));
        }
    }

    private void reset(Context ctx) {
        AccountService.WithPassword reset =
                accounts.resetPassword(username(ctx), Requests.actor(ctx));
        once(ctx, reset.user(), "password", reset.oneTimePassword());
    }

    private void issueToken(Context ctx) {
        String name = ctx.formParam("name");
        try {
            ApiToken.IssuedToken issued =
                    accounts.issueToken(username(ctx), name, Requests.actor(ctx));
            once(ctx, accounts.user(username(ctx)), "token", issued.token());
        } catch (ProblemException e) {
            ctx.status(e.problem().status());
            form(ctx, accounts.user(username(ctx)), Map.of("problem", e.problem()));
        }
    }

    private void revoke(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw AccountProblems.tokenNotFound(-1);
        }
        accounts.revokeToken(id, Requests.actor(ctx));
        String back = ctx.formParam("username");
        ctx.redirect(
                back == null
                        ? "/admin/users"
                        : "/admin/users/"
                                + java.net.URLEncoder.encode(
                                        UserRequest.lower(back),
                                        java.nio.charset.StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }

    /** The page that shows a new password or token, the only time it is shown. */
    private void once(Context ctx, User user, String what, String secret) {
        pages.render(
                ctx,
                "admin/once",
                Map.of("edited", user, "what", what, "secret", secret, "section", "users"));
    }

    private static UserRequest request(Context ctx, String username) {
        return new UserRequest(
                username != null ? username : ctx.formParam("username"),
                ctx.formParam("displayName"),
                ctx.formParams("roles"),
                ctx.formParams("offices"),
                ctx.formParam("clearance"),
                "true".equals(ctx.formParam("disabled")));
    }

    private static Map<String, Object> values(User u) {
        Map<String, Object> form = new HashMap<>();
        form.put("username", u.username());
        form.put("displayName", u.displayName());
        form.put("roles", u.roles().stream().map(Role::name).toList());
        form.put("offices", List.copyOf(u.offices()));
        form.put("clearance", u.clearance().name());
        form.put("disabled", u.disabled());
        return form;
    }

    private static Map<String, Object> typed(Context ctx) {
        Map<String, Object> form = new HashMap<>();
        form.put("username", ctx.formParam("username"));
        form.put("displayName", ctx.formParam("displayName"));
        form.put("roles", ctx.formParams("roles"));
        form.put("offices", ctx.formParams("offices"));
        form.put("clearance", ctx.formParam("clearance"));
        form.put("disabled", "true".equals(ctx.formParam("disabled")));
        return form;
    }

    private static Map<String, Object> blank() {
        Map<String, Object> form = new HashMap<>();
        form.put("roles", List.of("STAFF"));
        form.put("offices", List.of());
        form.put("clearance", "NONE");
        form.put("disabled", false);
        return form;
    }

    private static String username(Context ctx) {
        return ctx.pathParam("username");
    }
}
