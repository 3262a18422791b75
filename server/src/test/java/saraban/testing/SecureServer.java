package saraban.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import saraban.App;
import saraban.Settings;
import saraban.SuppressForbidden;
import saraban.web.Json;

/**
 * Saraban started in this JVM with the default way of signing in (no trusted headers), the first
 * administrator's one-time password caught from the console, and clients that sign in as a browser
 * would (cookie, CSRF token) or call with an API token.
 *
 * <pre>{@code
 * try (SecureServer server = SecureServer.start()) {
 *     SecureServer.Client admin = server.admin();
 *     String token = server.tokenFor("somchai", List.of("STAFF"), List.of("ss-0017-2"), "NONE");
 * }
 * }</pre>
 */
public final class SecureServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "ผู้ดูแล-รหัสใหม่-2562";
    public static final String USER_PASSWORD = "รหัสผ่านใหม่-ของผู้ใช้";
    private static final Pattern ONE_TIME = Pattern.compile("one-time password\\s+(\\S+)\\s");
    private static final Pattern CSRF_META =
            Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    private final Javalin app;
    private final Settings settings;
    private final String firstPassword;
    private final String console;
    private Client admin;

    private SecureServer(Javalin app, Settings settings, String firstPassword, String console) {
        this.app = app;
        this.settings = settings;
        this.firstPassword = firstPassword;
        this.console = console;
    }

    public static SecureServer start() {
        return start(TestHome.secureSettings(), Clock.systemUTC());
    }

    /** Starts {@code App.create(settings, clock)} on a free port, catching what it prints. */
    @SuppressForbidden(reason = "the one-time password is printed to the console; catch it there")
    public static SecureServer start(Settings settings, Clock clock) {
        PrintStream original = System.err;
        ByteArrayOutputStream caught = new ByteArrayOutputStream();
        PrintStream tee =
                new PrintStream(
                        new OutputStream() {
                            @Override
                            public void write(int b) {
                                caught.write(b);
                                original.write(b);
                            }

                            @Override
                            public void write(byte[] b, int off, int len) {
                                caught.write(b, off, len);
                                original.write(b, off, len);
                            }
                        },
                        true,
                        StandardCharsets.UTF_8);
        Javalin app;
        System.setErr(tee);
        try {
            app = App.create(settings, clock).start(0);
        } finally {
            System.setErr(original);
        }
        String console = caught.toString(StandardCharsets.UTF_8);
        Matcher m = ONE_TIME.matcher(console);
        return new SecureServer(app, settings, m.find() ? m.group(1) : null, console);
    }

    public Javalin app() {
        return app;
    }

    public Settings settings() {
        return settings;
    }

    /** The first administrator's one-time password as printed; null when none was printed. */
    public String firstPassword() {
        return firstPassword;
    }

    /** What the server printed while starting. */
    public String console() {
        return console;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    /** A client without cookies or token yet, which does not follow redirects. */
    public Client anonymous() {
        return new Client(null);
    }

    /** A client that calls with {@code Authorization: Bearer token}. */
    public Client withToken(String token) {
        return new Client(token);
    }

    /**
     * The administrator, signed in, with the one-time password replaced by {@link #ADMIN_PASSWORD}
     * (here, or already by a test that did it in a browser).
     */
    public Client admin() {
        if (admin == null) {
            Client c = anonymous();
            if (c.signIn("admin", firstPassword).statusCode() == 303) {
                c.changePassword(firstPassword, ADMIN_PASSWORD);
            } else {
                assertThat(c.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(303);
            }
            admin = c;
        }
        return admin;
    }

    /** Creates a user through the API; returns their one-time password. */
    public String createUser(
            String username, List<String> roles, List<String> offices, String clearance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", "คุณ " + username);
        body.put("roles", roles);
        body.put("offices", offices);
        body.put("clearance", clearance);
        HttpResponse<String> r = admin().postJson("/api/users", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Client.json(r).get("oneTimePassword").asText();
    }

    /** Creates a user and issues an API token for them. */
    public String tokenFor(
            String username, List<String> roles, List<String> offices, String clearance) {
        createUser(username, roles, offices, clearance);
        HttpResponse<String> r =
                admin().postJson("/api/users/" + username + "/tokens", Map.of("name", "tests"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Client.json(r).get("token").asText();
    }

    /** Creates a user and signs them in in a browser-like client, password already changed. */
    public Client signedIn(
            String username, List<String> roles, List<String> offices, String clearance) {
        String once = createUser(username, roles, offices, clearance);
        Client c = anonymous();
        c.signIn(username, once);
        c.changePassword(once, USER_PASSWORD);
        return c;
    }

    @Override
    public void close() {
        app.stop();
    }

    /** One caller: its own cookie jar, and the CSRF token of its session once it has one. */
    public final class Client {
        private final HttpClient http;
        private final String token;
        private final CookieManager cookies = new CookieManager();
        private String csrf;

        Client(String token) {
            this.token = token;
            this.http =
                    HttpClient.newBuilder()
                            .cookieHandler(cookies)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
        }

        public String csrf() {
            return csrf;
        }

        /** The value of the cookie {@code name} this client holds, or null. */
        public String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }

        /** A GET with only the given session cookie, as a browser holding it would send. */
        public HttpResponse<String> getWithCookie(String path, String session) {
            return send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept", "text/html")
                            .header("Cookie", "saraban_session=" + session)
                            .GET());
        }

        /** Forgets the CSRF token, to send requests without it. */
        public Client withoutCsrf() {
            csrf = null;
            return this;
        }

        public HttpResponse<String> get(String path) {
            return send(request(path).header("Accept", "text/html").GET());
        }

        public HttpResponse<String> getJson(String path) {
            return send(request(path).header("Accept", "application/json").GET());
        }

        public HttpResponse<String> postJson(String path, Object body) {
            return send("POST", path, body);
        }

        public HttpResponse<String> send(String method, String path, Object body) {
            try {
                String text = body == null ? "" : Json.mapper().writeValueAsString(body);
                return send(
                        request(path)
                                .header("Accept", "application/json")
                                .header("Content-Type", "application/json")
                                .method(
                                        method,
                                        HttpRequest.BodyPublishers.ofString(
                                                text, StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Posts a form as a browser does, with the session's CSRF token unless forgotten. */
        public HttpResponse<String> form(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            if (csrf != null) {
                all.putIfAbsent("csrf", csrf);
            }
            String body =
                    all.entrySet().stream()
                            .map(
                                    e ->
                                            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                    + "="
                                                    + URLEncoder.encode(
                                                            e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
            return send(
                    request(path)
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** Signs in through the form; the session's CSRF token is read off the next page. */
        public HttpResponse<String> signIn(String username, String password) {
            HttpResponse<String> r =
                    form("/signin", Map.of("username", username, "password", password));
            if (r.statusCode() == 303) {
                refreshCsrf(r.headers().firstValue("Location").orElse("/"));
            }
            return r;
        }

        public HttpResponse<String> changePassword(String current, String next) {
            HttpResponse<String> r =
                    form(
                            "/password",
                            Map.of("current", current, "password", next, "confirm", next));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
            return r;
        }

        /** Reads this session's CSRF token from a page. */
        public void refreshCsrf(String path) {
            HttpResponse<String> page = get(path.startsWith("/") ? path : "/");
            Matcher m = CSRF_META.matcher(page.body());
            if (m.find()) {
                csrf = m.group(1);
            }
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (csrf != null) {
                b.header("X-CSRF-Token", csrf);
            }
            return b;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(
                        request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public static JsonNode json(HttpResponse<String> r) {
            try {
                return Json.mapper().readTree(r.body());
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + r.body(), e);
            }
        }
    }
}
