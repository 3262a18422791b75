package saraban.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import saraban.web.Json;

/** A client of one running server: JSON, multipart forms, pages as a browser asks for them. */
final class Http {
    final HttpClient client = HttpClient.newHttpClient();
    final int port;

    Http(int port) {
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> json(String method, String path, String body) throws Exception {
        HttpRequest.Builder r =
                HttpRequest.newBuilder(uri(path))
                        .header("X-Saraban-Actor", "clerk")
                        // the clerk handles secret letters too: refusals must come from the rules
                        .header("X-Saraban-Clearance", "TOP_SECRET");
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        r.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return client.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A page as a browser asks for it. */
    HttpResponse<String> page(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            r.headers(headers);
        }
        return client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode read(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    Form form() {
        return new Form();
    }

    /** A multipart/form-data body: text fields, then files. */
    final class Form {
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

        Form file(String name, String filename, byte[] bytes) {
            write(
                    "--"
                            + boundary
                            + "\r\nContent-Disposition: form-data; name=\""
                            + name
                            + "\"; filename=\""
                            + filename
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        HttpResponse<String> post(String path) throws Exception {
            write("--" + boundary + "--\r\n");
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .header("X-Saraban-Actor", "clerk")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private void write(String s) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
