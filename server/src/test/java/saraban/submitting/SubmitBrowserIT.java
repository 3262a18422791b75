package saraban.submitting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import saraban.testing.Browser;
import saraban.testing.SecureServer;
import saraban.testing.TestHome;
import saraban.web.Json;

/**
 * The loop in headless Chromium: a district signs in, opens the seed circular's request, fills the
 * header and two projects (the second with Arabic digits), submits and downloads the
 * acknowledgement; the province's clerk then sees it in the hall's receive register and in search,
 * and the circular's status shows the district as submitted.
 */
class SubmitBrowserIT {
    static SecureServer server;
    static Browser browser;
    static long letter;
    static long request;

    @BeforeAll
    static void start() throws Exception {
        server = SecureServer.start();
        SecureServer.Client admin = server.admin();
        ObjectNode draft =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("letters/seed-circular.json"));
        draft.remove("referenceNumber");
        draft.remove("date");
        draft.put("office", "ss-0017-2");
        HttpResponse<String> created = admin.postJson("/api/letters", draft);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        letter = SecureServer.Client.json(created).get("id").asLong();
        assertThat(admin.postJson("/api/letters/" + letter + "/issue", null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> asked =
                admin.postJson(
                        "/api/form-requests",
                        Map.of(
                                "letter",
                                letter,
                                "form",
                                "district-projects",
                                "deadline",
                                "2099-06-15"));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        request = SecureServer.Client.json(asked).get("id").asLong();
        server.signedIn("d.amphawa", List.of("STAFF"), List.of("ss-amphawa"), "NONE");
        server.signedIn("p.registry", List.of("CENTRAL_REGISTRY"), List.of(), "NONE");
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

    static void signIn(String username) {
        browser.go("/signin");
        if (!browser.findAll("form.signout").isEmpty()) {
            browser.clickAndWait("form.signout button");
        }
        assertThat(browser.signIn(username, SecureServer.USER_PASSWORD)).isEqualTo("/");
    }

    static void fillRow(int i, String priority, String name, String budget) {
        String p = "#p-" + i + "-";
        browser.type(p + "priority", priority)
                .type(p + "name", name)
                .type(p + "issue", "ส่งเสริมการท่องเที่ยวเชิงอนุรักษ์วิถีชีวิตริมน้ำ")
                .type(p + "objective", "เพื่อให้ชุมชนมีรายได้เพิ่มขึ้น")
                .type(p + "target", "ชุมชนริมคลอง ๕ แห่ง")
                .type(p + "village", "3")
                .type(p + "tambon", "อัมพวา")
                .type(p + "budget2563", budget)
                .type(p + "agency", "ที่ทำการปกครองอำเภออัมพวา")
                .type(p + "indicator", "นักท่องเที่ยวเพิ่มขึ้นร้อยละ ๑๐")
                .type(p + "expectedResult", "ชุมชนมีรายได้เพิ่มขึ้น");
        new Select(browser.find(p + "fundSource")).selectByVisibleText("งบประมาณจังหวัด");
    }

    @Test
    void a_district_submits_the_circulars_form_and_the_province_finds_it() throws Exception {
        signIn("d.amphawa");
        browser.go("/portal/submit");
        assertThat(browser.find("#requests").getText())
                .contains("อำเภออัมพวา")
                .contains("ยังไม่เปิดอ่าน");
        browser.clickAndWait("#requests a");
        assertThat(browser.find("h1").getText()).contains("บัญชีโครงการ");
        assertThat(browser.find("#deadline").getText()).isEqualTo("๑๕ มิถุนายน ๒๖๔๒");

        browser.type("#f-planName", "แผนพัฒนาอำเภออัมพวา ๕ ปี")
                .type("#f-periodFrom", "๒๕๖๑")
                .type("#f-periodTo", "2565")
                .type("#f-meetingNumber", "๓/๒๕๖๒")
                .type("#f-meetingDate", "๒๐ พฤษภาคม ๒๕๖๒");
        fillRow(0, "๑", "โครงการฟื้นฟูคลองอัมพวาเพื่อการท่องเที่ยวเชิงนิเวศ", "๑,๒๐๐,๐๐๐");
        browser.find("button[data-row=add]").click();
        assertThat(browser.findAll(".project-row")).hasSize(2);
        fillRow(1, "2", "โครงการตลาดน้ำยามเย็นปลอดขยะ", "abc");
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("submit-form");

        // a budget that is no amount: refused beside its field, in Thai, nothing lost
        browser.find("#confirm").click();
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.clickAndWait("#submit");
        assertThat(browser.find("#p-1-budget2563-error").getText()).contains("จำนวนเงิน");
        assertThat(browser.find("#f-planName").getAttribute("value"))
                .isEqualTo("แผนพัฒนาอำเภออัมพวา ๕ ปี");
        browser.screenshot("submit-form-errors");

        browser.find("#p-1-budget2563").clear();
        browser.type("#p-1-budget2563", "450000");
        browser.find("#confirm").click();
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.clickAndWait("#submit");
        assertThat(browser.path()).startsWith("/portal/submit/receipts/");
        String number = browser.find("#receive-number").getText();
        assertThat(number).matches("[๐-๙]+/[๐-๙]{4}");
        browser.screenshot("submit-acknowledgement");
        String pdf = browser.find("#download-acknowledgement").getAttribute("href");
        HttpResponse<byte[]> ack = bytes(pdf.substring(pdf.indexOf("/api/")));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(new String(ack.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.go("/letters/" + letter + "/submissions");
        assertThat(browser.find(".district-status").getText())
                .contains("อำเภออัมพวา")
                .doesNotContain("อำเภอบางคนที");

        signIn("p.registry");
        browser.go("/registers?office=ss-hall&series=receive");
        assertThat(browser.find("#register").getText())
                .contains("อำเภออัมพวา")
                .contains("บัญชีโครงการ");
        String q = "/search?q=" + URLEncoder.encode("บัญชีโครงการ อัมพวา", StandardCharsets.UTF_8);
        browser.go(q);
        for (int i = 0; i < 50 && !browser.find("main").getText().contains("ของอำเภออัมพวา"); i++) {
            Thread.sleep(200);
            browser.driver().navigate().refresh();
        }
        assertThat(browser.find("main").getText()).contains("ของอำเภออัมพวา");
        browser.go("/letters/" + letter);
        browser.clickAndWait("#form-status");
        assertThat(browser.find(".district-status").getText())
                .contains("อำเภออัมพวา")
                .contains("อำเภอบางคนที")
                .contains("ส่งแล้ว");
        assertThat(browser.find(".submitted-count").getText()).isEqualTo("๑");
        browser.screenshot("submit-status");
    }

    /** Fetches a path with the browser's session cookie. */
    static HttpResponse<byte[]> bytes(String path) throws Exception {
        String session =
                browser.driver().manage().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("");
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(server.uri(path))
                                .header("Cookie", session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
