package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.App;
import saraban.Settings;
import saraban.testing.TestHome;
import saraban.web.Json;

/** Offices over HTTP: the fields other systems read and send, the codes of refusals. */
class OfficesApiIT {
    static Settings settings;
    static Javalin app;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        settings = TestHome.settings();
        app = App.create(settings).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .header("Content-Type", "application/json")
                        .header("X-Saraban-Actor", "somchai");
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(
                request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    static String office(String id, String unitCode, String parent) {
        return "{\"id\":\""
                + id
                + "\",\"name\":\"กลุ่มงานทดสอบ\",\"code\":\"สส\",\"unitCode\":\""
                + unitCode
                + "\",\"parent\":\""
                + parent
                + "\",\"address\":\"ถนนเอกชัย สส ๗๕๐๐๐\",\"phone\":\"๐ ๓๔๗๑ ๓๓๐๘\","
                + "\"sharesParentSeries\":[\"send\",\"circular\"]}";
    }

    /** The audit events of an office: {@code actor action}. */
    static List<String> audits(String officeId) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:sqlite:" + settings.dataDir().resolve("saraban.db"));
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT actor, action FROM audit_events WHERE entity = ? ORDER BY id")) {
            s.setString(1, "office/" + officeId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1) + " " + r.getString(2));
                }
            }
        }
        return out;
    }

    @Test
    void the_list_keeps_the_fields_it_had_and_adds_the_rest() throws Exception {
        JsonNode offices = json(send("GET", "/api/offices", null));
        assertThat(offices.size()).isGreaterThanOrEqualTo(9);
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
        assertThat(unit.get("name").asText())
                .isEqualTo("กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด");
        assertThat(unit.get("address").asText()).isEqualTo("ถนนเอกชัย สส 75000");
        assertThat(unit.get("phone").asText()).isEqualTo("0 3471 3308");
        assertThat(unit.get("sharesParentSeries").toString())
                .isEqualTo("[\"send\",\"circular\",\"order\",\"announcement\"]");
        assertThat(unit.get("numberingYear").asText()).isEqualTo("calendar");
        assertThat(unit.get("active").asBoolean()).isTrue();
        assertThat(json(send("GET", "/api/offices/ss-0017-2", null))).isEqualTo(unit);
    }

    @Test
    void an_office_is_created_read_changed_and_deleted_each_step_audited() throws Exception {
        HttpResponse<String> created =
                send("POST", "/api/offices", office("ss-0017-7", "๐๐๑๗.๗", "ss-0017"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/offices/ss-0017-7");
        assertThat(json(created).get("unitCode").asText()).isEqualTo("0017.7");

        HttpResponse<String> number =
                send(
                        "POST",
                        "/api/registers/ss-0017-7/circular/numbers",
                        "{\"subject\":\"ทดสอบ\",\"date\":\"2019-03-29\"}");
        assertThat(number.statusCode()).as(number.body()).isEqualTo(201);
        assertThat(json(number).get("officeId").asText()).isEqualTo("ss-hall");
        assertThat(json(number).get("referenceNumber").asText()).startsWith("สส ๐๐๑๗.๗/ว ");

        ObjectNode changed = (ObjectNode) json(send("GET", "/api/offices/ss-0017-7", null));
        changed.put("name", "กลุ่มงานทดสอบ (ชื่อใหม่)");
        HttpResponse<String> updated = send("PUT", "/api/offices/ss-0017-7", changed.toString());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(send("GET", "/api/offices/ss-0017-7", null)).get("name").asText())
                .isEqualTo("กลุ่มงานทดสอบ (ชื่อใหม่)");

        HttpResponse<String> inUse = send("DELETE", "/api/offices/ss-0017-7", null);
        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(json(inUse).get("code").asText()).isEqualTo("OFFICE_IN_USE");
        changed.put("active", false);
        assertThat(send("PUT", "/api/offices/ss-0017-7", changed.toString()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused =
                send(
                        "POST",
                        "/api/registers/ss-0017-7/circular/numbers",
                        "{\"subject\":\"ทดสอบ\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("code").asText()).isEqualTo("OFFICE_INACTIVE");

        assertThat(
                        send("POST", "/api/offices", office("ss-0017-8", "0017.8", "ss-0017"))
                                .statusCode())
                .isEqualTo(201);
        assertThat(send("DELETE", "/api/offices/ss-0017-8", null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/offices/ss-0017-8", null).statusCode()).isEqualTo(404);

        assertThat(audits("ss-0017-7"))
                .containsExactly(
                        "somchai office.create", "somchai office.update", "somchai office.update");
        assertThat(audits("ss-0017-8"))
                .containsExactly("somchai office.create", "somchai office.delete");
    }

    @Test
    void an_offices_file_is_imported_on_request() throws Exception {
        HttpResponse<String> r =
                send(
                        "POST",
                        "/api/offices/import?name=new-units.ini",
                        "[ss-0017-9]\nname = กลุ่มงานนำเข้า\nletter-code = สส\nunit-code = ๐๐๑๗.๙\n"
                                + "parent = ss-0017\nshares-parent-series = send\n");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("created").toString()).isEqualTo("[\"ss-0017-9\"]");
        assertThat(json(r).get("notInFile").toString()).contains("\"ss-hall\"");
        assertThat(audits("ss-0017-9")).containsExactly("somchai office.import");

        HttpResponse<String> broken =
                send("POST", "/api/offices/import?name=broken.ini", "[x]\nname = ก\n");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).get("code").asText()).isEqualTo("OFFICE_FILE_INVALID");
        assertThat(json(broken).get("title").asText())
                .isEqualTo("broken.ini line 1 [x]: letter-code must be set");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a taken id        | POST   | /api/offices            | {\"id\":\"ss-hall\",\"name\":\"ก\",\"code\":\"สส\"}                    | 409 | OFFICE_ID_TAKEN     | id",
                "a malformed id    | POST   | /api/offices            | {\"id\":\"SS HALL\",\"name\":\"ก\",\"code\":\"สส\"}                    | 400 | OFFICE_ID_INVALID   | id",
                "no id             | POST   | /api/offices            | {\"name\":\"ก\",\"code\":\"สส\"}                                       | 400 | FIELD_REQUIRED      | id",
                "a Latin code      | POST   | /api/offices            | {\"id\":\"x-1\",\"name\":\"ก\",\"code\":\"SS\"}                        | 400 | LETTER_CODE_INVALID | code",
                "a bad unit code   | POST   | /api/offices            | {\"id\":\"x-1\",\"name\":\"ก\",\"code\":\"สส\",\"unitCode\":\"17/2\"} | 400 | UNIT_CODE_INVALID   | unitCode",
                "an unknown parent | POST   | /api/offices            | {\"id\":\"x-1\",\"name\":\"ก\",\"code\":\"สส\",\"parent\":\"x-0\"}   | 400 | UNKNOWN_PARENT      | parent",
                "an unknown field  | POST   | /api/offices            | {\"id\":\"x-1\",\"name\":\"ก\",\"code\":\"สส\",\"boss\":\"ก\"}       | 400 | UNKNOWN_FIELD       | boss",
                "a cycle           | PUT    | /api/offices/ss-hall    | {\"name\":\"ศาลากลาง\",\"code\":\"สส\",\"parent\":\"ss-0017\"}      | 400 | PARENT_CYCLE        | parent",
                "a new id          | PUT    | /api/offices/ss-hall    | {\"id\":\"ss-hall-2\",\"name\":\"ศาลากลาง\",\"code\":\"สส\"}         | 400 | OFFICE_ID_FIXED     | id",
                "an unknown office | PUT    | /api/offices/ss-9999    | {\"name\":\"ก\",\"code\":\"สส\"}                                       | 404 | UNKNOWN_OFFICE      | office",
                "a parent in use   | DELETE | /api/offices/ss-0017    |                                                                          | 409 | OFFICE_HAS_CHILDREN | office",
                "a missing office  | GET    | /api/offices/ss-9999    |                                                                          | 404 | UNKNOWN_OFFICE      | office",
            })
    void refusals_answer_a_code_a_field_and_a_thai_message(
            String what,
            String method,
            String path,
            String body,
            int status,
            String code,
            String field)
            throws Exception {
        HttpResponse<String> r = send(method, path, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode p = json(r);
        assertThat(p.get("code").asText()).isEqualTo(code);
        assertThat(p.get("field").asText()).isEqualTo(field);
        assertThat(p.get("message").asText()).containsPattern("[\u0E01-\u0E5B]");
    }
}
