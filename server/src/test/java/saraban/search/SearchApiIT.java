package saraban.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.App;
import saraban.Settings;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.testing.TestHome;
import saraban.web.Json;

/** {@code GET /api/search} on a running server, its documents written as the services will. */
class SearchApiIT {
    static Javalin app;
    static Database db;
    static HttpClient http = HttpClient.newHttpClient();
    static long circular;
    static long secret;
    static long received;

    @BeforeAll
    static void start() throws Exception {
        Settings settings = TestHome.settings();
        app = App.create(settings).start(0);
        db = Database.open(settings.dbUrl(), Clock.systemUTC());
        Correspondence rows = new Correspondence(db, FileStore.open(db, settings.dataDir()));
        circular =
                rows.issue(
                        "ss-mueang",
                        "external",
                        "circular",
                        "สส ๐๐๑๗.๒/ว ๕๒๕",
                        LocalDate.of(2019, 3, 29),
                        "การเชื่อมโยงแผนพัฒนาในระดับพื้นที่",
                        List.of("ตามที่จังหวัดสมุทรสงครามแจ้งการกำหนดปฏิทินการประชุม"),
                        "ด่วนที่สุด",
                        null);
        secret =
                rows.issue(
                        "ss-mueang",
                        "memo",
                        "send",
                        "สส ๐๐๑๗.๒/๔๕",
                        LocalDate.of(2019, 4, 1),
                        "รายงานการประชุมลับ",
                        List.of("การประชุมเรื่องความมั่นคง"),
                        null,
                        "ลับมาก");
        received =
                rows.receive(
                        "ss-mueang",
                        "มท ๐๒๑๒.๑/ว ๑๘๓๑",
                        LocalDate.of(2019, 3, 21),
                        "กระทรวงมหาดไทย",
                        "แนวทางการประชุมประชาคม",
                        List.of("ขอให้จังหวัดจัดการประชุมประชาคมหมู่บ้าน"));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (total(get("/api/search?q=", "TOP_SECRET")) < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @AfterAll
    static void stop() {
        app.stop();
        db.close();
    }

    static HttpResponse<String> get(String path, String clearance) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (clearance != null) {
            request.header("X-Saraban-Clearance", clearance);
        }
        return http.send(
                request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    static long total(HttpResponse<String> r) throws Exception {
        return r.statusCode() == 200 ? json(r).get("total").asLong() : -1;
    }

    @Test
    void answers_total_hits_and_facets() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + q("ประชุม"), null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("total").asLong()).isEqualTo(2);
        JsonNode first = body.get("hits").get(0);
        assertThat(first.get("id").asText()).isIn("letter:" + circular, "incoming:" + received);
        for (JsonNode hit : body.get("hits")) {
            assertThat(hit.get("referenceNumber").asText()).isNotBlank();
            assertThat(hit.get("subject").asText()).isNotBlank();
            assertThat(hit.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(hit.get("snippet").asText()).contains("<mark>ประชุม</mark>");
        }
        assertThat(body.get("facets").get("direction").toString())
                .contains("\"sent\"", "\"received\"");
    }

    @Test
    void a_reference_number_finds_its_letter_first() throws Exception {
        JsonNode body = json(get("/api/search?q=" + q("0017.2/ว 525"), null));
        assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("letter:" + circular);
        assertThat(body.get("hits").get(0).get("referenceNumber").asText())
                .isEqualTo("สส ๐๐๑๗.๒/ว ๕๒๕");
    }

    @Test
    void the_clearance_header_decides_whether_secret_letters_exist() throws Exception {
        assertThat(total(get("/api/search?q=" + q("ความมั่นคง"), null))).isZero();
        assertThat(total(get("/api/search?q=" + q("ความมั่นคง"), "CONFIDENTIAL"))).isZero();
        assertThat(total(get("/api/search?q=" + q("ความมั่นคง"), "secret"))).isEqualTo(1);
        assertThat(total(get("/api/search?q=" + q("ความมั่นคง"), "TOP_SECRET"))).isEqualTo(1);
        HttpResponse<String> bad = get("/api/search?q=x", "HIGHEST");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("code").asText()).isEqualTo("CLEARANCE_INVALID");
    }

    @Test
    void filters_come_as_parameters_years_in_either_era() throws Exception {
        assertThat(total(get("/api/search?direction=received", null))).isEqualTo(1);
        assertThat(total(get("/api/search?year=2562&kind=external,incoming", null))).isEqualTo(2);
        assertThat(total(get("/api/search?year=2019&urgency=" + q("ด่วนที่สุด"), null)))
                .isEqualTo(1);
        assertThat(total(get("/api/search?from=2019-03-22&to=2019-03-31", null))).isEqualTo(1);
        JsonNode newest = json(get("/api/search?sort=newest&size=1&page=2", "SECRET"));
        assertThat(newest.get("hits").get(0).get("id").asText()).isEqualTo("letter:" + circular);
    }

    @Test
    void bad_parameters_are_problems_naming_the_field() throws Exception {
        for (String[] c :
                new String[][] {
                    {"year=abc", "year"},
                    {"from=29/03/2019", "from"},
                    {"direction=sideways", "direction"},
                    {"sort=random", "sort"},
                    {"page=x", "page"},
                }) {
            HttpResponse<String> r = get("/api/search?" + c[0], null);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(json(r).get("code").asText()).isEqualTo("SEARCH_PARAMETER_INVALID");
            assertThat(json(r).get("field").asText()).isEqualTo(c[1]);
            assertThat(json(r).get("message").asText()).contains("ค้นหา");
        }
        assertThat(get("/api/search?size=500", null).statusCode()).isEqualTo(400);
    }

    @Test
    void a_misspelt_word_gets_a_suggestion() throws Exception {
        JsonNode body = json(get("/api/search?q=" + q("ประชาคน"), null));
        assertThat(body.get("total").asLong()).isZero();
        assertThat(body.get("didYouMean").asText()).isEqualTo("ประชาคม");
    }
}
