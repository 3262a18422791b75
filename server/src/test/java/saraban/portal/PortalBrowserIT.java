package saraban.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.App;
import saraban.testing.Browser;
import saraban.testing.TestHome;

/**
 * The public portal in headless Chromium, not signed in: the newest published circular on {@code
 * /portal}, its page with the enclosure, and a form from the library downloaded with its Thai name;
 * a secret or unpublished letter has no portal page.
 */
class PortalBrowserIT {
    static final String SUBJECT = "ขอเชิญประชุมคณะทำงานจัดทำแผนพัฒนาจังหวัด";
    static final String FORM_TITLE = "แบบบัญชีโครงการตามแผนพัฒนาอำเภอ";
    static final String FORM_FILE = "แบบ ผ.๐๒.pdf";

    static Javalin app;
    static Http http;
    static Browser browser;
    static long circular;
    static long unpublished;
    static byte[] formPdf;

    @BeforeAll
    static void start() throws Exception {
        app = App.create(TestHome.settings()).start(0);
        http = new Http(app.port());
        PublishingApiIT.http = http;

        circular = PublishingApiIT.draft(SUBJECT, true, null);
        HttpResponse<String> enclosure =
                http.form()
                        .field("title", "กำหนดการประชุม")
                        .file("file", "กำหนดการประชุม.pdf", Samples.pdf(1))
                        .post("/api/letters/" + circular + "/attachments");
        assertThat(enclosure.statusCode()).as(enclosure.body()).isEqualTo(201);
        PublishingApiIT.issue(circular, "{\"publish\": true}");

        unpublished = PublishingApiIT.draft("ขอส่งรายงานผลการดำเนินงานประจำเดือน", true, null);
        PublishingApiIT.issue(unpublished, null);

        formPdf = Samples.pdf(2);
        HttpResponse<String> added =
                http.form()
                        .field("office", "ss-0017-2")
                        .field("title", FORM_TITLE)
                        .field("category", "form")
                        .field("year", "๒๕๖๒")
                        .field("description", "ใช้ประกอบหนังสือเวียนเรื่องแผนพัฒนาจังหวัด")
                        .file("file", FORM_FILE, formPdf)
                        .post("/api/portal/documents");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        browser = Browser.open(URI.create("http://127.0.0.1:" + app.port() + "/"), Browser.DESKTOP);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            app.stop();
        }
    }

    @Test
    void anyone_reads_the_circular_and_downloads_the_form() throws Exception {
        browser.go("/portal");
        assertThat(browser.find("#circulars").getText()).contains(SUBJECT);
        browser.screenshot("portal");

        browser.clickAndWait("#circular-" + circular + " a.portal-title");
        assertThat(browser.path()).isEqualTo("/portal/circulars/" + circular);
        assertThat(browser.find("#subject").getText()).isEqualTo(SUBJECT);
        assertThat(browser.find("#reference-number").getText()).matches(".*[๐-๙]+.*");
        assertThat(browser.find("#enclosures").getText()).contains("กำหนดการประชุม");
        browser.screenshot("portal-circular");

        browser.go("/portal/forms");
        assertThat(browser.find("#category-form").getText()).contains(FORM_TITLE);
        browser.screenshot("portal-forms");
        String href = browser.find("#category-form a.portal-download").getAttribute("href");

        HttpResponse<byte[]> download =
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(href)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/pdf");
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).contains("filename*=UTF-8''");
        assertThat(PortalFilesIT.utf8Name(disposition)).isEqualTo(FORM_FILE);
        assertThat(download.body()).isEqualTo(formPdf);
    }

    @Test
    void a_secret_or_unpublished_letter_has_no_portal_page() throws Exception {
        long secret = PublishingApiIT.draft("ขอส่งข้อมูลการรักษาความปลอดภัย", true, "ลับ");
        PublishingApiIT.issue(secret, null);
        assertThat(http.page("/portal/circulars/" + secret).statusCode()).isEqualTo(404);
        assertThat(http.page("/portal/circulars/" + unpublished).statusCode()).isEqualTo(404);
    }
}
