package saraban.web;

import io.javalin.http.Context;

/** What every route reads the same way from a request. */
public final class Requests {
    private Requests() {}

    /**
     * Who is acting, for the audit log. Until sign-in exists, a calling system names its user in
     * the {@code X-Saraban-Actor} header; without one the actor is {@code api}.
     */
    public static String actor(Context ctx) {
        String actor = ctx.header("X-Saraban-Actor");
        return actor == null || actor.isBlank() ? "api" : actor.strip();
    }
}
