package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.testing.SecureServer;
import saraban.testing.SecureServer.Client;

/**
 * The clerks' pages over HTTP, as each role sees them: receiving with a preview that takes no
 * number, refused files, forwarding, the register and cancelling, search within the clearance, the
 * administration, and CSRF on every form.
 */
class ClerkPagesIT {
    static SecureServer server;
    static ClerkSite site;

    @BeforeAll
    static void start() {
        server = SecureServer.start();
        site = new ClerkSite(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String receiveRegister(Client who) {
        return who.get("/registers?office=" + ClerkSite.OFFICE + "&series=receive").body();
    }

    static int rows(String page) {
        return page.split("<tr id=\"row-", -1).length - 1;
    }

    @Test
    void a_preview_shows_the_stamp_and_the_number_it_would_get_without_taking_it() {
        int before = rows(receiveRegister(site.clerk));
        String token =
                site.preview(
                        site.clerk, ClerkSite.OFFICE, site.letter("ขอเชิญประชุมคณะทำงาน", null));
        HttpResponse<String> page = site.clerk.get("/incoming/new/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("ไม่ได้ออกเลขรับ", "id=\"expected-number\"", "ขอเชิญประชุมคณะทำงาน");
        byte[] png = site.getBytes(site.clerk, "/incoming/new/" + token + "/page.png").body();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(rows(receiveRegister(site.clerk)))
                .as("no number taken by a preview")
                .isEqualTo(before);

        long id =
                site.confirm(
                        site.clerk,
                        token,
                        Map.of(
                                "subject",
                                "ขอเชิญประชุมคณะทำงาน (แก้ไข)",
                                "date",
                                "2019-08-20",
                                "sender",
                                ""));
        String register = receiveRegister(site.clerk);
        assertThat(rows(register)).isEqualTo(before + 1);
        assertThat(register).contains("ขอเชิญประชุมคณะทำงาน (แก้ไข)");
        HttpResponse<String> received = site.clerk.get("/incoming/" + id + "/forward?received");
        assertThat(received.body()).contains("รับหนังสือแล้ว", "href=\"/incoming/" + id + "\"");
        assertThat(site.clerk.get("/incoming/new/" + token).statusCode())
                .as("a confirmed preview is gone")
                .isEqualTo(404);
    }

    @Test
    void forwarding_to_a_unit_stamps_its_own_number_and_a_second_time_is_refused() {
        long id = site.receive(site.clerk, "ขอความอนุเคราะห์ข้อมูลสถิติ", null);
        HttpResponse<String> r =
                site.clerk.form(
                        "/incoming/" + id + "/forward",
                        Map.of("unit", ClerkSite.UNIT, "note", "เพื่อดำเนินการ"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = site.clerk.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertThat(page).contains("ส่งแล้ว รับเลขที่");
        HttpResponse<String> again =
                site.clerk.form("/incoming/" + id + "/forward", Map.of("unit", ClerkSite.UNIT));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("ส่งหนังสือนี้ให้หน่วยงานนี้ไปแล้ว");
    }

    @Test
    void a_refused_file_shows_the_thai_message_beside_the_file_field_and_keeps_nothing() {
        int before = rows(receiveRegister(site.clerk));
        HttpResponse<String> r =
                site.upload(
                        site.clerk, ClerkSite.OFFICE, "locked.pdf", ClerkSite.encryptedPdf(), true);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"file-error\"").contains("aria-invalid=\"true\"");
        assertThat(r.body()).containsPattern("id=\"file-error\"[^>]*>[^<]*รหัสผ่าน");
        HttpResponse<String> notPdf =
                site.upload(
                        site.clerk,
                        ClerkSite.OFFICE,
                        "letter.pdf",
                        "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        true);
        assertThat(notPdf.body()).contains("id=\"file-error\"");
        assertThat(rows(receiveRegister(site.clerk))).isEqualTo(before);
    }

    @Test
    void a_missing_subject_is_asked_for_beside_its_field_and_the_preview_waits() {
        String token = site.preview(site.clerk, ClerkSite.OFFICE, site.letter("เรื่องทดสอบ", null));
        HttpResponse<String> r =
                site.clerk.form(
                        "/incoming/new/" + token, Map.of("subject", " ", "date", "2019-08-20"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"subject-error\"", "กรุณาระบุเรื่อง");
        HttpResponse<String> badDate =
                site.clerk.form(
                        "/incoming/new/" + token, Map.of("subject", "ก", "date", "29/02/2562"));
        assertThat(badDate.body()).contains("id=\"date-error\"");
        assertThat(site.clerk.get("/incoming/new/" + token).statusCode()).isEqualTo(200);
    }

    @Test
    void staff_can_neither_receive_nor_forward_nor_cancel() {
        assertThat(site.staff.get("/incoming/new").statusCode()).isEqualTo(403);
        HttpResponse<String> upload =
                site.upload(site.staff, ClerkSite.OFFICE, "a.pdf", site.letter("ก", null), true);
        assertThat(upload.statusCode()).isEqualTo(403);
        long id = site.receive(site.clerk, "หนังสือที่เจ้าหน้าที่ส่งต่อไม่ได้", null);
        assertThat(site.staff.get("/incoming/" + id + "/forward").statusCode()).isEqualTo(403);
        HttpResponse<String> cancel =
                site.staff.form(
                        "/registers/" + ClerkSite.OFFICE + "/receive/2569/1/cancel",
                        Map.of("reason", "ผิด"));
        assertThat(cancel.statusCode()).isEqualTo(403);
        String register = receiveRegister(site.staff);
        assertThat(register).contains("id=\"register\"").doesNotContain("cancel-form");
    }

    @Test
    void a_form_without_the_csrf_token_is_refused() {
        HttpResponse<String> upload =
                site.upload(site.clerk, ClerkSite.OFFICE, "a.pdf", site.letter("ก", null), false);
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(upload.body()).contains("แบบฟอร์มหมดอายุ");
        Client admin = server.admin();
        String csrf = admin.csrf();
        HttpResponse<String> r =
                admin.withoutCsrf()
                        .form(
                                "/admin/signers",
                                Map.of("officeId", "ss-0017", "name", "x", "positions", "y"));
        assertThat(r.statusCode()).isEqualTo(403);
        admin.refreshCsrf("/");
        assertThat(admin.csrf()).isEqualTo(csrf);
    }

    @Test
    void the_register_shows_thai_digits_and_a_cancelled_number_with_its_reason() {
        site.receive(site.clerk, "หนังสือที่จะยกเลิกเลข", null);
        String page = receiveRegister(site.clerk);
        assertThat(page).contains("ทะเบียนหนังสือรับ", "export-csv", "format=xlsx", "format=pdf");
        String number =
                page.replaceAll("(?s).*<tr id=\"row-(\\d+)\"[^>]*>(?!.*<tr id=\"row-).*", "$1");
        String year = page.replaceAll("(?s).*/cancel\\?|.*/receive/(\\d{4})/.*", "$1");
        HttpResponse<String> blank =
                site.clerk.form(
                        "/registers/ss-0017/receive/" + year + "/" + number + "/cancel",
                        Map.of("reason", ""));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("ต้องระบุเหตุผลที่ยกเลิกเลข");
        HttpResponse<String> r =
                site.clerk.form(
                        "/registers/ss-0017/receive/" + year + "/" + number + "/cancel",
                        Map.of("reason", "ลงทะเบียนซ้ำ"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String after = site.clerk.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertThat(after).contains("id=\"cancelled-note\"", "ลงทะเบียนซ้ำ", "class=\"cancelled\"");
        assertThat(after).doesNotContainPattern("<td>\\d+</td>");
    }

    @Test
    void secret_letters_never_reach_a_user_without_clearance_in_search_pages_or_counts() {
        site.receive(site.clerk, "แผนปฏิบัติการลับเฉพาะกิจ", "ลับ");
        site.receive(site.clerk, "แผนปฏิบัติการเปิดเผยทั่วไป", null);
        String query =
                "/search?q=%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%9B%E0%B8%8F%E0%B8%B4%E0%B8%9A%E0%B8%B1%E0%B8%95%E0%B8%B4%E0%B8%81%E0%B8%B2%E0%B8%A3";
        waitFor(site.central, query, "แผนปฏิบัติการเปิดเผยทั่วไป");
        String cleared = waitFor(site.central, query, "แผนปฏิบัติการลับเฉพาะกิจ");
        assertThat(cleared).contains("แผนปฏิบัติการเปิดเผยทั่วไป", "class=\"secret\"");
        String staff = site.staff.get(query).body();
        assertThat(staff).contains("แผนปฏิบัติการเปิดเผยทั่วไป").doesNotContain("ลับเฉพาะกิจ");
        assertThat(staff).doesNotContain(">ลับ</span>");
        String secretOnly = site.staff.get(query + "&secrecy=%E0%B8%A5%E0%B8%B1%E0%B8%9A").body();
        assertThat(secretOnly).contains("พบ <strong>๐</strong> รายการ");
    }

    @Test
    void administration_is_for_administrators_and_a_new_password_is_shown_once() {
        assertThat(site.central.get("/admin").statusCode()).isEqualTo(403);
        assertThat(site.clerk.get("/admin/users").statusCode()).isEqualTo(403);
        Client admin = server.admin();
        HttpResponse<String> created =
                admin.form(
                        "/admin/users",
                        Map.of(
                                "username",
                                "p.new",
                                "displayName",
                                "นางสาวใหม่ ใจดี",
                                "roles",
                                "STAFF",
                                "offices",
                                "ss-0017",
                                "clearance",
                                "NONE"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String secret =
                created.body().replaceAll("(?s).*<code id=\"secret\">([^<]+)</code>.*", "$1");
        assertThat(secret).hasSizeGreaterThan(8);
        assertThat(admin.get("/admin/users").body()).contains("p.new").doesNotContain(secret);
        assertThat(admin.get("/admin/users/p.new").body()).doesNotContain(secret);
        HttpResponse<String> bad =
                admin.form(
                        "/admin/users",
                        Map.of("username", "ผิด", "displayName", "x", "roles", "STAFF"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษ");
    }

    @Test
    void an_office_is_added_refused_with_its_field_and_deactivated() {
        Client admin = server.admin();
        HttpResponse<String> bad =
                admin.form(
                        "/admin/offices",
                        Map.of(
                                "id",
                                "ss-0017-9",
                                "name",
                                "กลุ่มงานทดสอบ",
                                "code",
                                "XX",
                                "parent",
                                "ss-0017"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"office-error\"", "value=\"กลุ่มงานทดสอบ\"");
        HttpResponse<String> ok =
                admin.form(
                        "/admin/offices",
                        Map.of(
                                "id",
                                "ss-0017-9",
                                "name",
                                "กลุ่มงานทดสอบ",
                                "code",
                                "สส",
                                "unitCode",
                                "0017.9",
                                "parent",
                                "ss-0017",
                                "shares",
                                "send"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        assertThat(admin.get("/admin/offices").body()).contains("กลุ่มงานทดสอบ");
        HttpResponse<String> off =
                admin.form("/admin/offices/ss-0017-9/active", Map.of("active", "false"));
        assertThat(off.statusCode()).isEqualTo(303);
        assertThat(admin.get("/admin/offices/ss-0017-9").body()).contains("เปิดใช้งานอีกครั้ง");
    }

    @Test
    void a_signer_is_added_with_position_lines_and_made_inactive() {
        Client admin = server.admin();
        HttpResponse<String> bad =
                admin.form(
                        "/admin/signers",
                        Map.of("officeId", "ss-0017", "name", "นายสมชาย", "positions", " "));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("ต้องระบุตำแหน่งอย่างน้อยหนึ่งบรรทัด", "value=\"นายสมชาย\"");
        HttpResponse<String> r =
                admin.form(
                        "/admin/signers",
                        Map.of(
                                "officeId",
                                "ss-0017",
                                "name",
                                "นายสมชาย ใจดี",
                                "positions",
                                "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน\nผู้ว่าราชการจังหวัดสมุทรสงคราม"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String page = admin.get("/admin/signers").body();
        assertThat(page).contains("(นายสมชาย ใจดี)", "<div>ผู้ว่าราชการจังหวัดสมุทรสงคราม</div>");
    }

    static String waitFor(Client who, String path, String text) {
        String body = "";
        for (int attempt = 0; attempt < 100; attempt++) {
            body = who.get(path).body();
            if (body.contains(text)) {
                return body;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(path + " never showed " + text + ":\n" + body);
    }
}
