package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import saraban.testing.Browser;
import saraban.testing.SecureServer;

/**
 * The clerks' pages in headless Chromium: receive → stamped preview → confirm → forward; search a
 * Thai word and a reference number typed with Arabic digits; a staff member failing to open a
 * secret letter; and the screenshots of the receive preview, a register, search results and an
 * administration page at 1366×768 and 390×844 for the README.
 */
class ClerkBrowserIT {
    static SecureServer server;
    static ClerkSite site;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = SecureServer.start();
        site = new ClerkSite(server);
        browser = Browser.open(server.uri("/"), Browser.DESKTOP);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.close();
        }
    }

    static void signIn(String username, String password) {
        browser.go("/signin");
        if (!browser.findAll("form.signout").isEmpty()) {
            browser.clickAndWait("form.signout button");
        }
        assertThat(browser.signIn(username, password)).isEqualTo("/");
    }

    @Test
    void a_clerk_receives_checks_the_stamp_confirms_and_forwards() throws IOException {
        signIn("p.clerk", SecureServer.USER_PASSWORD);
        Path file = Files.createTempFile("saraban-letter", ".pdf");
        Files.write(file, site.letter("การเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่", null));
        browser.go("/incoming/new");
        new Select(browser.find("#office")).selectByValue(ClerkSite.OFFICE);
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("#receive-form button[type=submit]");
        assertThat(browser.path()).startsWith("/incoming/new/");
        assertThat(browser.find("#preview-note").getText()).contains("ไม่ได้ออกเลขรับ");
        assertThat(browser.find("#subject").getAttribute("value")).contains("แผนพัฒนา");
        assertThat(browser.find("#referenceNumber").getAttribute("value")).contains("๐๐๑๗.๒");
        Object loaded =
                browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js
                        ? js.executeScript(
                                "const i = document.getElementById('preview-image');"
                                        + " return i.complete && i.naturalWidth;")
                        : 0L;
        assertThat(((Number) loaded).intValue()).as("page 1 drawn").isGreaterThan(500);
        browser.screenshot("receive-preview");
        String expected = browser.find("#expected-number").getText();

        browser.clickAndWait("#confirm");
        assertThat(browser.path()).matches("/incoming/\\d+/forward\\?received");
        assertThat(browser.find("#received-note").getText()).contains(expected);
        new Select(browser.find("#unit")).selectByValue(ClerkSite.UNIT);
        browser.type("#note", "เพื่อดำเนินการ");
        browser.clickAndWait("#forward");
        assertThat(browser.find("#forwards").getText()).contains("ส่งแล้ว รับเลขที่");
        Files.delete(file);
    }

    @Test
    void search_finds_a_thai_word_and_a_reference_number_typed_with_arabic_digits() {
        site.receive(site.clerk, "การเชื่อมโยงและบูรณาการแผนพัฒนา", null);
        signIn("p.staff", SecureServer.USER_PASSWORD);
        browser.go("/search");
        browser.type("#q", "แผนพัฒนา").find("#q").sendKeys(Keys.ENTER);
        waitForHits();
        assertThat(browser.find("#hits").getText()).contains("แผนพัฒนา");
        assertThat(browser.findAll("#hits mark")).isNotEmpty();
        browser.screenshot("search-results");

        browser.go("/search");
        browser.type("#q", "0017.2/ว525");
        browser.clickAndWait("#search-form button[type=submit]");
        waitForHits();
        assertThat(browser.find("#hits .ref").getText()).isEqualTo("ที่ สส ๐๐๑๗.๒/ว ๕๒๕");
        String facet = browser.find("#facet-direction a").getAttribute("href");
        browser.go(facet.substring(facet.indexOf("/search")));
        assertThat(browser.find("#facet-direction a").getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void a_staff_member_cannot_open_a_secret_letter() {
        long secret = site.receive(site.clerk, "รายงานการข่าวลับเฉพาะ", "ลับมาก");
        long open = site.receive(site.clerk, "รายงานการข่าวทั่วไป", null);
        signIn("p.staff", SecureServer.USER_PASSWORD);
        browser.go(
                "/search?q="
                        + java.net.URLEncoder.encode(
                                "รายงานการข่าว", java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0;
                i < 50 && !browser.find("main").getText().contains("รายงานการข่าวทั่วไป");
                i++) {
            sleep();
            browser.driver().navigate().refresh();
        }
        assertThat(browser.find("main").getText())
                .contains("รายงานการข่าวทั่วไป")
                .doesNotContain("ลับเฉพาะ");
        browser.go("/api/incoming/" + secret + "/pdf");
        assertThat(browser.driver().getPageSource())
                .contains("INCOMING_NOT_FOUND")
                .doesNotContain("%PDF");
        browser.go("/api/incoming/" + open);
        assertThat(browser.driver().getPageSource()).contains("รายงานการข่าวทั่วไป");
    }

    @Test
    void the_register_and_the_administration_look_right_on_a_desk_and_a_phone() {
        site.receive(site.clerk, "ขอเชิญประชุมเชิงปฏิบัติการจัดทำแผนพัฒนาจังหวัด", null);
        site.receive(
                site.clerk,
                "ขอความอนุเคราะห์ข้อมูลประกอบการจัดทำแผน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
                null);
        signIn("p.clerk", SecureServer.USER_PASSWORD);
        browser.go("/registers?office=" + ClerkSite.OFFICE + "&series=receive");
        assertThat(browser.findAll("#register tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        browser.screenshot("register");
        // the table scrolls inside its box on a phone, not the page
        browser.viewport(Browser.PHONE);
        Object pageWidth =
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth;");
        assertThat(((Number) pageWidth).intValue()).isLessThanOrEqualTo(390);
        browser.viewport(Browser.DESKTOP);

        signIn("admin", SecureServer.ADMIN_PASSWORD);
        browser.go("/admin/users/p.clerk");
        assertThat(browser.find("h1").getText()).isEqualTo("คุณ p.clerk");
        browser.screenshot("admin-user");
        browser.go("/admin/offices");
        List<?> rows = browser.findAll("#offices tbody tr");
        assertThat(rows).hasSizeGreaterThan(3);
    }

    static void waitForHits() {
        for (int i = 0; i < 50 && browser.findAll("#hits .hit").isEmpty(); i++) {
            sleep();
            browser.driver().navigate().refresh();
        }
        assertThat(browser.findAll("#hits .hit")).isNotEmpty();
    }

    static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
