package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import saraban.testing.Browser;
import saraban.testing.PdfText;
import saraban.testing.SecureServer;

/**
 * A clerk in headless Chromium: signs in, composes a circular with a second paragraph added in
 * place, sees the preview PDF, saves, issues and downloads the issued PDF; screenshots of the
 * dashboard, the compose page and the letter page for the README.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LetterBrowserIT {
    static final String OFFICE = "ss-0017-2";
    static SecureServer server;
    static Browser browser;
    static String letterPath;
    static String number;

    @BeforeAll
    static void start() throws Exception {
        server = SecureServer.start();
        String token = server.tokenFor("b.admin", List.of("ADMIN"), List.of(), "TOP_SECRET");
        byte[] pdf = DashboardPageIT.render(server, token);
        DashboardPageIT.receive(
                server,
                token,
                pdf,
                "{\"subject\":\"ขอเชิญประชุมคณะกรรมการพัฒนาจังหวัด\",\"date\":\"2019-08-20\","
                        + "\"sender\":\"สำนักงานจังหวัดสมุทรสงคราม\",\"urgency\":\"ด่วนที่สุด\"}");
        DashboardPageIT.receive(
                server,
                token,
                pdf,
                "{\"subject\":\"รายงานผลการดำเนินงานประจำเดือน\",\"date\":\"2019-08-21\","
                        + "\"sender\":\"อำเภออัมพวา\"}");
        DashboardPageIT.api(
                server,
                token,
                "/api/registers/" + OFFICE + "/send/reservations",
                "{\"count\":3,\"purpose\":\"ตอบหนังสือกระทรวง\"}");
        browser = Browser.open(server.uri("/"), Browser.DESKTOP);
        String once = server.createUser("b.clerk", List.of("UNIT_CLERK"), List.of(OFFICE), "NONE");
        assertThat(browser.signIn("b.clerk", once)).startsWith("/password");
        browser.type("#current", once)
                .type("#new-password", SecureServer.USER_PASSWORD)
                .type("#confirm", SecureServer.USER_PASSWORD)
                .clickAndWait("form[action='/password'] button[type=submit]");
    }

    static org.openqa.selenium.JavascriptExecutor js() {
        return (org.openqa.selenium.JavascriptExecutor) browser.driver();
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
    void compose_shows_the_preview_pdf_and_saves_the_draft() {
        browser.go("/letters/new");
        new Select(browser.find("#f-kind")).selectByValue("circular");
        new Select(browser.find("#f-urgency")).selectByValue("ด่วนที่สุด");
        browser.type("#f-subject", "การเชื่อมโยงและบูรณาการแผนพัฒนาจังหวัด")
                .type("#f-recipient", "นายอำเภอทุกอำเภอ")
                .type("#f-body-0", "ด้วยจังหวัดสมุทรสงครามได้รับแจ้งจากกระทรวงมหาดไทย");
        browser.find("fieldset[data-list=body] button[data-row=add]").click();
        // the new paragraph appears in place, numbered, with the keyboard in it
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("f-body-1");
        assertThat(browser.find("label[for=f-body-1]").getText()).isEqualTo("ย่อหน้าที่ ๒");
        browser.driver()
                .switchTo()
                .activeElement()
                .sendKeys("จึงเรียนมาเพื่อโปรดทราบและแจ้งผู้เกี่ยวข้อง");
        browser.type("#f-signer-name", "นายสมชาย ใจดี")
                .type("#f-signer-positions", "ผู้ว่าราชการจังหวัดสมุทรสงคราม");
        browser.find("fieldset[data-list=references] button[data-row=add]").click();
        browser.driver().switchTo().activeElement().sendKeys("หนังสือกระทรวงมหาดไทย");

        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        wait.until(d -> "ready".equals(browser.find("#preview-frame").getAttribute("data-state")));
        Object head =
                js().executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "fetch(document.getElementById('preview-frame').src)"
                                        + ".then(r => r.text()).then(t => done(t.slice(0, 5)));");
        assertThat(head).isEqualTo("%PDF-");

        // every field has a label a screen reader can read
        Object unlabelled =
                js().executeScript(
                                "return [...document.querySelectorAll('#letter-form input:not([type=hidden]),"
                                        + " #letter-form select, #letter-form textarea')]"
                                        + ".filter(e => e.labels.length === 0).map(e => e.name);");
        assertThat((List<?>) unlabelled).isEmpty();
        js().executeScript("document.activeElement.blur(); window.scrollTo(0, 0);");
        browser.screenshot("compose");

        browser.clickAndWait("#save");
        assertThat(browser.path()).matches("/letters/\\d+\\?saved=1");
        letterPath = browser.path().replace("?saved=1", "");
        assertThat(browser.find("#state").getText()).isEqualTo("ร่าง");
    }

    @Test
    @Order(2)
    void issue_after_confirming_then_download_the_issued_pdf() {
        browser.go(letterPath);
        browser.find("#f-confirm").sendKeys(Keys.SPACE);
        browser.clickAndWait("#issue");
        assertThat(browser.find("#state").getText()).isEqualTo("ออกเลขแล้ว");
        number = browser.find("#reference-number").getText();
        assertThat(number).matches("สส ๐๐๑๗\\.๒/ว [๐-๙]+");
        browser.screenshot("letter");

        String base64 =
                (String)
                        js().executeAsyncScript(
                                        "const done = arguments[arguments.length - 1];"
                                                + "fetch(document.getElementById('download-pdf').href)"
                                                + ".then(r => r.blob()).then(b => { const f = new FileReader();"
                                                + " f.onload = () => done(f.result.split(',')[1]);"
                                                + " f.readAsDataURL(b); });");
        String text = PdfText.pdfbox(Base64.getDecoder().decode(base64));
        assertThat(text.replaceAll("\\s+", "")).contains(number.replaceAll("\\s+", ""));
        assertThat(text).contains("การเชื่อมโยงและบูรณาการแผนพัฒนาจังหวัด");
    }

    @Test
    @Order(3)
    void the_dashboard_lists_todays_letters_urgent_first() {
        browser.go("/");
        assertThat(browser.find("#count-today").getText()).isEqualTo("๒");
        assertThat(browser.find("#today tbody tr").getText())
                .contains("ขอเชิญประชุมคณะกรรมการพัฒนาจังหวัด");
        assertThat(browser.find("#count-reserved").getText()).isEqualTo("๑");
        browser.screenshot("dashboard");
    }
}
