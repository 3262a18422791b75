package saraban.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.Problem;
import saraban.ProblemException;
import saraban.Settings;
import saraban.accounts.AccountService;
import saraban.accounts.Role;
import saraban.accounts.Session;
import saraban.accounts.User;
import saraban.search.SecrecyLevel;

/**
 * Runs before every matched route: finds out who is calling (session cookie, API token, or a
 * trusted gateway's headers), checks the CSRF token of a browser's state-changing request, and lets
 * the request through only if {@link AccessRules} allows the caller's roles on the route and the
 * path's {@code {office}} is theirs.
 */
public final class Access {
    private static final Logger LOG = LoggerFactory.getLogger(Access.class);
    private static final Set<HandlerType> SAFE =
            Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "csrf";

    private final AccountService accounts;
    private final Settings.Security security;

    public Access(AccountService accounts, Settings.Security security) {
        this.accounts = accounts;
        this.security = security;
    }

    /**
     * Checks every matched route, and gives every page the signed-in {@code user} and {@code csrf}.
     */
    public void install(Javalin app, Pages pages) {
        app.beforeMatched(this::check);
        pages.contribute(
                (ctx, model) -> {
                    Requests.Caller caller = ctx.attribute(Requests.CALLER);
                    if (caller != null && caller.via() == Requests.Via.SESSION) {
                        model.put("user", view(caller.user()));
                        model.put("csrf", caller.csrf());
                    }
                });
    }

    private void check(Context ctx) {
        String route = ctx.endpointHandlerPath();
        AccessRules.Rule rule =
                AccessRules.find(ctx.method().name(), route)
                        .orElseGet(
                                () -> {
                                    LOG.error(
                                            "{} {} has no line in AccessRules: refused to all",
                                            ctx.method(),
                                            route);
                                    return new AccessRules.Rule(false, Set.of());
                                });
        authenticate(ctx);
        Requests.Caller caller = ctx.attribute(Requests.CALLER);
        if (caller != null
                && caller.via() == Requests.Via.SESSION
                && !SAFE.contains(ctx.method())) {
            checkCsrf(ctx, caller);
        }
        if (rule.open()) {
            return;
        }
        if (caller == null) {
            signinRequired(ctx);
            return;
        }
        User user = caller.user();
        if (caller.via() == Requests.Via.SESSION
                && user.mustChangePassword()
                && !route.equals("/password")
                && !route.equals("/signout")) {
            if (isPage(ctx)) {
                redirect(ctx, "/password");
                return;
            }
            throw problem(
                    403,
                    "PASSWORD_CHANGE_REQUIRED",
                    "change the one-time password first, at /password",
                    "โปรดเปลี่ยนรหัสผ่านชั่วคราวก่อนใช้งาน");
        }
        if (user.roles().stream().noneMatch(rule::allows)) {
            throw problem(
                    403,
                    "FORBIDDEN",
                    "your roles do not allow " + ctx.method() + " " + route,
                    "คุณไม่มีสิทธิ์ใช้งานส่วนนี้");
        }
        String office = ctx.pathParamMap().get("office");
        if (office != null) {
            Requests.requireOffice(ctx, office);
        }
    }

    /** Sets the request's caller, if it proves who it is; a bad token is refused outright. */
    private void authenticate(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            String[] parts = authorization.strip().split("\\s+", 2);
            Optional<User> user =
                    parts.length == 2 && parts[0].equalsIgnoreCase("Bearer")
                            ? accounts.userForToken(parts[1])
                            : Optional.empty();
            if (user.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw problem(
                        401,
                        "TOKEN_INVALID",
                        "the Authorization header holds no valid API token",
                        "โทเค็นสำหรับเข้าใช้ระบบไม่ถูกต้องหรือถูกยกเลิกแล้ว");
            }
            ctx.attribute(
                    Requests.CALLER, new Requests.Caller(user.get(), Requests.Via.TOKEN, null));
            return;
        }
        Optional<Session> session = accounts.session(SessionCookie.read(ctx));
        if (session.isPresent()) {
            ctx.attribute(
                    Requests.CALLER,
                    new Requests.Caller(
                            session.get().user(), Requests.Via.SESSION, session.get().csrf()));
            return;
        }
        if (security.trustHeaders() && ctx.path().startsWith("/api/")) {
            String actor = ctx.header(Requests.ACTOR_HEADER);
            String name = actor == null || actor.isBlank() ? "api" : actor.strip();
            User gateway =
                    new User(
                            0,
                            name,
                            name,
                            Set.of(Role.ADMIN),
                            new java.util.TreeSet<>(),
                            SecrecyLevel.NONE,
                            false,
                            false);
            ctx.attribute(
                    Requests.CALLER, new Requests.Caller(gateway, Requests.Via.GATEWAY, null));
        }
    }

    /**
     * A state-changing request of a browser session must carry the session's token, as the form
     * field {@code csrf} or the header {@code X-CSRF-Token}: another site can make the browser send
     * the cookie, but cannot read the token.
     */
    private static void checkCsrf(Context ctx, Requests.Caller caller) {
        String given = ctx.header(CSRF_HEADER);
        if (given == null && isForm(ctx)) {
            given = ctx.formParam(CSRF_FIELD);
        }
        if (!Csrf.same(given, caller.csrf())) {
            throw problem(
                    403,
                    "CSRF_TOKEN_INVALID",
                    "the request lacks this session's CSRF token (form field csrf or header "
                            + CSRF_HEADER
                            + ")",
                    "แบบฟอร์มหมดอายุหรือไม่ได้ส่งมาจากหน้าของระบบ โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.startsWith("application/x-www-form-urlencoded")
                || t.startsWith("multipart/form-data");
    }

    /** A browser goes to the sign-in page and comes back; a program is told to sign in. */
    private static void signinRequired(Context ctx) {
        if (isPage(ctx) && ctx.method() == HandlerType.GET) {
            String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            redirect(ctx, "/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        throw problem(
                401,
                "SIGNIN_REQUIRED",
                "sign in first: a session cookie or Authorization: Bearer <API token>",
                "โปรดเข้าสู่ระบบก่อน");
    }

    private static boolean isPage(Context ctx) {
        return !ctx.path().startsWith("/api/");
    }

    private static void redirect(Context ctx, String location) {
        ctx.redirect(location, HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    static ProblemException problem(int status, String code, String title, String thai) {
        return new ProblemException(new Problem(status, code, title, thai, null));
    }

    /** The user as pages see them: {@code user.displayName}, {@code user.admin}, … */
    static Map<String, Object> view(User user) {
        return Map.of(
                "username", user.username(),
                "displayName", user.displayName(),
                "admin", user.admin(),
                "roles", user.roles().stream().map(Role::thai).toList(),
                "offices", user.offices(),
                "clearance", user.clearance().thai(),
                "mustChangePassword", user.mustChangePassword());
    }
}
