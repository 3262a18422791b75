package saraban.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.App;
import saraban.Settings;
import saraban.testing.TestHome;
import saraban.web.Json;

/** Publishing letters over HTTP: who may be published, and what the portal answers for the rest. */
class PublishingApiIT {
    static Javalin app;
    static Http http;

    @BeforeAll
    static void start() {
        app =
                App.create(
                                TestHome.settings()
                                        .withUploads(new Settings.UploadLimits(64 * 1024, 200)))
                        .start(0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    /** A draft of the seed circular with {@code subject}; returns its id. */
    static long draft(String subject, boolean circular, String secrecy) throws Exception {
        ObjectNode json =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("letters/seed-circular.json"));
        json.remove("referenceNumber");
        json.remove("date");
        json.put("office", "ss-0017-2");
        json.put("subject", subject);
        json.put("circular", circular);
        if (secrecy != null) {
            json.put("secrecy", secrecy);
        }
        HttpResponse<String> created = http.json("POST", "/api/letters", json.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.read(created).get("id").asLong();
    }

    static JsonNode issue(long id, String body) throws Exception {
        HttpResponse<String> r = http.json("POST", "/api/letters/" + id + "/issue", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.read(r);
    }

    static String code(HttpResponse<String> r) throws Exception {
        return Http.read(r).get("code").asText();
    }

    @Test
    void an_issued_circular_is_published_and_shown_with_thai_number_and_date() throws Exception {
        long id = draft("ขอเชิญประชุมคณะทำงานจัดทำแผนพัฒนาจังหวัด", true, null);
        HttpResponse<String> early = http.json("POST", "/api/letters/" + id + "/publish", null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(code(early)).isEqualTo("LETTER_NOT_ISSUED");
        assertThat(Http.read(early).get("message").asText()).contains("ออกเลข");

        String number = issue(id, null).get("referenceNumber").asText();
        HttpResponse<String> before = http.page("/portal/circulars/" + id);
        assertThat(before.statusCode()).as("issued but not published").isEqualTo(404);

        HttpResponse<String> published = http.json("POST", "/api/letters/" + id + "/publish", null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(Http.read(published).get("publication").get("publishedBy").asText())
                .isEqualTo("clerk");

        HttpResponse<String> page = http.page("/portal/circulars/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("ขอเชิญประชุมคณะทำงานจัดทำแผนพัฒนาจังหวัด")
                .contains(number)
                .containsPattern("ลงวันที่</dt><dd id=\"letter-date\">[๐-๙]+ [ก-๙]+ [๐-๙]{4}</dd>")
                .contains("สำเนาหนังสือกระทรวงมหาดไทย");
        assertThat(number).matches("สส ๐๐๑๗\\.๒/ว [๐-๙]+");
    }

    @Test
    void issue_and_publish_happen_in_one_step() throws Exception {
        long id = draft("ประกาศรายชื่อโครงการที่ผ่านการพิจารณา", true, null);
        JsonNode letter = issue(id, "{\"publish\": true}");
        assertThat(letter.get("status").asText()).isEqualTo("ISSUED");
        assertThat(letter.get("published").asBoolean()).isTrue();
        assertThat(http.page("/portal/circulars/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void a_secret_letter_is_never_published_nor_reachable() throws Exception {
        long id = draft("รายงานการข่าวลับเฉพาะ", true, "ลับ");
        HttpResponse<String> both =
                http.json("POST", "/api/letters/" + id + "/issue", "{\"publish\": true}");
        assertThat(both.statusCode()).isEqualTo(409);
        assertThat(code(both)).isEqualTo("SECRET_LETTER_NOT_PUBLISHABLE");
        assertThat(Http.read(both).get("message").asText()).contains("ชั้นความลับ");
        JsonNode still = Http.read(http.json("GET", "/api/letters/" + id, null));
        assertThat(still.get("status").asText()).as("nothing issued").isEqualTo("DRAFT");

        JsonNode issued = issue(id, null);
        HttpResponse<String> later =
                http.json("POST", "/api/letters/" + id + "/publish", "{\"anyKind\": true}");
        assertThat(later.statusCode()).isEqualTo(409);
        assertThat(code(later)).isEqualTo("SECRET_LETTER_NOT_PUBLISHABLE");

        assertThat(http.page("/portal/circulars/" + id).statusCode()).isEqualTo(404);
        String sha = issued.get("pdfSha256").asText();
        HttpResponse<byte[]> pdf = http.bytes("/portal/files/" + sha + "/letter.pdf");
        assertThat(pdf.statusCode()).isEqualTo(404);
    }

    @Test
    void drafts_unpublished_and_missing_letters_answer_the_same_404() throws Exception {
        long draft = draft("ร่างหนังสือยังไม่ออกเลข", true, null);
        long issued = draft("หนังสือออกเลขแล้วแต่ไม่เผยแพร่", true, null);
        String sha = issue(issued, null).get("pdfSha256").asText();
        for (String path :
                new String[] {
                    "/portal/circulars/" + draft,
                    "/portal/circulars/" + issued,
                    "/portal/circulars/999999",
                    "/portal/circulars/abc",
                    "/portal/files/" + sha + "/x.pdf",
                    "/portal/files/not-a-hash/x.pdf"
                }) {
            HttpResponse<String> r = http.json("GET", path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(code(r)).as(path).isEqualTo("NOT_PUBLISHED");
        }
        HttpResponse<String> page = http.page("/portal/circulars/" + issued);
        assertThat(page.body()).contains("ไม่พบเอกสารนี้บนเว็บไซต์เผยแพร่");
    }

    @Test
    void a_letter_that_is_not_a_circular_needs_any_kind() throws Exception {
        long id = draft("ตอบข้อหารือการเบิกจ่ายงบประมาณ", false, null);
        issue(id, null);
        HttpResponse<String> refused = http.json("POST", "/api/letters/" + id + "/publish", "{}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(code(refused)).isEqualTo("NOT_A_CIRCULAR");
        HttpResponse<String> wrong =
                http.json("POST", "/api/letters/" + id + "/publish", "{\"anyKind\": \"yes\"}");
        assertThat(code(wrong)).isEqualTo("FIELD_INVALID");
        HttpResponse<String> anyway =
                http.json("POST", "/api/letters/" + id + "/publish", "{\"anyKind\": true}");
        assertThat(anyway.statusCode()).isEqualTo(200);
    }

    @Test
    void an_unpublished_letter_answers_410_with_a_thai_page_and_can_come_back() throws Exception {
        long id = draft("แจ้งกำหนดการฝึกอบรมที่ยกเลิกภายหลัง", true, null);
        String sha = issue(id, "{\"publish\": true}").get("pdfSha256").asText();
        String pdfPath = "/portal/files/" + sha + "/letter.pdf";
        assertThat(http.bytes(pdfPath).statusCode()).isEqualTo(200);

        HttpResponse<String> off =
                http.json(
                        "POST",
                        "/api/letters/" + id + "/unpublish",
                        "{\"reason\": \"เลื่อนการฝึกอบรมไม่มีกำหนด\"}");
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(Http.read(off).get("published").asBoolean()).isFalse();

        HttpResponse<String> gone = http.page("/portal/circulars/" + id);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(gone.body())
                .contains("ยกเลิกการเผยแพร่แล้ว")
                .contains("เลื่อนการฝึกอบรมไม่มีกำหนด")
                .contains("แจ้งกำหนดการฝึกอบรมที่ยกเลิกภายหลัง");
        assertThat(code(http.json("GET", "/portal/circulars/" + id, null))).isEqualTo("WITHDRAWN");
        assertThat(http.bytes(pdfPath).statusCode()).isEqualTo(410);

        HttpResponse<String> twice = http.json("POST", "/api/letters/" + id + "/unpublish", null);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(code(twice)).isEqualTo("LETTER_NOT_PUBLISHED");

        assertThat(http.json("POST", "/api/letters/" + id + "/publish", null).statusCode())
                .isEqualTo(200);
        assertThat(http.page("/portal/circulars/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void the_list_filters_by_year_and_office_and_refuses_a_bad_year() throws Exception {
        long id = draft("แจ้งปฏิทินการจัดทำแผนปฏิบัติราชการประจำปี", true, null);
        issue(id, "{\"publish\": true}");
        int year =
                saraban.thai.ThaiDates.buddhistYear(
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")));
        HttpResponse<String> thisYear = http.page("/portal?year=" + year + "&office=ss-0017-2");
        assertThat(thisYear.statusCode()).isEqualTo(200);
        assertThat(thisYear.body()).contains("id=\"circular-" + id + "\"");
        HttpResponse<String> otherYear = http.page("/portal?year=2500");
        assertThat(otherYear.body()).doesNotContain("id=\"circular-" + id + "\"");
        HttpResponse<String> otherOffice = http.page("/portal?office=ss-bang-khonthi");
        assertThat(otherOffice.body()).doesNotContain("id=\"circular-" + id + "\"");

        HttpResponse<String> bad = http.json("GET", "/portal?year=abc", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(code(bad)).isEqualTo("QUERY_INVALID");
    }
}
