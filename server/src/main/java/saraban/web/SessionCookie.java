package saraban.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The session cookie: HTTP-only (scripts cannot read it), SameSite=Lax (other sites' forms and
 * scripts do not carry it), and {@code Secure} unless {@code SARABAN_SECURE_COOKIES=false}.
 */
final class SessionCookie {
    static final String NAME = "saraban_session";

    private SessionCookie() {}

    static String read(Context ctx) {
        return ctx.cookie(NAME);
    }

    static void set(Context ctx, String value, boolean secure, long maxAgeSeconds) {
        ctx.cookie(
                new Cookie(
                        NAME,
                        value,
                        "/",
                        (int) maxAgeSeconds,
                        secure,
                        0,
                        true,
                        null,
                        null,
                        SameSite.LAX));
    }

    static void clear(Context ctx, boolean secure) {
        ctx.cookie(new Cookie(NAME, "", "/", 0, secure, 0, true, null, null, SameSite.LAX));
    }
}
