package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
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
import saraban.testing.TestHome;
import saraban.web.Json;

/** The registers over HTTP, with the names other systems rely on. */
class RegistersApiIT {
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

    static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .header("Content-Type", "application/json")
                        .header("X-Saraban-Actor", "somchai")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    @Test
    void offices_list_their_ids_codes_and_parents() throws Exception {
        JsonNode offices = json(get("/api/offices"));
        JsonNode unit = null;
        for (JsonNode o : offices) {
            if (o.get("id").asText().equals("ss-0017-2")) {
                unit = o;
            }
        }
        assertThat(unit).isNotNull();
        assertThat(unit.get("code").asText()).isEqualTo("สส");
        assertThat(unit.get("unitCode").asText()).isEqualTo("0017.2");
        assertThat(unit.get("parent").asText()).isEqualTo("ss-0017");
        assertThat(unit.get("name").asText()).isNotBlank();
    }

    @Test
    void asking_for_a_number_answers_the_register_row() throws Exception {
        HttpResponse<String> r =
                post(
                        "/api/registers/ss-amphawa/circular/numbers",
                        "{\"subject\":\"แจ้งกำหนดการ\",\"recipient\":\"กำนันทุกตำบล\",\"date\":\"2019-03-29\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode row = json(r);
        assertThat(row.get("number").asInt()).isEqualTo(1);
        assertThat(row.get("referenceNumber").asText()).contains("/ว ๑");
        assertThat(row.get("year").asInt()).isEqualTo(2562);
        assertThat(row.get("createdBy").asText()).isEqualTo("somchai");
    }

    @Test
    void a_register_exports_as_csv_that_excel_opens_in_thai_with_cancelled_rows_marked()
            throws Exception {
        post(
                "/api/registers/ss-bang-khonthi/send/numbers",
                "{\"subject\":\"=SUM(A1)\",\"date\":\"2019-05-01\"}");
        post(
                "/api/registers/ss-bang-khonthi/send/numbers",
                "{\"subject\":\"เรื่องที่สอง\",\"date\":\"2019-05-01\"}");
        HttpResponse<String> cancel =
                post(
                        "/api/registers/ss-bang-khonthi/send/2562/1/cancel",
                        "{\"reason\":\"ออกเลขซ้ำกับงานอื่น\"}");
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        HttpResponse<String> csv = get("/api/registers/ss-bang-khonthi/send/2562?format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0])
                .startsWith("\uFEFFเลขทะเบียน,ที่,ลงวันที่,จาก,ถึง,เรื่อง,การปฏิบัติ,หมายเหตุ");
        assertThat(lines[1]).contains("\"'=SUM(A1)\"").contains("ยกเลิก: ออกเลขซ้ำกับงานอื่น");
        assertThat(lines[2]).startsWith("\"2\"").contains("เรื่องที่สอง");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an unknown office   | /api/registers/xx-9999/send/numbers     | {\"subject\":\"ก\"}                | 404 | UNKNOWN_OFFICE",
                "an unknown series   | /api/registers/ss-mueang/outbox/numbers | {\"subject\":\"ก\"}                | 404 | UNKNOWN_SERIES",
                "no subject          | /api/registers/ss-mueang/send/numbers   | {\"recipient\":\"ก\"}              | 400 | FIELD_REQUIRED",
                "a future year       | /api/registers/ss-mueang/send/numbers   | {\"subject\":\"ก\",\"date\":\"2999-01-01\"} | 400 | DATE_IN_FUTURE_YEAR",
                "no unit code        | /api/registers/ss-hall/send/numbers     | {\"subject\":\"ก\"}                | 400 | OFFICE_HAS_NO_UNIT_CODE",
                "a number never given| /api/registers/ss-mueang/order/2562/77/cancel | {\"reason\":\"ก\"}          | 404 | NUMBER_NOT_FOUND",
                "no reason           | /api/registers/ss-mueang/order/2562/1/cancel  | {}                         | 400 | FIELD_REQUIRED",
            })
    void bad_requests_answer_a_code_and_a_thai_message(
            String what, String path, String body, int status, String code) throws Exception {
        HttpResponse<String> r = post(path, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode p = json(r);
        assertThat(p.get("code").asText()).isEqualTo(code);
        assertThat(p.get("message").asText()).containsPattern("[\u0E01-\u0E5B]");
    }
}
