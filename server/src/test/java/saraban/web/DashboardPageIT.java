package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.testing.SecureServer;
import saraban.testing.SecureServer.Client;
import saraban.testing.TestHome;

/**
 * The dashboard and the received-letter page over HTTP: today's letters with the most urgent first,
 * what waits for action, reserved numbers; a secret receipt neither listed nor counted nor opened
 * without clearance.
 */
class DashboardPageIT {
    static final String OFFICE = "ss-0017-2";
    static SecureServer server;
    static String token;
    static Client staff;
    static Client cleared;
    static long normal;
    static long secret;
    static long urgent;

    @BeforeAll
    static void start() throws Exception {
        server = SecureServer.start();
        token = server.tokenFor("d.admin", List.of("ADMIN"), List.of(), "TOP_SECRET");
        staff = server.signedIn("d.staff", List.of("STAFF"), List.of(OFFICE), "NONE");
        cleared = server.signedIn("d.secret", List.of("UNIT_CLERK"), List.of(OFFICE), "SECRET");
        byte[] pdf = render(server, token);
        normal =
                receive(
                        server,
                        token,
                        pdf,
                        "{\"subject\":\"เรื่องธรรมดาวันนี้\",\"date\":\"2019-08-20\"}");
        urgent =
                receive(
                        server,
                        token,
                        pdf,
                        "{\"subject\":\"เรื่องด่วนที่สุดวันนี้\",\"date\":\"2019-08-20\","
                                + "\"urgency\":\"ด่วนที่สุด\"}");
        secret =
                receive(
                        server,
                        token,
                        pdf,
                        "{\"subject\":\"เรื่องลับวันนี้\",\"date\":\"2019-08-20\","
                                + "\"secrecy\":\"ลับ\"}");
        HttpResponse<String> reserved =
                api(
                        server,
                        token,
                        "/api/registers/" + OFFICE + "/send/reservations",
                        "{\"count\":2,\"purpose\":\"ตอบหนังสือจังหวัด\"}");
        assertThat(reserved.statusCode()).as(reserved.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static byte[] render(SecureServer server, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.uri("/api/letters/render"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                TestHome.resource("letters/memo.json"),
                                                StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }

    static HttpResponse<String> api(SecureServer server, String token, String path, String json)
            throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.uri(path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                json, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Receives {@code pdf} at the office with {@code metadata}; returns the receipt's id. */
    static long receive(SecureServer server, String token, byte[] pdf, String metadata)
            throws Exception {
        String boundary = "saraban-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"";
        body.writeBytes(
                (head + "office\"\r\n\r\n" + OFFICE + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(
                (head + "metadata\"\r\n\r\n" + metadata + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(
                (head + "file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(server.uri("/api/incoming"))
                                        .header("Authorization", "Bearer " + token)
                                        .header(
                                                "Content-Type",
                                                "multipart/form-data; boundary=" + boundary)
                                        .POST(
                                                HttpRequest.BodyPublishers.ofByteArray(
                                                        body.toByteArray()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode json = Client.json(r);
        return json.get("id").asLong();
    }

    @Test
    void todays_letters_come_most_urgent_first_and_secret_ones_only_with_clearance() {
        String page = cleared.get("/").body();
        assertThat(page).contains("id=\"count-today\">๓<");
        assertThat(page.indexOf("เรื่องด่วนที่สุดวันนี้"))
                .isPositive()
                .isLessThan(page.indexOf("เรื่องธรรมดาวันนี้"));
        assertThat(page).contains("เรื่องลับวันนี้");

        String mine = staff.get("/").body();
        assertThat(mine)
                .contains("id=\"count-today\">๒<")
                .contains("id=\"count-waiting\">๒<")
                .contains("เรื่องธรรมดาวันนี้")
                .doesNotContain("เรื่องลับวันนี้");
    }

    @Test
    void reserved_numbers_not_yet_used_are_listed_with_their_expiry() {
        String page = staff.get("/").body();
        assertThat(page)
                .contains("id=\"count-reserved\">๑<")
                .contains("ตอบหนังสือจังหวัด")
                .containsPattern("[๐-๙]+, [๐-๙]+");
    }

    @Test
    void a_received_letter_has_its_page_and_files_and_a_secret_one_is_not_found() {
        HttpResponse<String> page = staff.get("/incoming/" + normal);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("เรื่องธรรมดาวันนี้")
                .contains("id=\"receipt-number\"")
                .contains("/incoming/" + normal + "/original")
                .contains("ยังไม่ได้บันทึก");
        for (String path :
                List.of(
                        "/incoming/" + secret,
                        "/incoming/" + secret + "/stamped",
                        "/incoming/" + secret + "/original")) {
            HttpResponse<String> r = staff.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).doesNotContain("เรื่องลับวันนี้");
        }
        assertThat(cleared.get("/incoming/" + secret).statusCode()).isEqualTo(200);
        assertThat(staff.get("/incoming/" + urgent + "/stamped").statusCode()).isEqualTo(200);
    }

    @Test
    void the_dashboard_needs_a_session() {
        HttpResponse<String> r = server.anonymous().get("/");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/signin");
        assertThat(staff.get("/").body()).contains("(ss-0017-2)");
    }
}
