package saraban.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import saraban.Problem;
import saraban.ProblemException;
import saraban.web.Requests;

/**
 * HTTP face of {@link AccountService} for programs and the admin pages: {@code GET /api/me}; and,
 * for administrators, users ({@code /api/users}, {@code /api/users/{username}}), password resets,
 * and API tokens ({@code /api/users/{username}/tokens}, {@code DELETE /api/tokens/{id}}). A
 * one-time password or a token is in the answer that creates it, and nowhere else.
 */
public final class UserRoutes {
    private final AccountService accounts;
    private final ObjectMapper json;

    public UserRoutes(AccountService accounts, ObjectMapper json) {
        this.accounts = accounts;
        this.json = json;
    }

    public void register(Javalin app) {
        app.get("/api/me", this::me);
        app.get("/api/users", ctx -> ctx.json(accounts.users()));
        app.post("/api/users", this::create);
        app.get("/api/users/{username}", ctx -> ctx.json(accounts.user(username(ctx))));
        app.put("/api/users/{username}", this::update);
        app.post("/api/users/{username}/password", this::reset);
        app.get("/api/users/{username}/tokens", ctx -> ctx.json(accounts.tokens(username(ctx))));
        app.post("/api/users/{username}/tokens", this::issueToken);
        app.delete("/api/tokens/{id}", this::revoke);
    }

    private void me(Context ctx) {
        ctx.json(
                Requests.user(ctx)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                new Problem(
                                                        404,
                                                        "NOT_SIGNED_IN",
                                                        "a gateway's caller has no account here",
                                                        "ไม่ได้เข้าสู่ระบบด้วยบัญชีผู้ใช้",
                                                        null))));
    }

    private void create(Context ctx) throws Exception {
        UserRequest request = json.readValue(ctx.bodyAsBytes(), UserRequest.class);
        AccountService.WithPassword created = accounts.create(request, Requests.actor(ctx));
        ctx.status(201).header("Location", "/api/users/" + created.user().username()).json(created);
    }

    private void update(Context ctx) throws Exception {
        UserRequest request = json.readValue(ctx.bodyAsBytes(), UserRequest.class);
        ctx.json(accounts.update(username(ctx), request, Requests.actor(ctx)));
    }

    private void reset(Context ctx) {
        ctx.json(accounts.resetPassword(username(ctx), Requests.actor(ctx)));
    }

    private void issueToken(Context ctx) throws Exception {
        JsonNode body = json.readTree(ctx.bodyAsBytes());
        JsonNode name = body == null ? null : body.get("name");
        ctx.status(201)
                .json(
                        accounts.issueToken(
                                username(ctx),
                                name == null || name.isNull() ? null : name.asText(),
                                Requests.actor(ctx)));
    }

    private void revoke(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw AccountProblems.tokenNotFound(-1);
        }
        accounts.revokeToken(id, Requests.actor(ctx));
        ctx.status(204);
    }

    private static String username(Context ctx) {
        return ctx.pathParam("username");
    }
}
