package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import saraban.testing.SecureServer;
import saraban.testing.SecureServer.Client;
import saraban.testing.TestHome;

/**
 * What the clerks' page tests share: a server with a clerk, a staff member and the central registry
 * of {@link #OFFICE}, letters rendered as PDF, and the receive pages driven as a browser would
 * (multipart upload with the session cookie and the CSRF field).
 */
final class ClerkSite {
    static final String OFFICE = "ss-0017";
    static final String UNIT = "ss-0017-2";
    private static final Pattern TOKEN = Pattern.compile("/incoming/new/([0-9a-f]+)");
    private static final Pattern RECEIVED = Pattern.compile("/incoming/(\\d+)/forward");

    final SecureServer server;
    final Client clerk;
    final Client staff;
    final Client central;
    private final HttpClient http = HttpClient.newBuilder().build();

    ClerkSite(SecureServer server) {
        this.server = server;
        this.clerk =
                server.signedIn("p.clerk", List.of("UNIT_CLERK"), List.of(OFFICE, UNIT), "NONE");
        this.staff = server.signedIn("p.staff", List.of("STAFF"), List.of(OFFICE, UNIT), "NONE");
        this.central =
                server.signedIn("p.central", List.of("CENTRAL_REGISTRY"), List.of(), "TOP_SECRET");
    }

    /** The seed circular as a PDF, with its subject replaced and, if given, a secrecy mark. */
    byte[] letter(String subject, String secrecy) {
        String json = TestHome.resource("letters/seed-circular.json");
        json =
                json.replaceFirst(
                        "\"subject\"\\s*:\\s*\"[^\"]*\"", "\"subject\": \"" + subject + "\"");
        if (secrecy != null) {
            json = json.replaceFirst("\\{", "{\"secrecy\": \"" + secrecy + "\",");
        }
        HttpResponse<byte[]> r =
                sendBytes(
                        server.admin(),
                        HttpRequest.newBuilder(server.uri("/api/letters/render"))
                                .header("Content-Type", "application/json")
                                .header("X-CSRF-Token", server.admin().csrf())
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                json, StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r.body();
    }

    static byte[] encryptedPdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts the upload form of {@code /incoming/new}, as a browser sends it. */
    HttpResponse<String> upload(
            Client who, String office, String fileName, byte[] pdf, boolean csrf) {
        String boundary = "saraban-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf) {
            part(body, boundary, "csrf", null, who.csrf().getBytes(StandardCharsets.UTF_8));
        }
        part(body, boundary, "office", null, office.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "file", fileName, pdf);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> r =
                sendBytes(
                        who,
                        HttpRequest.newBuilder(server.uri("/incoming/new"))
                                .header("Accept", "text/html")
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        return new Answer(r);
    }

    /** Uploads and answers the preview's token. */
    String preview(Client who, String office, byte[] pdf) {
        HttpResponse<String> r = upload(who, office, "letter.pdf", pdf, true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        Matcher m = TOKEN.matcher(r.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Confirms a preview with {@code fields}; answers the received letter's id. */
    long confirm(Client who, String token, Map<String, String> fields) {
        HttpResponse<String> r = who.form("/incoming/new/" + token, fields);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        Matcher m = RECEIVED.matcher(r.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Receives a letter at {@link #OFFICE} through the pages. */
    long receive(Client who, String subject, String secrecy) {
        String token = preview(who, OFFICE, letter(subject, secrecy));
        return confirm(
                who,
                token,
                Map.of(
                        "subject",
                        subject,
                        "date",
                        "2019-08-20",
                        "referenceNumber",
                        "สส ๐๐๑๗.๒/ว ๕๒๕",
                        "secrecy",
                        secrecy == null ? "ปกติ" : secrecy));
    }

    HttpResponse<byte[]> getBytes(Client who, String path) {
        return sendBytes(who, HttpRequest.newBuilder(server.uri(path)).GET());
    }

    private HttpResponse<byte[]> sendBytes(Client who, HttpRequest.Builder request) {
        request.header("Cookie", "saraban_session=" + who.cookie("saraban_session"));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void part(
            ByteArrayOutputStream body, String boundary, String name, String file, byte[] bytes) {
        String head =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\""
                        + (file == null
                                ? ""
                                : "; filename=\"" + file + "\"\r\nContent-Type: application/pdf")
                        + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A byte answer read as text, for assertions on pages. */
    private record Answer(HttpResponse<byte[]> r) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return r.statusCode();
        }

        @Override
        public HttpRequest request() {
            return r.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return r.headers();
        }

        @Override
        public String body() {
            return new String(r.body(), StandardCharsets.UTF_8);
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return r.sslSession();
        }

        @Override
        public java.net.URI uri() {
            return r.uri();
        }

        @Override
        public HttpClient.Version version() {
            return r.version();
        }
    }
}
