package saraban.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import saraban.Problem;
import saraban.ProblemException;
import saraban.Settings;
import saraban.accounts.AccountService;
import saraban.accounts.User;

/**
 * The pages of signing in ({@code /signin}), out ({@code /signout}) and of changing one's password
 * ({@code /password}); a user with a one-time password is sent to the last until they change it.
 */
public final class SigninRoutes {
    private final AccountService accounts;
    private final Pages pages;
    private final Settings.Security security;

    public SigninRoutes(AccountService accounts, Pages pages, Settings.Security security) {
        this.accounts = accounts;
        this.pages = pages;
        this.security = security;
    }

    public void register(Javalin app) {
        app.get("/signin", this::signinPage);
        app.post("/signin", this::signin);
        app.post("/signout", this::signout);
        app.get("/password", ctx -> passwordPage(ctx, null, 200));
        app.post("/password", this::changePassword);
    }

    private void signinPage(Context ctx) {
        String next = safeNext(ctx.queryParam("next"));
        if (Requests.user(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("next", next);
        model.put("username", "");
        pages.render(ctx, "signin", model);
    }

    private void signin(Context ctx) {
        checkSameOrigin(ctx);
        String username = ctx.formParam("username");
        String next = safeNext(ctx.formParam("next"));
        try {
            AccountService.NewSession s =
                    accounts.signIn(username, ctx.formParam("password"), ctx.ip());
            SessionCookie.set(
                    ctx, s.cookie(), security.secureCookies(), security.sessionMax().toSeconds());
            User user = s.session().user();
            String target =
                    user.mustChangePassword()
                            ? "/password?next="
                                    + java.net.URLEncoder.encode(
                                            next, java.nio.charset.StandardCharsets.UTF_8)
                            : next;
            if (Pages.wantsPage(ctx)) {
                ctx.redirect(target, HttpStatus.SEE_OTHER);
            } else {
                ctx.json(Map.of("username", user.username(), "next", target));
            }
        } catch (ProblemException e) {
            Problem p = e.problem();
            if (p.status() == 429) {
                ctx.header("Retry-After", "60");
            }
            if (!Pages.wantsPage(ctx)) {
                throw e;
            }
            ctx.status(p.status());
            Map<String, Object> model = new HashMap<>();
            model.put("next", next);
            model.put("username", username == null ? "" : username);
            model.put("problem", p);
            pages.render(ctx, "signin", model);
        }
    }

    private void signout(Context ctx) {
        accounts.signOut(SessionCookie.read(ctx));
        SessionCookie.clear(ctx, security.secureCookies());
        if (Pages.wantsPage(ctx)) {
            ctx.redirect("/signin", HttpStatus.SEE_OTHER);
        } else {
            ctx.status(204);
        }
    }

    private void passwordPage(Context ctx, Problem problem, int status) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", safeNext(ctx.queryParam("next")));
        if (problem != null) {
            model.put("problem", problem);
        }
        ctx.status(status);
        pages.render(ctx, "password", model);
    }

    private void changePassword(Context ctx) {
        User user =
                Requests.user(ctx)
                        .orElseThrow(
                                () ->
                                        Access.problem(
                                                401,
                                                "SIGNIN_REQUIRED",
                                                "sign in first",
                                                "โปรดเข้าสู่ระบบก่อน"));
        String next = safeNext(ctx.formParam("next"));
        try {
            String password = ctx.formParam("password");
            if (password == null || !password.equals(ctx.formParam("confirm"))) {
                throw new ProblemException(
                        Problem.badField(
                                "PASSWORD_MISMATCH",
                                "confirm",
                                "the two new passwords differ",
                                "รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน"));
            }
            accounts.changePassword(
                    user, SessionCookie.read(ctx), ctx.formParam("current"), password);
        } catch (ProblemException e) {
            if (!Pages.wantsPage(ctx) || e.problem().status() != 400) {
                throw e;
            }
            passwordPage(ctx, e.problem(), 400);
            return;
        }
        if (Pages.wantsPage(ctx)) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } else {
            ctx.status(204);
        }
    }

    /**
     * Where to go after signing in: only a path on this site ({@code /letters/7}); anything else,
     * such as {@code //evil.example} or {@code https://…}, goes home.
     */
    static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.chars().anyMatch(ch -> ch < 0x20 || ch == '\\')
                || next.startsWith("/signin")
                || next.startsWith("/signout")) {
            return "/";
        }
        return next;
    }

    /**
     * Refuses a sign-in form posted from another site (login CSRF): when the browser names the
     * form's origin, it must be this host.
     */
    private static void checkSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank() || origin.equals("null")) {
            return;
        }
        String host = ctx.header("Host");
        String originHost;
        try {
            URI uri = URI.create(origin.strip());
            originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            originHost = null;
        }
        if (host == null || !host.equalsIgnoreCase(originHost)) {
            throw Access.problem(
                    403,
                    "CSRF_TOKEN_INVALID",
                    "the sign-in form was posted from another site: " + origin,
                    "แบบฟอร์มเข้าสู่ระบบต้องส่งจากหน้าของระบบนี้");
        }
    }
}
