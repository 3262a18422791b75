package saraban.submitting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.testing.SecureServer;
import saraban.testing.TestHome;
import saraban.web.Json;

/**
 * The seed's deadline (๑๕ มิถุนายน ๒๕๖๒) has passed: the district is told in Thai before it sends,
 * its submission is taken and marked late, and the circular's status says so; a district sees only
 * its own line, the province every district.
 */
class LateSubmissionPagesIT {
    static SecureServer server;
    static SecureServer.Client admin;
    static SecureServer.Client district;
    static long letter;
    static long request;

    @BeforeAll
    static void start() throws Exception {
        server = SecureServer.start();
        admin = server.admin();
        ObjectNode draft =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("letters/seed-circular.json"));
        draft.remove("referenceNumber");
        draft.remove("date");
        draft.put("office", "ss-0017-2");
        letter = SecureServer.Client.json(admin.postJson("/api/letters", draft)).get("id").asLong();
        admin.postJson("/api/letters/" + letter + "/issue", null);
        request =
                SecureServer.Client.json(
                                admin.postJson(
                                        "/api/form-requests",
                                        Map.of(
                                                "letter",
                                                letter,
                                                "form",
                                                "district-projects",
                                                "deadline",
                                                "2019-06-15")))
                        .get("id")
                        .asLong();
        district = server.signedIn("d.bang", List.of("STAFF"), List.of("ss-amphawa"), "NONE");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_late_submission_is_taken_marked_late_and_shown_per_district() throws Exception {
        String page = district.get("/portal/submit/requests/" + request).body();
        assertThat(page).contains("เลยกำหนดส่งแล้ว ยังส่งได้ แต่จังหวัดจะบันทึกว่าส่งช้า");

        ObjectNode body =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("forms/amphawa-projects.json"));
        body.put("request", request);
        HttpResponse<String> taken =
                district.postJson("/api/forms/district-projects/submissions", body);
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        JsonNode sent = SecureServer.Client.json(taken);
        assertThat(sent.get("late").asBoolean()).isTrue();

        String mine = district.get("/letters/" + letter + "/submissions").body();
        assertThat(mine).contains("อำเภออัมพวา").contains("ส่งช้า").doesNotContain("อำเภอบางคนที");
        String all = admin.get("/letters/" + letter + "/submissions").body();
        assertThat(all)
                .contains("อำเภออัมพวา")
                .contains("อำเภอบางคนที")
                .contains("ยังไม่เปิดอ่าน")
                .contains("๑๕ มิถุนายน ๒๕๖๒");
        assertThat(district.get("/portal/submit").body()).contains("ส่งช้า");
    }

    @Test
    void the_row_buttons_work_without_javascript_and_errors_come_back_beside_their_fields() {
        String path = "/portal/submit/requests/" + request + "?office=ss-amphawa";
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("f.planName", "แผนพัฒนาอำเภออัมพวา");
        fields.put("p.0.name", "โครงการแรก");
        fields.put("p.1.name", "โครงการที่สอง");
        fields.put("p.1.budget2563", "สามล้าน");
        fields.put("action", "up-1");
        String moved = district.form(path, fields).body();
        assertThat(moved.indexOf("โครงการที่สอง")).isLessThan(moved.indexOf("โครงการแรก"));
        fields.put("action", "add");
        assertThat(district.form(path, fields).body()).contains("id=\"p-2-name\"");

        fields.put("action", "submit");
        fields.put("confirm", "yes");
        HttpResponse<String> refused = district.form(path, fields);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"p-1-budget2563-error\"")
                .contains("ต้องเป็นจำนวนเงิน")
                .contains("href=\"#p-1-budget2563\"")
                .contains("บันทึกเป็นร่างไว้แล้ว")
                .contains("value=\"แผนพัฒนาอำเภออัมพวา\"");
    }
}
