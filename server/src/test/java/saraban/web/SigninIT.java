package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.testing.SecureServer;
import saraban.testing.SecureServer.Client;
import saraban.testing.SettableClock;
import saraban.testing.TestHome;

/** Signing in and out over HTTP, with the default settings: no trusted headers. */
class SigninIT {
    static SecureServer server;

    @BeforeAll
    static void start() {
        server = SecureServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String code(HttpResponse<String> r) {
        return Client.json(r).get("code").asText();
    }

    @Test
    void the_first_start_prints_the_administrators_one_time_password_once() {
        assertThat(server.firstPassword()).hasSize(16);
        assertThat(server.console()).containsOnlyOnce(server.firstPassword());
        // signs in with it and changes it; a restart prints nothing (a_session_survives_a_restart…)
        assertThat(server.admin().get("/").body()).contains("ผู้ดูแลระบบ");
    }

    @Test
    void a_page_without_a_session_goes_to_the_sign_in_page_and_a_program_gets_401() {
        HttpResponse<String> page = server.anonymous().get("/password?next=%2F");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location"))
                .hasValue("/signin?next=%2Fpassword%3Fnext%3D%252F");
        HttpResponse<String> api = server.anonymous().getJson("/api/search?q=x");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(code(api)).isEqualTo("SIGNIN_REQUIRED");
        assertThat(Client.json(api).get("message").asText()).isEqualTo("โปรดเข้าสู่ระบบก่อน");
    }

    @Test
    void the_gateway_headers_are_not_trusted_by_default() {
        HttpResponse<String> r =
                server.anonymous().send("POST", "/api/registers/ss-0017-2/send/numbers", Map.of());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(code(r)).isEqualTo("SIGNIN_REQUIRED");
    }

    @Test
    void a_wrong_password_is_refused_with_a_thai_message() {
        HttpResponse<String> r =
                server.anonymous().form("/signin", Map.of("username", "admin", "password", "ผิด"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body())
                .contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")
                .doesNotContain("Set-Cookie");
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void five_failures_lock_the_account_even_against_the_right_password() {
        String once =
                server.createUser("locked.out", List.of("STAFF"), List.of("ss-0017-2"), "NONE");
        for (int i = 0; i < 5; i++) {
            assertThat(
                            server.anonymous()
                                    .form(
                                            "/signin",
                                            Map.of("username", "locked.out", "password", "x" + i))
                                    .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> locked =
                server.anonymous()
                        .form("/signin", Map.of("username", "LOCKED.OUT", "password", once));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป");
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void a_one_time_password_must_be_changed_before_anything_else() {
        String once =
                server.createUser("new.clerk", List.of("UNIT_CLERK"), List.of("ss-0017-2"), "NONE");
        Client c = server.anonymous();
        HttpResponse<String> signin = c.signIn("new.clerk", once);
        assertThat(signin.headers().firstValue("Location")).hasValue("/password?next=%2F");
        assertThat(c.get("/").headers().firstValue("Location")).hasValue("/password");
        HttpResponse<String> api = c.getJson("/api/search?q=x");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(code(api)).isEqualTo("PASSWORD_CHANGE_REQUIRED");

        HttpResponse<String> weak =
                c.form(
                        "/password",
                        Map.of("current", once, "password", "short", "confirm", "short"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร");

        c.changePassword(once, SecureServer.USER_PASSWORD);
        HttpResponse<String> home = c.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("คุณ new.clerk")
                .contains("สารบรรณหน่วยงาน")
                .contains("ss-0017-2");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() {
        Client c = server.anonymous();
        HttpResponse<String> r = c.signIn("admin.cookie", "wrong");
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        String once =
                server.createUser("cookie.user", List.of("STAFF"), List.of("ss-0017-2"), "NONE");
        HttpResponse<String> ok = server.anonymous().signIn("cookie.user", once);
        String cookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie)
                .startsWith("saraban_session=")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Path=/");
        // these tests speak plain http, so the settings turn Secure off; the default is on
        assertThat(cookie).doesNotContain("Secure");
    }

    @Test
    void a_form_without_the_csrf_token_is_refused_and_with_it_signs_out() {
        Client c = server.signedIn("csrf.user", List.of("STAFF"), List.of("ss-0017-2"), "NONE");
        String token = c.csrf();
        assertThat(token).isNotBlank();
        HttpResponse<String> forged = c.withoutCsrf().form("/signout", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF_TOKEN_INVALID").contains("โปรดโหลดหน้าใหม่");
        HttpResponse<String> wrong = c.form("/signout", Map.of("csrf", "not-the-token"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(c.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> out = c.form("/signout", Map.of("csrf", token));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).hasValue("/signin");
        assertThat(c.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    void a_json_request_of_a_session_needs_the_csrf_header() {
        Client c =
                server.signedIn("json.user", List.of("UNIT_CLERK"), List.of("ss-0017-2"), "NONE");
        String token = c.csrf();
        HttpResponse<String> forged =
                c.withoutCsrf().send("POST", "/api/registers/ss-0017-2/send/numbers", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(code(forged)).isEqualTo("CSRF_TOKEN_INVALID");
        c.refreshCsrf("/");
        assertThat(c.csrf()).isEqualTo(token);
        HttpResponse<String> ok =
                c.send(
                        "POST",
                        "/api/registers/ss-0017-2/send/numbers",
                        Map.of("subject", "ขอเลขทดสอบ", "to", "ผู้ว่าราชการจังหวัด"));
        assertThat(ok.statusCode()).as(ok.body()).isNotEqualTo(403).isNotEqualTo(401);
    }

    @Test
    void next_goes_only_to_a_path_of_this_site() {
        assertThat(SigninRoutes.safeNext("/letters/7?x=1")).isEqualTo("/letters/7?x=1");
        assertThat(SigninRoutes.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(SigninRoutes.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(SigninRoutes.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(SigninRoutes.safeNext(null)).isEqualTo("/");
    }

    @Test
    void a_session_survives_a_restart_and_ends_when_idle() throws Exception {
        SettableClock clock = new SettableClock(java.time.Instant.parse("2019-03-29T03:00:00Z"));
        saraban.Settings settings = TestHome.secureSettings();
        Client c;
        try (SecureServer first = SecureServer.start(settings, clock)) {
            c = first.signedIn("restart.user", List.of("STAFF"), List.of("ss-0017-2"), "NONE");
            assertThat(c.get("/").statusCode()).isEqualTo(200);
        }
        try (SecureServer second = SecureServer.start(settings, clock)) {
            assertThat(second.firstPassword()).isNull();
            assertThat(second.console()).doesNotContain("one-time password");
            Client same = second.anonymous();
            // the cookie jar belongs to the client of the first server's port: copy the cookie
            HttpResponse<String> r = sameCookie(c, same, second);
            assertThat(r.statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(119));
            assertThat(sameCookie(c, same, second).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(121));
            assertThat(sameCookie(c, same, second).statusCode()).isEqualTo(303);
        }
    }

    private static HttpResponse<String> sameCookie(Client from, Client to, SecureServer server) {
        return to.getWithCookie("/", from.cookie("saraban_session"));
    }
}
