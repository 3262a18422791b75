package saraban.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.App;
import saraban.testing.PdfText;
import saraban.testing.TestHome;
import saraban.web.Json;

/** Receiving over HTTP, with the names other systems rely on. */
class IncomingApiIT {
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();
    static byte[] letter;

    @BeforeAll
    static void start() throws Exception {
        app = App.create(TestHome.settings()).start(0);
        HttpResponse<byte[]> pdf =
                http.send(
                        HttpRequest.newBuilder(uri("/api/letters/render"))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                TestHome.resource("letters/seed-circular.json"),
                                                StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        letter = pdf.body();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    /** A multipart/form-data body: text fields, then files. */
    static final class Form {
        final String boundary = "saraban-" + UUID.randomUUID();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Form field(String name, String value) {
            write(
                    "--"
                            + boundary
                            + "\r\nContent-Disposition: form-data; name=\""
                            + name
                            + "\"\r\n\r\n");
            write(value + "\r\n");
            return this;
        }

        Form file(String name, String filename, String type, byte[] bytes) {
            write(
                    "--"
                            + boundary
                            + "\r\nContent-Disposition: form-data; name=\""
                            + name
                            + "\"; filename=\""
                            + filename
                            + "\"\r\nContent-Type: "
                            + type
                            + "\r\n\r\n");
            body.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        HttpResponse<String> post(String path) throws Exception {
            write("--" + boundary + "--\r\n");
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .header("X-Saraban-Actor", "registry")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private void write(String s) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    static byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r =
                http.send(
                        HttpRequest.newBuilder(uri(path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .header("X-Saraban-Actor", "registry")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static int thisYear() {
        return saraban.thai.ThaiDates.buddhistYear(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")));
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void a_letter_is_numbered_stamped_registered_and_forwarded() throws Exception {
        HttpResponse<String> received =
                new Form()
                        .field("office", "ss-hall")
                        .file("file", "letter.pdf", "application/pdf", letter)
                        .post("/api/incoming");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        JsonNode receipt = json(received);
        long id = receipt.get("id").asLong();
        String number = receipt.get("receiptNumber").asText();
        assertThat(number).matches("[๐-๙]+");
        assertThat(receipt.get("receivedAt").asText()).isNotBlank();
        // read from the letter's text layer, since the clerk gave nothing
        JsonNode details = receipt.get("details");
        assertThat(details.get("referenceNumber").asText()).isEqualTo("สส ๐๐๑๗.๒/ว ๕๒๕");
        assertThat(details.get("date").asText()).isEqualTo("2019-03-29");
        assertThat(details.get("subject").asText()).startsWith("การเชื่อมโยงและบูรณาการแผนพัฒนา");

        assertThat(sha256(bytes("/api/incoming/" + id + "/original"))).isEqualTo(sha256(letter));
        assertThat(receipt.get("originalSha256").asText()).isEqualTo(sha256(letter));
        byte[] stamped = bytes("/api/incoming/" + id + "/pdf");
        assertThat(sha256(stamped)).isEqualTo(receipt.get("stampedSha256").asText());
        String text = PdfText.squeeze(PdfText.pdfbox(stamped));
        assertThat(text).contains("ศาลากลางจังหวัดสมุทรสงคราม").contains("เลขรับ" + number);

        HttpResponse<String> forwarded =
                post(
                        "/api/incoming/" + id + "/forward",
                        "{\"unit\": \"ss-0017-2\", \"note\": \"เพื่อดำเนินการ\"}");
        assertThat(forwarded.statusCode()).as(forwarded.body()).isEqualTo(201);
        JsonNode unitReceipt = json(forwarded);
        assertThat(unitReceipt.get("parentId").asLong()).isEqualTo(id);
        assertThat(unitReceipt.get("office").asText()).isEqualTo("ss-0017-2");
        String unitNumber = unitReceipt.get("receiptNumber").asText();
        byte[] both = bytes("/api/incoming/" + unitReceipt.get("id").asLong() + "/pdf");
        String bothText = PdfText.squeeze(PdfText.pdfbox(both));
        assertThat(bothText).contains("เลขรับ" + number).contains("รับเลขที่" + unitNumber);

        JsonNode register =
                Json.mapper()
                        .readTree(
                                new String(
                                        bytes(
                                                "/api/registers/ss-hall/receive/"
                                                        + receipt.get("year").asInt()),
                                        StandardCharsets.UTF_8));
        JsonNode row = null;
        for (JsonNode r : register) {
            if (r.get("id").asLong() == receipt.get("registerEntryId").asLong()) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("referenceNumber").asText()).isEqualTo("สส ๐๐๑๗.๒/ว ๕๒๕");
        assertThat(row.get("action").asText())
                .contains("ส่ง กลุ่มงานยุทธศาสตร์")
                .contains("รับเลขที่ " + unitNumber);

        HttpResponse<String> again =
                post("/api/incoming/" + id + "/forward", "{\"unit\": \"ss-0017-2\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("code").asText()).isEqualTo("ALREADY_FORWARDED");
        // a unit passes the letter on only to units under it, not to a district
        HttpResponse<String> district =
                post(
                        "/api/incoming/" + unitReceipt.get("id").asLong() + "/forward",
                        "{\"unit\": \"ss-mueang\"}");
        assertThat(json(district).get("code").asText()).isEqualTo("NOT_A_UNIT_OF_OFFICE");
    }

    @Test
    void what_the_clerk_types_wins_over_what_the_text_says() throws Exception {
        String metadata =
                "{\"subject\": \"เรื่องที่เจ้าหน้าที่พิมพ์เอง\", \"sender\": \"กระทรวงมหาดไทย\", \"urgency\": \"ด่วนมาก\"}";
        HttpResponse<String> r =
                new Form()
                        .field("office", "ss-hall")
                        .field("metadata", metadata)
                        .file("file", "letter.pdf", "application/pdf", letter)
                        .post("/api/incoming");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode details = json(r).get("details");
        assertThat(details.get("subject").asText()).isEqualTo("เรื่องที่เจ้าหน้าที่พิมพ์เอง");
        assertThat(details.get("sender").asText()).isEqualTo("กระทรวงมหาดไทย");
        assertThat(details.get("urgency").asText()).isEqualTo("ด่วนมาก");
        assertThat(details.get("date").asText()).isEqualTo("2019-03-29");
        assertThat(json(r).get("extracted").get("subject").asText()).startsWith("การเชื่อมโยง");
    }

    static JsonNode search(String q, String clearance) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                        uri(
                                "/api/search?q="
                                        + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)));
        if (clearance != null) {
            request.header("X-Saraban-Clearance", clearance);
        }
        HttpResponse<String> r =
                http.send(
                        request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    @Test
    void a_secret_letter_is_found_only_by_people_cleared_for_it() throws Exception {
        String metadata = "{\"subject\": \"แผนเผชิญเหตุอุทกภัยของจังหวัด\", \"secrecy\": \"ลับ\"}";
        HttpResponse<String> r =
                new Form()
                        .field("office", "ss-hall")
                        .field("metadata", metadata)
                        .file("file", "letter.pdf", "application/pdf", letter)
                        .post("/api/incoming");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("details").get("secrecy").asText()).isEqualTo("ลับ");
        // the indexer follows the database within a second or so
        JsonNode cleared = null;
        for (int i = 0; i < 50; i++) {
            cleared = search("อุทกภัย", "CONFIDENTIAL");
            if (cleared.get("total").asInt() > 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(cleared.get("total").asInt()).isEqualTo(1);
        assertThat(search("อุทกภัย", null).get("total").asInt()).isZero();

        HttpResponse<String> bad =
                new Form()
                        .field("office", "ss-hall")
                        .field("metadata", "{\"secrecy\": \"ปกปิด\"}")
                        .file("file", "letter.pdf", "application/pdf", letter)
                        .post("/api/incoming");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("field").asText()).isEqualTo("metadata.secrecy");
    }

    @Test
    void scanned_pages_are_received_as_one_pdf() throws Exception {
        byte[] page =
                IncomingPdfTest.image("jpeg", 850, 1200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        HttpResponse<String> r =
                new Form()
                        .field("office", "ss-mueang")
                        .field(
                                "metadata",
                                "{\"subject\": \"ขอความอนุเคราะห์\", \"date\": \"2019-08-20\"}")
                        .file("pages", "p1.jpg", "image/jpeg", page)
                        .file("pages", "p2.jpg", "image/jpeg", page)
                        .post("/api/incoming");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("source").asText()).isEqualTo("IMAGES");
        assertThat(json(r).get("pageCount").asInt()).isEqualTo(2);

        HttpResponse<String> unknown =
                new Form()
                        .field("office", "ss-mueang")
                        .file("pages", "p1.jpg", "image/jpeg", page)
                        .post("/api/incoming");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("code").asText()).isEqualTo("FIELD_REQUIRED");
        assertThat(json(unknown).get("field").asText()).isEqualTo("metadata.subject");
    }

    @Test
    void bad_requests_get_problem_bodies_and_take_no_number() throws Exception {
        int before =
                Json.mapper()
                        .readTree(bytes("/api/registers/ss-0017-1/receive/" + thisYear()))
                        .size();
        record Case(Form form, int status, String code) {}
        List<Case> cases =
                List.of(
                        new Case(
                                new Form().file("file", "a.pdf", "application/pdf", letter),
                                400,
                                "FIELD_REQUIRED"),
                        new Case(
                                new Form()
                                        .field("office", "nowhere")
                                        .file("file", "a.pdf", "application/pdf", letter),
                                404,
                                "UNKNOWN_OFFICE"),
                        new Case(new Form().field("office", "ss-0017-1"), 400, "FIELD_REQUIRED"),
                        new Case(
                                new Form()
                                        .field("office", "ss-0017-1")
                                        .file(
                                                "file",
                                                "a.pdf",
                                                "application/pdf",
                                                "hello".getBytes(StandardCharsets.UTF_8)),
                                415,
                                "NOT_A_PDF"),
                        new Case(
                                new Form()
                                        .field("office", "ss-0017-1")
                                        .file("file", "a.pdf", "application/pdf", new byte[0]),
                                400,
                                "FILE_EMPTY"),
                        new Case(
                                new Form()
                                        .field("office", "ss-0017-1")
                                        .field("metadata", "[1]")
                                        .file("file", "a.pdf", "application/pdf", letter),
                                400,
                                "MALFORMED_JSON"),
                        new Case(
                                new Form()
                                        .field("office", "ss-0017-1")
                                        .field("metadata", "{\"urgency\": \"เร็ว\"}")
                                        .file("file", "a.pdf", "application/pdf", letter),
                                400,
                                "FIELD_INVALID"));
        for (Case c : cases) {
            HttpResponse<String> r = c.form().post("/api/incoming");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(c.status());
            JsonNode problem = json(r);
            assertThat(problem.get("code").asText()).isEqualTo(c.code());
            assertThat(problem.get("message").asText()).isNotBlank();
        }
        HttpResponse<String> json = post("/api/incoming", "{}");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(
                        Json.mapper()
                                .readTree(bytes("/api/registers/ss-0017-1/receive/" + thisYear()))
                                .size())
                .isEqualTo(before);
    }
}
