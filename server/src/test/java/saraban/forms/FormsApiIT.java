package saraban.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.App;
import saraban.testing.TestHome;

/** The forms API over HTTP, as the README's examples use it. */
class FormsApiIT {
    static Javalin app;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = App.create(TestHome.settings()).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<byte[]> send(String method, String path, String type, byte[] body)
            throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (body != null) {
            b.header("Content-Type", type)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return FormsFixture.JSON.readTree(r.body());
    }

    @Test
    void lists_the_forms_and_serves_the_blank_and_fillable_pdfs_at_stable_urls() throws Exception {
        JsonNode forms = json(send("GET", "/api/forms", null, null));
        assertThat(forms.get(0).get("id").asText()).isEqualTo("district-projects");
        String version = forms.get(0).get("current").asText();
        HttpResponse<byte[]> blank =
                send("GET", "/api/forms/district-projects/" + version + "/blank.pdf", null, null);
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.headers().firstValue("Content-Type")).hasValue("application/pdf");
        HttpResponse<byte[]> fillable =
                send("GET", "/api/forms/district-projects/current/fillable.pdf", null, null);
        assertThat(fillable.statusCode()).isEqualTo(200);
        assertThat(
                        send("GET", "/api/forms/district-projects/0000/blank.pdf", null, null)
                                .statusCode())
                .isEqualTo(404);
    }

    @Test
    void answers_a_bad_submission_with_every_error_and_takes_a_good_one() throws Exception {
        ObjectNode body =
                (ObjectNode)
                        FormsFixture.JSON.readTree(
                                TestHome.resource("forms/amphawa-projects.json"));
        ObjectNode bad = body.deepCopy();
        ((ObjectNode) bad.get("data").get("projects").get(2)).put("budget2565", "สามล้าน");
        ((ObjectNode) bad.get("data")).remove("meetingNumber");
        HttpResponse<byte[]> refused =
                send(
                        "POST",
                        "/api/forms/district-projects/submissions",
                        "application/json",
                        FormsFixture.JSON.writeValueAsBytes(bad));
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json(refused);
        assertThat(problem.get("code").asText()).isEqualTo("SUBMISSION_INVALID");
        assertThat(problem.get("errors"))
                .extracting(e -> e.get("field").asText())
                .containsExactly("meetingNumber", "projects[2].budget2565");
        assertThat(problem.get("errors").get(1).get("message").asText())
                .isEqualTo("โครงการแถวที่ ๓: «๒๕๖๕» ต้องเป็นจำนวนเงิน เช่น ๑๒๐,๐๐๐ หรือ 120000.50");

        HttpResponse<byte[]> taken =
                send(
                        "POST",
                        "/api/forms/district-projects/submissions",
                        "application/json",
                        FormsFixture.JSON.writeValueAsBytes(body));
        assertThat(taken.statusCode()).isEqualTo(201);
        long id = json(taken).get("id").asLong();
        HttpResponse<byte[]> pdf = send("GET", "/api/submissions/" + id + "/pdf", null, null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.write(TestHome.outputDir("forms").resolve("api-submission.pdf"), pdf.body());
    }

    @Test
    void takes_a_filled_fillable_pdf_as_a_draft() throws Exception {
        byte[] fillable =
                send("GET", "/api/forms/district-projects/current/fillable.pdf", null, null).body();
        String boundary = "----saraban";
        byte[] multipart =
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"office\"\r\n\r\n"
                                + "ss-amphawa\r\n--"
                                + boundary
                                + "\r\nContent-Disposition: form-data;"
                                + " name=\"file\"; filename=\"f.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[multipart.length + fillable.length + end.length];
        System.arraycopy(multipart, 0, all, 0, multipart.length);
        System.arraycopy(fillable, 0, all, multipart.length, fillable.length);
        System.arraycopy(end, 0, all, multipart.length + fillable.length, end.length);
        HttpResponse<byte[]> draft =
                send(
                        "POST",
                        "/api/forms/district-projects/drafts",
                        "multipart/form-data; boundary=" + boundary,
                        all);
        assertThat(draft.statusCode()).isEqualTo(201);
        JsonNode saved = json(draft);
        assertThat(saved.get("status").asText()).isEqualTo("DRAFT");
        assertThat(saved.get("source").asText()).isEqualTo("PDF");
        // an empty form: the office is filled in, everything else still wanted
        assertThat(saved.get("problems"))
                .extracting(e -> e.get("code").asText())
                .contains("FIELD_REQUIRED", "TOO_FEW_ROWS");
    }
}
