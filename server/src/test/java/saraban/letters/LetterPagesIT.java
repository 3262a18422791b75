package saraban.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.testing.PdfText;
import saraban.testing.SecureServer;
import saraban.testing.SecureServer.Client;

/**
 * The letter pages over HTTP, signed in as each kind of user: compose, validation beside the field,
 * issue, ขอเลข, the CSRF token, and secret letters answering 404 to those without clearance.
 */
class LetterPagesIT {
    static final String OFFICE = "ss-0017-2";
    static SecureServer server;
    static Client clerk;
    static Client staff;
    static Client cleared;

    @BeforeAll
    static void start() {
        server = SecureServer.start();
        clerk = server.signedIn("p.clerk", List.of("UNIT_CLERK"), List.of(OFFICE), "NONE");
        staff = server.signedIn("p.staff", List.of("STAFF"), List.of(OFFICE), "NONE");
        cleared = server.signedIn("p.secret", List.of("UNIT_CLERK"), List.of(OFFICE), "SECRET");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Map<String, String> letter(String subject) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("office", OFFICE);
        f.put("kind", "circular");
        f.put("urgency", "ด่วนที่สุด");
        f.put("issuer.name", "ศาลากลางจังหวัดสมุทรสงคราม");
        f.put("issuer.address", "ถนนเอกชัย สส ๗๕๐๐๐");
        f.put("subject", subject);
        f.put("recipient", "นายอำเภอทุกอำเภอ");
        f.put("body", "ด้วยจังหวัดได้รับแจ้งจากกระทรวงมหาดไทยว่า…");
        f.put("signer.name", "นายสมชาย ใจดี");
        f.put("signer.positions", "ผู้ว่าราชการจังหวัดสมุทรสงคราม");
        f.put("ownerUnit.name", "กลุ่มงานยุทธศาสตร์");
        f.put("action", "save");
        return f;
    }

    static long save(Client c, Map<String, String> form) {
        HttpResponse<String> r = c.form("/letters", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        Matcher m =
                Pattern.compile("/letters/(\\d+)\\?saved=1")
                        .matcher(r.headers().firstValue("Location").orElse(""));
        assertThat(m.matches()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static byte[] bytes(Client c, String path) throws Exception {
        HttpResponse<byte[]> r =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(server.uri(path))
                                        .header(
                                                "Cookie",
                                                "saraban_session=" + c.cookie("saraban_session"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void every_role_gets_the_dashboard_and_the_compose_page_with_its_offices() {
        for (Client c : List.of(clerk, staff, cleared, server.admin())) {
            HttpResponse<String> home = c.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("หนังสือรับวันนี้").contains("เลขที่จองไว้");
            HttpResponse<String> compose = c.get("/letters/new");
            assertThat(compose.statusCode()).isEqualTo(200);
            assertThat(compose.body())
                    .contains("<option value=\"ss-0017-2\"")
                    .contains("name=\"csrf\"")
                    .contains("หนังสือเวียน")
                    .contains("/assets/letters.js");
        }
    }

    @Test
    void a_saved_draft_shows_as_a_draft_with_its_history() {
        long id = save(staff, letter("การประชุมคณะทำงาน"));
        HttpResponse<String> page = staff.get("/letters/" + id + "?saved=1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("บันทึกร่างแล้ว")
                .contains("id=\"state\">ร่าง<")
                .contains("การประชุมคณะทำงาน")
                .contains("สร้างร่าง")
                // staff draft but do not issue
                .doesNotContain("id=\"issue\"");
        HttpResponse<String> edit = staff.get("/letters/" + id + "/edit");
        assertThat(edit.body()).contains("value=\"การประชุมคณะทำงาน\"");
    }

    @Test
    void a_refused_draft_comes_back_as_typed_with_the_thai_message_beside_the_field() {
        Map<String, String> form = letter(" ");
        form.put("recipient", "ผู้รับที่พิมพ์ไว้");
        HttpResponse<String> r = clerk.form("/letters", form);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .containsPattern(
                        "id=\"f-subject\" name=\"subject\" value=\"[^\"]*\" aria-invalid=\"true\""
                                + " aria-describedby=\"e-subject\"")
                .contains("<p class=\"field-error\" id=\"e-subject\">ต้องระบุเรื่อง</p>")
                .contains("href=\"#f-subject\"")
                .contains("value=\"ผู้รับที่พิมพ์ไว้\"");

        Map<String, String> email = letter("อีเมลผิด");
        email.put("ownerUnit.email", "not-an-address");
        assertThat(clerk.form("/letters", email).body())
                .contains("id=\"e-ownerUnit-email\">ไปรษณีย์อิเล็กทรอนิกส์ไม่ถูกต้อง");
    }

    @Test
    void a_row_button_without_javascript_redraws_the_form_and_saves_nothing() {
        Map<String, String> form = letter("แถวเพิ่ม");
        form.put("action", "add-references");
        HttpResponse<String> r = clerk.form("/letters", form);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"f-references-0\"").contains("value=\"แถวเพิ่ม\"");
    }

    @Test
    void a_form_without_the_csrf_token_is_refused() {
        Client c = server.signedIn("p.nocsrf", List.of("UNIT_CLERK"), List.of(OFFICE), "NONE");
        c.withoutCsrf();
        assertThat(c.form("/letters", letter("ไม่มีโทเค็น")).statusCode()).isEqualTo(403);
        assertThat(c.form("/letters/number", Map.of("office", OFFICE)).statusCode()).isEqualTo(403);
    }

    @Test
    void the_preview_renders_the_unsaved_form_and_names_the_field_it_cannot() {
        HttpResponse<String> pdf = clerk.form("/letters/preview", letter("ตัวอย่าง"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        Map<String, String> bad = letter("ตัวอย่าง");
        bad.put("signer.name", "");
        HttpResponse<String> refused = clerk.send("POST", "/letters/preview", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        HttpResponse<String> problem = clerk.form("/letters/preview", bad);
        assertThat(problem.statusCode()).isEqualTo(400);
    }

    @Test
    void a_clerk_issues_after_confirming_and_the_pdf_carries_the_number() throws Exception {
        long id = save(clerk, letter("การเชื่อมโยงแผนพัฒนา"));
        HttpResponse<String> unconfirmed = clerk.form("/letters/" + id + "/issue", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("โปรดทำเครื่องหมายยืนยันก่อนออกเลข");
        assertThat(staff.form("/letters/" + id + "/issue", Map.of("confirm", "yes")).statusCode())
                .isEqualTo(403);

        HttpResponse<String> issued =
                clerk.form("/letters/" + id + "/issue", Map.of("confirm", "yes"));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(303);
        String page = clerk.get("/letters/" + id + "?issued=1").body();
        Matcher number =
                Pattern.compile("id=\"reference-number\">(สส ๐๐๑๗\\.๒/ว [๐-๙]+)<").matcher(page);
        assertThat(number.find()).as(page).isTrue();
        assertThat(page)
                .contains("ออกเลขแล้ว")
                .containsPattern("id=\"letter-date\">[๐-๙]+ [ก-๙]+ ๒๕[๐-๙]{2}<")
                .contains("ออกเลขและออกหนังสือ")
                .contains("id=\"register-rows\"");
        String text = PdfText.pdfbox(bytes(clerk, "/letters/" + id + "/pdf"));
        assertThat(text.replaceAll("\\s+", "")).contains(number.group(1).replaceAll("\\s+", ""));
        assertThat(clerk.get("/letters/" + id + "/edit").statusCode()).isEqualTo(303);
    }

    @Test
    void a_failed_issue_leaves_the_draft_as_it_was() {
        long id = save(clerk, letter("เลขจองผิด"));
        HttpResponse<String> r =
                clerk.form(
                        "/letters/" + id + "/issue",
                        Map.of("confirm", "yes", "referenceNumber", "สส ๐๐๑๗.๒/ว ๙๙๙"));
        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.body()).contains("id=\"issue-error\"").contains("id=\"state\">ร่าง<");
        assertThat(clerk.get("/letters/" + id).body())
                .contains("id=\"state\">ร่าง<")
                .contains("เลขจองผิด");
    }

    @Test
    void a_number_only_for_clerks_with_the_message_beside_the_field() {
        HttpResponse<String> taken =
                clerk.form(
                        "/letters/number",
                        Map.of("office", OFFICE, "series", "send", "subject", "หนังสือนอกระบบ"));
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).containsPattern("id=\"taken-number\">สส ๐๐๑๗\\.๒/[๐-๙]+<");
        HttpResponse<String> blank =
                clerk.form("/letters/number", Map.of("office", OFFICE, "series", "send"));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("id=\"e-subject\">ต้องระบุเรื่อง<");
        assertThat(staff.get("/letters/number").statusCode()).isEqualTo(403);
    }

    @Test
    void a_secret_letter_is_not_found_nor_counted_for_a_user_without_clearance() throws Exception {
        Map<String, String> form = letter("เรื่องลับเฉพาะ");
        form.put("secrecy", "ลับ");
        long id = save(cleared, form);
        assertThat(cleared.get("/letters/" + id).statusCode()).isEqualTo(200);
        assertThat(cleared.get("/").body()).contains("เรื่องลับเฉพาะ");
        for (String path : List.of("/letters/" + id, "/letters/" + id + "/edit")) {
            HttpResponse<String> r = staff.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).doesNotContain("เรื่องลับเฉพาะ");
        }
        assertThat(staff.form("/letters/" + id + "/edit", letter("เขียนทับ")).statusCode())
                .isEqualTo(404);
        assertThat(cleared.form("/letters/" + id + "/issue", Map.of("confirm", "yes")).statusCode())
                .isEqualTo(303);
        assertThat(staff.get("/letters/" + id + "/pdf").statusCode()).isEqualTo(404);
        assertThat(clerk.get("/letters/" + id + "/pdf").statusCode()).isEqualTo(404);
        assertThat(staff.get("/").body()).doesNotContain("เรื่องลับเฉพาะ");
    }

    @Test
    void a_circular_issued_with_publish_ticked_is_on_the_portal_until_taken_off() {
        long id = save(clerk, letter("แจ้งแนวทางการจัดทำแผนพัฒนาอำเภอ"));
        assertThat(clerk.get("/letters/" + id).body()).contains("id=\"f-publish\" checked");
        assertThat(
                        clerk.form(
                                        "/letters/" + id + "/issue",
                                        Map.of("confirm", "yes", "publish", "yes"))
                                .statusCode())
                .isEqualTo(303);
        assertThat(server.anonymous().get("/portal/circulars/" + id).statusCode()).isEqualTo(200);
        assertThat(clerk.get("/letters/" + id).body()).contains("id=\"portal-link\"");

        // staff may read the letter but not take it off the portal
        assertThat(staff.form("/letters/" + id + "/unpublish", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(
                        clerk.form(
                                        "/letters/" + id + "/unpublish",
                                        Map.of("reason", "แก้ไขรายละเอียด"))
                                .statusCode())
                .isEqualTo(303);
        HttpResponse<String> gone = server.anonymous().get("/portal/circulars/" + id);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(clerk.form("/letters/" + id + "/publish", Map.of()).statusCode()).isEqualTo(303);
        assertThat(server.anonymous().get("/portal/circulars/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void a_secret_letter_is_never_offered_the_portal() {
        Map<String, String> form = letter("เรื่องลับไม่เผยแพร่");
        form.put("secrecy", "ลับ");
        long id = save(cleared, form);
        assertThat(cleared.get("/letters/" + id).body()).doesNotContain("id=\"f-publish\"");
        assertThat(cleared.form("/letters/" + id + "/issue", Map.of("confirm", "yes")).statusCode())
                .isEqualTo(303);
        HttpResponse<String> refused = cleared.form("/letters/" + id + "/publish", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"publish-error\"");
        assertThat(server.anonymous().get("/portal/circulars/" + id).statusCode()).isEqualTo(404);
    }
}
