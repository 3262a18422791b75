package saraban;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code java -XX:ArchiveClassesAtExit=… -jar saraban-server.jar warm-up}: starts the server on a
 * throw-away data folder, renders a letter and asks for a number over HTTP, and stops. The build
 * runs it to record the classes a real start loads into a class-data-sharing archive, which the
 * README's run command uses: the server then starts and serves its first letter about a second
 * sooner.
 */
final class WarmUp {
    private WarmUp() {}

    static void run(Settings settings) {
        Path data;
        try {
            data = Files.createTempDirectory("saraban-warm-up");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A throw-away server for a second: its API trusts the gateway headers, so that the
        // warm-up needs no account; the sign-in classes load all the same.
        Settings.Security gateway =
                new Settings.Security(
                        false,
                        true,
                        settings.security().sessionIdle(),
                        settings.security().sessionMax());
        Javalin app =
                App.create(settings.withDataDir(data).withPort(0).withSecurity(gateway)).start(0);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            post(http, base + "/api/letters/render", sample());
            post(http, base + "/api/registers/ss-mueang/send/numbers", "{\"subject\":\"ทดสอบ\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            app.stop();
            deleteTree(data);
        }
    }

    private static void post(HttpClient http, String url, String json)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> r =
                http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                json, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(
                    "warm-up request to " + url + " answered " + r.statusCode());
        }
    }

    /** A circular with the parts every template uses. */
    private static String sample() throws IOException {
        try (InputStream in = WarmUp.class.getResourceAsStream("warm-up-letter.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail
        }
    }
}
