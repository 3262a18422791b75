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
import saraban.testing.PdfText;
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

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Two send numbers of the strategy group: it shares the send series of the province office,
     * which shares the provincial hall's, so the register is the hall's.
     */
    static void twoNumbersOneCancelled() throws Exception {
        if (json(get("/api/registers/ss-0017-2/send/2562")).size() > 0) {
            return;
        }
        post(
                "/api/registers/ss-0017-2/send/numbers",
                "{\"subject\":\"ขอเชิญประชุมคณะกรรมการ\",\"recipient\":\"นายอำเภอทุกอำเภอ\","
                        + "\"date\":\"2019-03-29\"}");
        post(
                "/api/registers/ss-0017-2/send/numbers",
                "{\"subject\":\"ส่งรายงานผลการดำเนินงาน\",\"date\":\"2019-03-29\"}");
        HttpResponse<String> cancel =
                post("/api/registers/ss-0017/send/2562/1/cancel", "{\"reason\":\"ออกเลขผิด\"}");
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "[{index}] {0} Accept: {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "?format=xlsx     | none",
                "''               | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            })
    void a_register_exports_as_a_workbook_with_its_thai_columns(String query, String accept)
            throws Exception {
        twoNumbersOneCancelled();
        HttpResponse<byte[]> r = get("/api/registers/ss-0017-2/send/2562" + query, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo(XLSX);
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"register-ss-0017-2-send-2562.xlsx\"");
        XlsxFile xlsx = XlsxFile.read(r.body());
        assertThat(xlsx.texts(0, 3)).containsExactly("เลขทะเบียน", "ที่", "ลงวันที่");
        assertThat(xlsx.texts(1, 3)).containsExactly("๑", "สส ๐๐๑๗.๒/๑", "๒๙ มี.ค. ๒๕๖๒");
        assertThat(xlsx.cell(1, 8).text()).isEqualTo("ยกเลิก");
        assertThat(xlsx.cell(1, 7).text()).startsWith("ยกเลิก: ออกเลขผิด (โดย somchai เมื่อ ");
        assertThat(xlsx.texts(2, 2)).containsExactly("๒", "สส ๐๐๑๗.๒/๒");
        assertThat(xlsx.sheetName()).isEqualTo("ทะเบียนหนังสือส่ง พ.ศ. ๒๕๖๒");
    }

    @ParameterizedTest(name = "[{index}] {0} Accept: {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "?format=pdf | none",
                "''          | application/pdf",
                "''          | application/json;q=0.5, application/pdf",
            })
    void a_register_prints_as_pdf_under_the_office_that_keeps_it(String query, String accept)
            throws Exception {
        twoNumbersOneCancelled();
        HttpResponse<byte[]> r = get("/api/registers/ss-0017-2/send/2562" + query, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("inline; filename=\"register-ss-0017-2-send-2562.pdf\"");
        String text = PdfText.pdftotext(r.body(), "-layout").replaceAll(" +", " ");
        assertThat(text)
                .contains("ทะเบียนหนังสือส่ง")
                .contains("ศาลากลางจังหวัดสมุทรสงคราม พ.ศ. ๒๕๖๒")
                .contains(" ๑ สส ๐๐๑๗.๒/๑ ๒๙ มี.ค. ๒๕๖๒ ")
                .contains(" ๒ สส ๐๐๑๗.๒/๒ ๒๙ มี.ค. ๒๕๖๒ ")
                .contains("ยกเลิก: ออกเลขผิด")
                .contains("หน้า ๑ จาก ๑");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "no Accept        | none",
                "anything         | */*",
                "a browser        | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "JSON             | application/json",
            })
    void a_register_is_json_unless_another_format_is_asked_for(String what, String accept)
            throws Exception {
        twoNumbersOneCancelled();
        HttpResponse<byte[]> r = get("/api/registers/ss-0017-2/send/2562", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/json");
        JsonNode rows = Json.mapper().readTree(r.body());
        assertThat(rows.get(0).get("status").asText()).isEqualTo("CANCELLED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "an unknown format       | ?format=docx | none               | 400 | UNKNOWN_FORMAT",
                "an unacceptable Accept  | ''           | application/msword | 406 | NOT_ACCEPTABLE",
            })
    void an_unknown_format_is_refused_with_a_code_and_a_thai_message(
            String what, String query, String accept, int status, String code) throws Exception {
        HttpResponse<byte[]> r = get("/api/registers/ss-0017-2/send/2562" + query, accept);
        assertThat(r.statusCode()).isEqualTo(status);
        JsonNode p = Json.mapper().readTree(r.body());
        assertThat(p.get("code").asText()).isEqualTo(code);
        assertThat(p.get("message").asText()).containsPattern("[\u0E01-\u0E5B]");
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
