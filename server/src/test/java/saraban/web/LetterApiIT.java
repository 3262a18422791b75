package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.App;
import saraban.testing.PdfText;
import saraban.testing.TestHome;

/** The letter API over HTTP: what another system sends and gets back. */
class LetterApiIT {
    static Javalin app;
    static HttpClient http = HttpClient.newHttpClient();
    static ObjectMapper json = Json.mapper();

    @BeforeAll
    static void start() {
        app = App.create(TestHome.settings()).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<byte[]> post(String path, String contentType, String body)
            throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static ObjectNode seed() throws IOException {
        return (ObjectNode) json.readTree(TestHome.resource("letters/seed-circular.json"));
    }

    static JsonNode problem(HttpResponse<byte[]> response) throws IOException {
        return json.readTree(response.body());
    }

    @Test
    void health_answers_ok() throws Exception {
        HttpResponse<String> r =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + app.port() + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"ok\"");
    }

    @Test
    void the_seed_circular_renders_as_a_pdf() throws Exception {
        HttpResponse<byte[]> r = post("/api/letters/render", "application/json", seed().toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(PdfText.squeeze(PdfText.pdfbox(r.body())))
                .contains("การเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่");
    }

    @Test
    void markup_in_user_text_prints_literally() throws Exception {
        ObjectNode letter = seed();
        String hostile =
                "เรื่อง <fo:block color=\"red\">x</fo:block> & ]]> <!-- c --> &amp; <?pi?>";
        letter.put("subject", hostile);
        HttpResponse<byte[]> r = post("/api/letters/render", "application/json", letter.toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(PdfText.squeeze(PdfText.pdfbox(r.body()))).contains(PdfText.squeeze(hostile));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a blank subject        | subject   | \"  \"                         | FIELD_REQUIRED    | ต้องระบุเรื่อง",
                "no body                | body      | []                              | FIELD_REQUIRED    | ต้องระบุข้อความ",
                "a control character    | subject   | \"เรื่อง\\u0007\"                  | CONTROL_CHARACTER | อักขระควบคุม",
                "an unknown kind        | kind      | \"letter\"                      | FIELD_INVALID     | ไม่ถูกต้อง",
                "an unknown urgency     | urgency   | \"ด่วนมากๆ\"                     | FIELD_INVALID     | ไม่ถูกต้อง",
                "a date that is no date | date      | \"2019-02-30\"                  | FIELD_INVALID     | ไม่ถูกต้อง",
                "a circular without ว   | referenceNumber | \"สส ๐๐๑๗.๒/๕๒๕\"        | FIELD_INVALID     | หนังสือเวียน",
                "a closing not paired   | closing   | \"ขอแสดงความนับถืออย่างยิ่ง\"     | FIELD_INVALID     | ไม่เข้าคู่",
                "an unknown field       | subjet    | \"x\"                           | UNKNOWN_FIELD     | ไม่รู้จัก",
            })
    void bad_input_is_answered_with_a_stable_code_and_a_thai_message(
            String what, String field, String value, String code, String thai) throws Exception {
        ObjectNode letter = seed();
        letter.set(field, json.readTree(value));
        HttpResponse<byte[]> r = post("/api/letters/render", "application/json", letter.toString());
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = problem(r);
        assertThat(p.path("code").asText()).isEqualTo(code);
        assertThat(p.path("field").asText()).isEqualTo(field);
        assertThat(p.path("title").asText()).isNotBlank();
        assertThat(p.path("message").asText()).contains(thai);
    }

    @Test
    void a_body_that_is_not_json_is_refused() throws Exception {
        HttpResponse<byte[]> r = post("/api/letters/render", "application/json", "{\"kind\": ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(problem(r).path("code").asText()).isEqualTo("MALFORMED_JSON");
        HttpResponse<byte[]> form = post("/api/letters/render", "text/plain", seed().toString());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(problem(form).path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void an_unknown_address_answers_a_problem() throws Exception {
        HttpResponse<byte[]> r = post("/api/nothing", "application/json", "{}");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(problem(r).path("code").asText()).isEqualTo("NOT_FOUND");
    }
}
