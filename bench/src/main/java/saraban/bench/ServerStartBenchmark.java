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
 * the first rendered letter it serves, over five cold starts. Run from the repository root after
 * packaging: {@code java -cp "bench/target/saraban-bench.jar:bench/target/lib/*"
 * saraban.bench.ServerStartBenchmark}
 */
public final class ServerStartBenchmark {
    private static final int RUNS = 5;

    private ServerStartBenchmark() {}

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws Exception {
        Path home = LetterEngineBenchmark.home();
        Path jar = home.resolve("server/target/saraban-server.jar");
        byte[] seed =
                Files.readAllBytes(
                        home.resolve("server/src/test/resources/letters/seed-circular.json"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            int port = freePort();
            ProcessBuilder pb =
                    new ProcessBuilder(javaBinary(), "-jar", jar.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("SARABAN_PORT", String.valueOf(port));
            pb.environment().put("SARABAN_HOME", home.toString());
            long start = System.nanoTime();
            Process server = pb.start();
            try {
                HttpRequest render =
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://127.0.0.1:" + port + "/api/letters/render"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(seed))
                                .build();
                while (true) {
                    if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IllegalStateException("the server served no letter within 60 s");
                    }
                    try {
                        HttpResponse<byte[]> r =
                                http.send(render, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == 200) {
                            break;
                        }
                        throw new IllegalStateException("render answered " + r.statusCode());
                    } catch (IOException notYet) {
                        Thread.sleep(10);
                    }
                }
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            } finally {
                server.destroy();
                server.waitFor(10, TimeUnit.SECONDS);
            }
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.println(
                String.format(
                        Locale.ROOT,
                        "Server start to first served render, %d cold starts (ms): %s; median %d, worst %d",
                        RUNS,
                        millis,
                        sorted.get(RUNS / 2),
                        sorted.get(RUNS - 1)));
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
