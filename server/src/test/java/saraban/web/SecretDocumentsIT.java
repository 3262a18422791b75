package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.testing.SecureServer;
import saraban.testing.SecureServer.Client;
import saraban.testing.TestHome;

/**
 * A secret document never reaches a user without clearance: not its record, not its files, not in
 * search. It answers as if it did not exist (404), so that its existence is not revealed either.
 */
class SecretDocumentsIT {
    static final String OFFICE = "ss-0017-2";
    static SecureServer server;
    static Client clerk;
    static Client staff;
    static Client clearedStaff;
    static String clerkToken;

    @BeforeAll
    static void start() {
        server = SecureServer.start();
        clerkToken =
                server.tokenFor("s.clerk", List.of("UNIT_CLERK"), List.of(OFFICE), "TOP_SECRET");
        clerk = server.withToken(clerkToken);
        staff =
                server.withToken(
                        server.tokenFor("s.staff", List.of("STAFF"), List.of(OFFICE), "NONE"));
        clearedStaff =
                server.withToken(
                        server.tokenFor("s.cleared", List.of("STAFF"), List.of(OFFICE), "SECRET"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ObjectNode secretLetter() throws Exception {
        ObjectNode body =
                (ObjectNode)
                        Json.mapper().readTree(TestHome.resource("letters/seed-circular.json"));
        body.remove("referenceNumber");
        body.remove("date");
        body.put("office", OFFICE);
        body.put("secrecy", "ลับมาก");
        body.put("subject", "แผนรักษาความปลอดภัยคลังอาวุธจังหวัด");
        return body;
    }

    @Test
    void a_secret_letter_and_its_pdf_are_not_found_without_clearance() throws Exception {
        HttpResponse<String> created = clerk.postJson("/api/letters", secretLetter());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Client.json(created).get("id").asLong();
        HttpResponse<String> issued = clerk.postJson("/api/letters/" + id + "/issue", null);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);

        for (String path : List.of("/api/letters/" + id, "/api/letters/" + id + "/pdf")) {
            HttpResponse<String> hidden = staff.getJson(path);
            assertThat(hidden.statusCode()).as(path).isEqualTo(404);
            assertThat(Client.json(hidden).get("code").asText()).isEqualTo("LETTER_NOT_FOUND");
            // exactly as a letter that does not exist, but for its number
            HttpResponse<String> missing = staff.getJson(path.replace("/" + id, "/987654"));
            assertThat(Client.json(missing).get("message"))
                    .isEqualTo(Client.json(hidden).get("message"));
            assertThat(clearedStaff.getJson(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void search_uses_the_users_clearance_and_ignores_the_header() throws Exception {
        ObjectNode letter = secretLetter();
        letter.put("subject", "บัญชีรายชื่อผู้ให้ข้อมูลลับทางราชการ");
        long id = Client.json(clerk.postJson("/api/letters", letter)).get("id").asLong();
        assertThat(clerk.postJson("/api/letters/" + id + "/issue", null).statusCode())
                .isEqualTo(200);
        String q = "/api/search?q=" + URLEncoder.encode("ผู้ให้ข้อมูล", StandardCharsets.UTF_8);
        JsonNode found = null;
        for (int i = 0; i < 100; i++) {
            found = Client.json(clearedStaff.getJson(q));
            if (found.get("total").asInt() > 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(found.get("total").asInt()).isEqualTo(1);
        HttpResponse<String> uncleared =
                send(
                        HttpRequest.newBuilder(server.uri(q))
                                .header("Authorization", "Bearer " + staffToken())
                                .header("X-Saraban-Clearance", "TOP_SECRET")
                                .GET());
        assertThat(uncleared.statusCode()).isEqualTo(200);
        assertThat(Client.json(uncleared).get("total").asInt()).isZero();
    }

    @Test
    void a_secret_incoming_letter_and_its_files_are_not_found_without_clearance() throws Exception {
        HttpResponse<byte[]> pdf =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(server.uri("/api/letters/render"))
                                        .header("Authorization", "Bearer " + clerkToken)
                                        .header("Content-Type", "application/json")
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        TestHome.resource(
                                                                "letters/seed-circular.json"),
                                                        StandardCharsets.UTF_8))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String boundary = "saraban-secret-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"office\"\r\n\r\n"
                                + OFFICE
                                + "\r\n--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n\r\n"
                                + "{\"subject\": \"รายงานการข่าวในพื้นที่\", \"secrecy\": \"ลับ\"}"
                                + "\r\n--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\";"
                                + " filename=\"letter.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf.body());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> received =
                send(
                        HttpRequest.newBuilder(server.uri("/api/incoming"))
                                .header("Authorization", "Bearer " + clerkToken)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        long id = Client.json(received).get("id").asLong();
        for (String path :
                List.of(
                        "/api/incoming/" + id,
                        "/api/incoming/" + id + "/pdf",
                        "/api/incoming/" + id + "/original")) {
            HttpResponse<String> hidden = staff.getJson(path);
            assertThat(hidden.statusCode()).as(path).isEqualTo(404);
            assertThat(Client.json(hidden).get("code").asText()).isEqualTo("INCOMING_NOT_FOUND");
            assertThat(clearedStaff.getJson(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    private static String staffTokenCache;

    private static synchronized String staffToken() {
        if (staffTokenCache == null) {
            staffTokenCache =
                    server.tokenFor("s.staff2", List.of("STAFF"), List.of(OFFICE), "NONE");
        }
        return staffTokenCache;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
