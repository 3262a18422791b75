package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import saraban.accounts.Role;
import saraban.testing.SecureServer;
import saraban.testing.SecureServer.Client;

/**
 * Every route Saraban registers (read from Javalin's own route list, so a route added without a
 * line in {@link AccessRules} fails here) × every role, and without signing in: allowed or refused
 * as the table says, over HTTP with each role's API token.
 */
class AccessMatrixIT {
    static final String OFFICE = "ss-0017-2";
    static final Set<HandlerType> METHODS =
            Set.of(
                    HandlerType.GET,
                    HandlerType.POST,
                    HandlerType.PUT,
                    HandlerType.PATCH,
                    HandlerType.DELETE);

    static SecureServer server;
    static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static synchronized SecureServer server() {
        if (server == null) {
            server = SecureServer.start();
            TOKENS.put(Role.ADMIN, server.tokenFor("m.admin", List.of("ADMIN"), List.of(), "NONE"));
            TOKENS.put(
                    Role.CENTRAL_REGISTRY,
                    server.tokenFor("m.central", List.of("CENTRAL_REGISTRY"), List.of(), "NONE"));
            TOKENS.put(
                    Role.UNIT_CLERK,
                    server.tokenFor("m.clerk", List.of("UNIT_CLERK"), List.of(OFFICE), "NONE"));
            TOKENS.put(
                    Role.STAFF,
                    server.tokenFor("m.staff", List.of("STAFF"), List.of(OFFICE), "NONE"));
        }
        return server;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        server().app().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(e -> e.getEndpoint())
                .filter(e -> METHODS.contains(e.getMethod()))
                .forEach(e -> routes.add(new Route(e.getMethod().name(), e.getPath())));
        return routes;
    }

    static Stream<Arguments> routesAndRoles() {
        List<Arguments> out = new ArrayList<>();
        for (Route route : routes()) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(route, role));
            }
        }
        return out.stream();
    }

    static Stream<Route> everyRoute() {
        return routes().stream();
    }

    @Test
    void the_route_list_holds_the_api_and_the_pages() {
        assertThat(routes())
                .contains(
                        new Route("POST", "/api/letters/{id}/issue"),
                        new Route("GET", "/api/incoming/{id}/original"),
                        new Route("POST", "/signin"),
                        new Route("GET", "/"))
                .hasSizeGreaterThan(30);
    }

    @ParameterizedTest(name = "{0} has a line in AccessRules")
    @MethodSource("everyRoute")
    void every_route_has_a_line_in_the_table(Route route) {
        assertThat(AccessRules.find(route.method(), route.path()))
                .as("add a line for %s to AccessRules", route)
                .isPresent();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndRoles")
    void a_role_is_let_through_exactly_where_the_table_allows(Route route, Role role) {
        boolean allowed = AccessRules.find(route.method(), route.path()).orElseThrow().allows(role);
        Client client = server().withToken(TOKENS.get(role));
        HttpResponse<String> r = call(client, route);
        if (allowed) {
            assertThat(refusal(r)).as("%s as %s: %s", route, role, r.body()).isNull();
        } else {
            assertThat(r.statusCode()).as("%s as %s: %s", route, role, r.body()).isEqualTo(403);
            if (r.body().startsWith("{")) {
                assertThat(Client.json(r).get("code").asText()).isEqualTo("FORBIDDEN");
                assertThat(Client.json(r).get("message").asText())
                        .isEqualTo("คุณไม่มีสิทธิ์ใช้งานส่วนนี้");
            } else {
                // a page asked for as a page is refused with the error page
                assertThat(r.body())
                        .contains("<code>FORBIDDEN</code>", "คุณไม่มีสิทธิ์ใช้งานส่วนนี้");
            }
        }
    }

    @ParameterizedTest(name = "{0} without signing in")
    @MethodSource("everyRoute")
    void without_signing_in_only_the_open_routes_answer(Route route) {
        boolean open = AccessRules.find(route.method(), route.path()).orElseThrow().open();
        HttpResponse<String> r = call(server().anonymous(), route);
        if (open) {
            assertThat(refusal(r)).as("%s: %s", route, r.body()).isNull();
        } else if (route.path().startsWith("/api/") || !route.method().equals("GET")) {
            assertThat(r.statusCode()).as("%s: %s", route, r.body()).isEqualTo(401);
            assertThat(Client.json(r).get("code").asText()).isEqualTo("SIGNIN_REQUIRED");
        } else {
            assertThat(r.statusCode()).as(route.toString()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location").orElseThrow())
                    .startsWith("/signin?next=");
        }
    }

    @Test
    void the_table_gives_each_role_what_the_issue_asks() {
        assertThat(rule("POST", "/api/letters/{id}/issue").allows(Role.STAFF)).isFalse();
        assertThat(rule("POST", "/api/letters/{id}/issue").allows(Role.UNIT_CLERK)).isTrue();
        assertThat(rule("POST", "/api/incoming").allows(Role.STAFF)).isFalse();
        assertThat(
                        rule("POST", "/api/registers/{office}/{series}/{year}/{number}/cancel")
                                .allows(Role.STAFF))
                .isFalse();
        assertThat(rule("GET", "/api/registers/{office}/{series}/{year}").allows(Role.STAFF))
                .isTrue();
        assertThat(rule("GET", "/api/search").allows(Role.STAFF)).isTrue();
        assertThat(rule("POST", "/api/users").allows(Role.CENTRAL_REGISTRY)).isFalse();
        assertThat(rule("PUT", "/api/offices/{id}").allows(Role.CENTRAL_REGISTRY)).isFalse();
        assertThat(rule("POST", "/api/incoming/{id}/forward").allows(Role.CENTRAL_REGISTRY))
                .isTrue();
        assertThat(rule("GET", "/admin/users").allows(Role.CENTRAL_REGISTRY)).isFalse();
        assertThat(rule("GET", "/portal/forms").open()).isTrue();
        assertThat(AccessRules.find("GET", "/no-such-route")).isEmpty();
    }

    @Test
    void a_clerk_acting_for_another_office_is_refused() {
        Client clerk = server().withToken(TOKENS.get(Role.UNIT_CLERK));
        HttpResponse<String> other =
                clerk.send("POST", "/api/registers/ss-0017-3/send/numbers", Map.of());
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(Client.json(other).get("code").asText()).isEqualTo("OFFICE_NOT_ALLOWED");
        HttpResponse<String> letter =
                clerk.send("POST", "/api/letters", Map.of("office", "ss-0017-3"));
        assertThat(Client.json(letter).get("code").asText()).isEqualTo("OFFICE_NOT_ALLOWED");
        Client central = server().withToken(TOKENS.get(Role.CENTRAL_REGISTRY));
        HttpResponse<String> any = central.send("GET", "/api/registers/ss-0017-3/send/2562", null);
        assertThat(any.statusCode()).as(any.body()).isEqualTo(200);
    }

    static AccessRules.Rule rule(String method, String path) {
        return AccessRules.find(method, path).orElseThrow();
    }

    static final Set<String> REFUSALS =
            Set.of(
                    "SIGNIN_REQUIRED",
                    "TOKEN_INVALID",
                    "FORBIDDEN",
                    "OFFICE_NOT_ALLOWED",
                    "CSRF_TOKEN_INVALID",
                    "PASSWORD_CHANGE_REQUIRED");

    /** The code of an answer that refuses the caller, or null for any other answer. */
    static String refusal(HttpResponse<String> r) {
        if (r.statusCode() == 303
                && r.headers().firstValue("Location").orElse("").startsWith("/signin")) {
            return "303 to sign-in";
        }
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            String body = r.body();
            return REFUSALS.stream().filter(body::contains).findFirst().orElse(null);
        }
        return null;
    }

    static HttpResponse<String> call(Client client, Route route) {
        String path =
                route.path()
                        .replace("{office}", OFFICE)
                        .replace("{series}", "send")
                        .replace("{year}", "2562")
                        .replace("{number}", "999")
                        .replace("{id}", "999999")
                        .replace("{request}", "999999")
                        .replace("{username}", "nobody")
                        .replace("{version}", "1")
                        .replace("{sha256}", "0".repeat(64))
                        .replace("{name}", "form.pdf")
                        .replace("{token}", "0123456789abcdef")
                        .replace("{file}", "saraban-regular.ttf");
        if (route.method().equals("GET")) {
            return route.path().startsWith("/api/") ? client.getJson(path) : client.get(path);
        }
        return client.send(route.method(), path, Map.of());
    }
}
