package saraban.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.App;
import saraban.testing.TestHome;
import saraban.web.Json;

/** Drafts, issuing and reservations over HTTP, with the names other systems rely on. */
class IssuingApiIT {
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

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .header("X-Saraban-Actor", "somchai");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    static String draft(String office) throws Exception {
        ObjectNode json =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("letters/seed-circular.json"));
        json.remove("referenceNumber");
        json.remove("date");
        if (office != null) {
            json.put("office", office);
        }
        return json.toString();
    }

    @Test
    void a_draft_is_kept_issued_and_its_pdf_served() throws Exception {
        HttpResponse<String> created = send("POST", "/api/letters", draft("ss-0017-2"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode letter = json(created);
        long id = letter.get("id").asLong();
        assertThat(letter.get("status").asText()).isEqualTo("DRAFT");
        assertThat(letter.get("office").asText()).isEqualTo("ss-0017-2");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/letters/" + id);

        HttpResponse<String> early = send("GET", "/api/letters/" + id + "/pdf", null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json(early).get("code").asText()).isEqualTo("LETTER_NOT_ISSUED");

        HttpResponse<String> issued = send("POST", "/api/letters/" + id + "/issue", null);
        assertThat(issued.statusCode()).isEqualTo(200);
        String number = json(issued).get("referenceNumber").asText();
        assertThat(number).matches("สส ๐๐๑๗\\.๒/ว [๐-๙]+");
        assertThat(json(send("GET", "/api/letters/" + id, null)).get("referenceNumber").asText())
                .isEqualTo(number);

        HttpResponse<byte[]> pdf =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://127.0.0.1:"
                                                        + app.port()
                                                        + "/api/letters/"
                                                        + id
                                                        + "/pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        HttpResponse<String> again = send("POST", "/api/letters/" + id + "/issue", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("code").asText()).isEqualTo("LETTER_ALREADY_ISSUED");
        assertThat(json(again).get("message").asText()).contains("ออกเลขไปแล้ว");
        HttpResponse<String> edit = send("PUT", "/api/letters/" + id, draft("ss-0017-2"));
        assertThat(json(edit).get("code").asText()).isEqualTo("LETTER_ALREADY_ISSUED");
    }

    @Test
    void a_reserved_number_is_used_over_http() throws Exception {
        HttpResponse<String> reserved =
                send(
                        "POST",
                        "/api/registers/ss-bang-khonthi/send/reservations",
                        "{\"count\": 2, \"purpose\": \"ตอบจังหวัด\"}");
        assertThat(reserved.statusCode()).isEqualTo(201);
        JsonNode block = json(reserved);
        long reservation = block.get("id").asLong();
        assertThat(block.get("entries")).hasSize(2);
        assertThat(block.get("entries").get(0).get("status").asText()).isEqualTo("RESERVED");
        int first = block.get("firstNumber").asInt();

        HttpResponse<String> used =
                send(
                        "POST",
                        "/api/reservations/" + reservation + "/use",
                        "{\"number\": " + first + ", \"subject\": \"รายงานผล\"}");
        assertThat(used.statusCode()).isEqualTo(200);
        assertThat(json(used).get("status").asText()).isEqualTo("USED");
        assertThat(json(used).get("usedBy").asText()).isEqualTo("somchai");

        HttpResponse<String> twice =
                send(
                        "POST",
                        "/api/reservations/" + reservation + "/use",
                        "{\"number\": " + first + ", \"subject\": \"ซ้ำ\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).get("code").asText()).isEqualTo("NUMBER_ALREADY_USED");

        HttpResponse<String> letter = send("POST", "/api/letters", draft("ss-bang-khonthi"));
        long id = json(letter).get("id").asLong();
        HttpResponse<String> malformed =
                send("POST", "/api/letters/" + id + "/issue", "{\"referenceNumber\": \"ที่ ๒๕\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("code").asText()).isEqualTo("REFERENCE_NUMBER_MALFORMED");
        assertThat(json(malformed).get("field").asText()).isEqualTo("referenceNumber");
    }

    @Test
    void bad_requests_get_problem_bodies() throws Exception {
        HttpResponse<String> noOffice = send("POST", "/api/letters", draft(null));
        assertThat(noOffice.statusCode()).isEqualTo(400);
        assertThat(json(noOffice).get("field").asText()).isEqualTo("office");

        HttpResponse<String> unknown = send("POST", "/api/letters", draft("nowhere"));
        assertThat(json(unknown).get("code").asText()).isEqualTo("UNKNOWN_OFFICE");

        HttpResponse<String> missing = send("GET", "/api/letters/999999", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("code").asText()).isEqualTo("LETTER_NOT_FOUND");
        assertThat(send("GET", "/api/letters/abc", null).statusCode()).isEqualTo(404);

        HttpResponse<String> receive =
                send("POST", "/api/registers/ss-0017/receive/reservations", "{\"count\": 1}");
        assertThat(json(receive).get("code").asText()).isEqualTo("SERIES_NOT_RESERVABLE");
        HttpResponse<String> tooMany =
                send("POST", "/api/registers/ss-0017/send/reservations", "{\"count\": 1000}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json(tooMany).get("field").asText()).isEqualTo("count");
        HttpResponse<String> badNumber =
                send(
                        "POST",
                        "/api/reservations/1/use",
                        "{\"number\": \"หนึ่ง\", \"subject\": \"x\"}");
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(json(badNumber).get("field").asText()).isEqualTo("number");
    }
}
