package saraban.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import saraban.SuppressForbidden;

/**
 * Time from launching the server process ({@code java -jar server/target/saraban-server.jar}) to
 * the first rendered letter it serves, over five cold starts, without and with the
 * class-data-sharing archive the build records. Run from the repository root after packaging:
 * {@code java -cp "bench/target/saraban-bench.jar:bench/target/lib/*"
 * saraban.bench.ServerStartBenchmark}
 */
public final class ServerStartBenchmark {
    private static final int RUNS = 5;

    private ServerStartBenchmark() {}

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws Exception {
        Path home = LetterEngineBenchmark.home();
        Path archive = home.resolve("server/target/saraban.jsa");
        Path data = Files.createTempDirectory("saraban-start");
        for (boolean withArchive : new boolean[] {false, true}) {
            if (withArchive && !Files.exists(archive)) {
                System.out.println("No class-data-sharing archive at " + archive + "; skipped.");
                continue;
            }
            List<Long> millis = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                millis.add(oneStart(home, withArchive ? archive : null, data));
            }
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.println(
                    String.format(
                            Locale.ROOT,
                            "Server start to first served render, %s, %d cold starts (ms): %s;"
                                    + " median %d, worst %d",
                            withArchive ? "with the class-data-sharing archive" : "without it",
                            RUNS,
                            millis,
                            sorted.get(RUNS / 2),
                            sorted.get(RUNS - 1)));
        }
    }

    private static long oneStart(Path home, Path archive, Path data) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(
                List.of("-jar", home.resolve("server/target/saraban-server.jar").toString()));
        int port = freePort();
        ProcessBuilder pb =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("SARABAN_PORT", String.valueOf(port));
        pb.environment().put("SARABAN_HOME", home.toString());
        pb.environment().put("SARABAN_DATA", data.toString());
        // a throw-away local server: its API trusts the gateway headers, so no account is needed
        pb.environment().put("SARABAN_TRUST_HEADERS", "true");
        byte[] seed =
                Files.readAllBytes(
                        home.resolve("server/src/test/resources/letters/seed-circular.json"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest render =
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/letters/render"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(seed))
                        .build();
        long start = System.nanoTime();
        Process server = pb.start();
        try {
            while (true) {
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(60)) {
                    throw new IllegalStateException("the server served no letter within 60 s");
                }
                try {
                    HttpResponse<byte[]> r =
                            http.send(render, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("render answered " + r.statusCode());
                    }
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                } catch (IOException notYet) {
                    Thread.sleep(10);
                }
            }
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
