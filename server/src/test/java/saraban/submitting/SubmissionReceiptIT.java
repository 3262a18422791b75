package saraban.submitting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.App;
import saraban.testing.TestHome;
import saraban.web.Json;

/**
 * Submitting a circular's form registers it as an incoming letter of the province hall: receive
 * number, register row, search; the district gets an acknowledgement; a second submission is a new
 * revision with its own receipt.
 */
class SubmissionReceiptIT {
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = App.create(TestHome.settings()).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<byte[]> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .header("X-Saraban-Actor", "district-clerk");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    /** An issued circular of the provincial office asking for the district projects form. */
    static long request(String deadline) throws Exception {
        ObjectNode letter =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("letters/seed-circular.json"));
        letter.remove("referenceNumber");
        letter.remove("date");
        letter.put("office", "ss-0017-2");
        HttpResponse<byte[]> created = send("POST", "/api/letters", letter.toString());
        assertThat(created.statusCode())
                .as(new String(created.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(send("POST", "/api/letters/" + id + "/issue", null).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> r =
                send(
                        "POST",
                        "/api/form-requests",
                        "{\"letter\": "
                                + id
                                + ", \"form\": \"district-projects\", \"deadline\": \""
                                + deadline
                                + "\"}");
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return json(r).get("id").asLong();
    }

    static String submission(long request, String planName) throws Exception {
        ObjectNode body =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("forms/amphawa-projects.json"));
        body.put("request", request);
        ((ObjectNode) body.get("data")).put("planName", planName);
        return body.toString();
    }

    @Test
    void a_submission_is_received_by_the_hall_with_an_acknowledgement_and_found_in_search()
            throws Exception {
        long request = request("2099-06-15");
        HttpResponse<byte[]> taken =
                send(
                        "POST",
                        "/api/forms/district-projects/submissions",
                        submission(request, "แผนพัฒนาอำเภออัมพวา ๕ ปี"));
        assertThat(taken.statusCode())
                .as(new String(taken.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        long id = json(taken).get("id").asLong();

        JsonNode ack = json(send("GET", "/api/submissions/" + id + "/acknowledgement", null));
        assertThat(ack.get("receivedBy").asText()).isEqualTo("ศาลากลางจังหวัดสมุทรสงคราม");
        assertThat(ack.get("receiveNumber").asText()).matches("[๐-๙]+/[๐-๙]{4}");
        assertThat(ack.get("time").asText()).matches("[๐-๙]{2}\\.[๐-๙]{2} น\\.");
        assertThat(ack.get("sender").asText()).isEqualTo("อำเภออัมพวา");

        HttpResponse<byte[]> pdf =
                send("GET", "/api/submissions/" + id + "/acknowledgement.pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.write(TestHome.outputDir("submitting").resolve("acknowledgement.pdf"), pdf.body());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("ใบตอบรับการส่งแบบ")
                    .contains(ack.get("receiveNumber").asText())
                    .contains("อำเภออัมพวา");
        }

        String subject = ack.get("subject").asText();
        assertThat(subject).contains("อำเภออัมพวา");
        int year = 0;
        for (char d : ack.get("receiveNumber").asText().split("/")[1].toCharArray()) {
            year = year * 10 + Character.digit(d, 10);
        }
        JsonNode register = json(send("GET", "/api/registers/ss-hall/receive/" + year, null));
        assertThat(register.toString()).contains(subject).contains("อำเภออัมพวา");

        String q =
                "/api/search?q=" + URLEncoder.encode("บัญชีโครงการ อัมพวา", StandardCharsets.UTF_8);
        JsonNode found = null;
        for (int i = 0; i < 100; i++) {
            found = json(send("GET", q, null));
            if (found.path("hits").findValuesAsText("subject").contains(subject)) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(found.path("hits").findValuesAsText("subject")).contains(subject);

        HttpResponse<byte[]> again =
                send(
                        "POST",
                        "/api/forms/district-projects/submissions",
                        submission(request, "แผนพัฒนาอำเภออัมพวา ๕ ปี ฉบับแก้ไข"));
        long second = json(again).get("id").asLong();
        assertThat(json(again).get("revision").asInt()).isEqualTo(2);
        JsonNode ack2 = json(send("GET", "/api/submissions/" + second + "/acknowledgement", null));
        assertThat(ack2.get("receiveNumber").asText())
                .isNotEqualTo(ack.get("receiveNumber").asText());
        assertThat(ack2.get("subject").asText()).contains("ส่งครั้งที่ ๒");
        assertThat(
                        json(send("GET", "/api/submissions/" + id + "/acknowledgement", null))
                                .get("receiveNumber")
                                .asText())
                .isEqualTo(ack.get("receiveNumber").asText());
    }

    @Test
    void a_refused_submission_stays_a_draft_and_takes_no_receive_number() throws Exception {
        long request = request("2099-06-15");
        ObjectNode body = (ObjectNode) Json.mapper().readTree(submission(request, "แผน"));
        ((ObjectNode) body.get("data")).remove("meetingNumber");
        HttpResponse<byte[]> draft =
                send("POST", "/api/forms/district-projects/drafts", body.toString());
        long id = json(draft).get("id").asLong();
        HttpResponse<byte[]> refused = send("POST", "/api/submissions/" + id + "/submit", null);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(send("GET", "/api/submissions/" + id, null)).get("status").asText())
                .isEqualTo("DRAFT");
        HttpResponse<byte[]> none =
                send("GET", "/api/submissions/" + id + "/acknowledgement", null);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).get("code").asText()).isEqualTo("NOT_RECEIVED");
        assertThat(json(none).get("message").asText()).contains("ใบตอบรับ");
    }

    @Test
    void a_submission_after_the_seed_deadline_is_received_and_marked_late() throws Exception {
        long request = request("2019-06-15");
        HttpResponse<byte[]> taken =
                send(
                        "POST",
                        "/api/forms/district-projects/submissions",
                        submission(request, "แผนพัฒนาอำเภออัมพวา"));
        assertThat(taken.statusCode()).isEqualTo(201);
        assertThat(json(taken).get("late").asBoolean()).isTrue();
        long id = json(taken).get("id").asLong();
        assertThat(
                        json(send("GET", "/api/submissions/" + id + "/acknowledgement", null))
                                .get("late")
                                .asBoolean())
                .isTrue();
    }
}
