package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import saraban.testing.Browser;
import saraban.testing.SecureServer;

/** Signing in, the forced password change and signing out, in headless Chromium. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SigninBrowserIT {
    static SecureServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = SecureServer.start();
        browser = Browser.open(server.uri("/"), Browser.DESKTOP);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @Test
    @Order(1)
    void the_printed_one_time_password_signs_in_then_must_be_changed_then_home() {
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/signin?next=%2F");
        assertThat(browser.find("h1").getText()).isEqualTo("เข้าสู่ระบบสารบรรณ");
        List<Path> shots = browser.screenshot("signin");
        assertThat(shots).allMatch(Files::isRegularFile);

        assertThat(browser.signIn("admin", server.firstPassword())).startsWith("/password");
        assertThat(browser.find("#must-change").getText()).contains("รหัสผ่านชั่วคราว");
        browser.screenshot("password");
        browser.type("#current", server.firstPassword())
                .type("#new-password", SecureServer.ADMIN_PASSWORD)
                .type("#confirm", SecureServer.ADMIN_PASSWORD)
                .clickAndWait("form[action='/password'] button[type=submit]");

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.find("#display-name").getText()).isEqualTo("ผู้ดูแลระบบ");
        assertThat(browser.find("#roles").getText()).isEqualTo("ผู้ดูแลระบบ");
        assertThat(browser.find(".who").getText()).isEqualTo("ผู้ดูแลระบบ");
        browser.screenshot("home");
    }

    @Test
    @Order(2)
    void signing_out_ends_the_session() {
        browser.clickAndWait("form.signout button");
        assertThat(browser.path()).isEqualTo("/signin");
        browser.go("/");
        assertThat(browser.path()).startsWith("/signin");
    }

    @Test
    @Order(3)
    void a_wrong_password_shows_the_thai_error_and_keeps_the_username() {
        browser.signIn("admin", "ไม่ใช่รหัสผ่าน");
        assertThat(browser.path()).isEqualTo("/signin");
        assertThat(browser.find("#signin-error").getText())
                .isEqualTo("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("admin");
        browser.screenshot("signin-error");
    }

    @Test
    @Order(4)
    void a_staff_member_sees_their_offices_on_the_home_page() {
        String once = server.createUser("somchai", List.of("STAFF"), List.of("ss-0017-2"), "NONE");
        assertThat(browser.signIn("somchai", once)).startsWith("/password");
        browser.type("#current", once)
                .type("#new-password", SecureServer.USER_PASSWORD)
                .type("#confirm", SecureServer.USER_PASSWORD)
                .clickAndWait("form[action='/password'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.find("#roles").getText()).isEqualTo("เจ้าหน้าที่");
        assertThat(browser.find("#offices").getText()).contains("ss-0017-2");
        assertThat(browser.findAll("a[href='/admin']")).isEmpty();
    }
}
