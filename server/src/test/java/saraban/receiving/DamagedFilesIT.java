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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.App;
import saraban.Settings;
import saraban.testing.TestHome;
import saraban.web.Json;

/**
 * Damaged files through the API: hundreds of PDFs mutated from good ones (truncated, bytes flipped,
 * ranges zeroed, cut or doubled, keywords and filters broken). Each is stamped or refused with a
 * problem body, never a server error; a refused file leaves no row, no file and no number; the
 * server keeps serving.
 */
class DamagedFilesIT {
    private static final org.slf4j.Logger LOG =
            org.slf4j.LoggerFactory.getLogger(DamagedFilesIT.class);
    static final int FILES = 240;
    static final String OFFICE = "ss-0017-3";
    static Javalin app;
    static Settings settings;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        settings = TestHome.settings();
        app = App.create(settings).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    static byte[] letter() throws Exception {
        HttpResponse<byte[]> pdf =
                http.send(
                        HttpRequest.newBuilder(uri("/api/letters/render"))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                TestHome.resource("letters/memo.json"),
                                                StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdf.body();
    }

    static byte[] plain() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    c.beginText();
                    c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    c.newLineAtOffset(72, 700);
                    c.showText("Page " + (p + 1) + " of a letter from another system");
                    c.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] mutate(byte[] good, int kind, Random random) {
        byte[] b = good.clone();
        int at = random.nextInt(b.length);
        switch (kind) {
            case 0 -> {
                return java.util.Arrays.copyOf(b, Math.max(1, at));
            }
            case 1 -> {
                for (int i = 1 + random.nextInt(50); i > 0; i--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return b;
            }
            case 2 -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(2048));
                java.util.Arrays.fill(b, at, at + len, (byte) 0);
                return b;
            }
            case 3 -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(4096));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, at);
                out.write(b, at + len, b.length - at - len);
                return out.toByteArray();
            }
            case 4 -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(4096));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, at + len);
                out.write(b, at, b.length - at);
                return out.toByteArray();
            }
            case 5 -> {
                return replaceAll(b, "xref", "xreg");
            }
            case 6 -> {
                return replaceEvery(b, " obj", " obx", random);
            }
            case 7 -> {
                return replaceEvery(b, "/Length ", "/Length 9", random);
            }
            case 8 -> {
                byte[] junk = new byte[1 + random.nextInt(2000)];
                random.nextBytes(junk);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(junk);
                out.writeBytes(b);
                return out.toByteArray();
            }
            default -> {
                return replaceAll(b, "/FlateDecode", "/LZWDecode");
            }
        }
    }

    static byte[] replaceAll(byte[] b, String from, String to) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        return s.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Replaces each occurrence with even odds. */
    static byte[] replaceEvery(byte[] b, String from, String to, Random random) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(s.length() + 64);
        int i = 0;
        for (int at; (at = s.indexOf(from, i)) >= 0; i = at + from.length()) {
            out.append(s, i, at).append(random.nextBoolean() ? to : from);
        }
        out.append(s.substring(i));
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static HttpResponse<String> upload(byte[] file) throws Exception {
        String boundary = "saraban-damaged-files";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"office\"\r\n\r\n"
                        + OFFICE
                        + "\r\n--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n\r\n"
                        + "{\"subject\": \"หนังสือทดสอบ\", \"date\": \"2019-08-25\"}\r\n--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"letter.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri("/api/incoming"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void damaged_files_are_stamped_or_refused_and_the_server_keeps_serving() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<byte[]> sources = List.of(letter(), plain());
        Map<String, Integer> outcomes = new TreeMap<>();
        List<Long> accepted = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (int i = 0; i < FILES; i++) {
            byte[] damaged = mutate(sources.get(i % 2), (i / 2) % 10, random);
            HttpResponse<String> r = upload(damaged);
            int status = r.statusCode();
            assertThat(status == 201 || (status >= 400 && status < 500))
                    .as(
                            "file %d (mutation %d, seed %d) answered %d: %s",
                            i, (i / 2) % 10, seed, status, r.body())
                    .isTrue();
            JsonNode body = Json.mapper().readTree(r.body());
            if (status == 201) {
                accepted.add(body.get("id").asLong());
                files.add(body.get("originalSha256").asText());
                files.add(body.get("stampedSha256").asText());
                outcomes.merge("stamped", 1, Integer::sum);
            } else {
                assertThat(body.get("code").asText()).isNotBlank();
                assertThat(body.get("message").asText()).isNotBlank();
                outcomes.merge(body.get("code").asText(), 1, Integer::sum);
            }
        }
        LOG.info("damaged files (seed {}): {}", seed, outcomes);

        assertThat(
                        http.send(
                                        HttpRequest.newBuilder(uri("/health")).build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode())
                .isEqualTo(200);
        int year = IncomingApiIT.thisYear();
        JsonNode register =
                Json.mapper()
                        .readTree(
                                http.send(
                                                HttpRequest.newBuilder(
                                                                uri(
                                                                        "/api/registers/"
                                                                                + OFFICE
                                                                                + "/receive/"
                                                                                + year))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .body());
        assertThat(register.size())
                .as("one number per stamped file, none for refused ones")
                .isEqualTo(accepted.size());
        for (int n = 0; n < register.size(); n++) {
            assertThat(register.get(n).get("number").asInt()).isEqualTo(n + 1);
        }
        try (Stream<Path> stored = Files.walk(settings.dataDir().resolve("files"))) {
            assertThat(stored.filter(Files::isRegularFile).count())
                    .as("no file kept for a refused upload")
                    .isEqualTo(files.size());
        }
        assertThat(outcomes.keySet()).as("both outcomes occur").contains("stamped");
        assertThat(outcomes.size()).isGreaterThan(1);
    }
}
