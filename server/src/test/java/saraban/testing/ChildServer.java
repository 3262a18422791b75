package saraban.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import saraban.Settings;

/**
 * The real server in a process of its own ({@code java saraban.App}, on this test's class path), so
 * that a test can kill it as {@code kill -9} or the OOM killer would, and start it again on the
 * same data. Its output goes to a log file. Closing it kills the process if it still runs.
 *
 * <pre>{@code
 * try (ChildServer server = ChildServer.start(TestHome.settings(), log)) {
 *     http.send(HttpRequest.newBuilder(server.uri("/health")).build(), …);
 *     server.kill();
 * }
 * }</pre>
 */
public final class ChildServer implements AutoCloseable {
    /** A JVM killed by a signal exits with 128 + the signal's number; SIGKILL is 9. */
    public static final int KILLED_BY_SIGKILL = 128 + 9;

    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path log;

    /** Kills the server if the test JVM exits without closing it: no orphan keeps the port. */
    private final Thread reaper;

    private ChildServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.reaper = new Thread(process::destroyForcibly, "saraban-child-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts the server on a free port with {@code settings} (the port aside) as its only {@code
     * SARABAN_*} environment, none inherited from the shell that runs the tests, and waits until
     * {@code GET /health} answers.
     *
     * @throws IllegalStateException with the server's output when it exits or does not answer
     *     within a minute
     */
    public static ChildServer start(Settings settings, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        // Only the C1 compiler and the serial collector: on a busy two-core machine the server
        // starts in about half the time, and neither changes what it does.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("saraban.App");
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SARABAN_"));
        env.put("SARABAN_PORT", Integer.toString(port));
        env.put("SARABAN_HOME", settings.home().toString());
        env.put("SARABAN_TEMPLATES", settings.templatesDir().toString());
        env.put("SARABAN_FONTS", settings.fontsDir().toString());
        env.put("SARABAN_FONT", settings.fontFamily());
        settings.garuda().ifPresent(g -> env.put("SARABAN_GARUDA", g.toString()));
        env.put("SARABAN_DATA", settings.dataDir().toString());
        env.put("SARABAN_DB_URL", settings.dbUrl());
        settings.officesFile().ifPresent(f -> env.put("SARABAN_OFFICES", f.toString()));
        Settings.Security security = settings.security();
        env.put("SARABAN_SECURE_COOKIES", Boolean.toString(security.secureCookies()));
        env.put("SARABAN_TRUST_HEADERS", Boolean.toString(security.trustHeaders()));
        env.put("SARABAN_SESSION_IDLE_MINUTES", Long.toString(security.sessionIdle().toMinutes()));
        env.put("SARABAN_SESSION_MAX_HOURS", Long.toString(security.sessionMax().toHours()));
        ChildServer server = new ChildServer(builder.start(), port, log);
        try {
            server.awaitHealth();
        } catch (RuntimeException | IOException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The address of {@code path} on this server: {@code uri("/health")}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The file the server's standard output and error go to. */
    public Path log() {
        return log;
    }

    /** The server's output so far, for a failure message. */
    public String output() {
        return output(log);
    }

    /** The text of a server log, or why it cannot be read. */
    public static String output(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /**
     * Kills the server with SIGKILL, which it cannot catch: no shutdown hook runs, no connection is
     * closed, nothing is flushed. Returns when the process is gone, and checks that it was this
     * signal that ended it ({@link Process#destroyForcibly()} promises only "forcibly").
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not die within 30 s of SIGKILL");
        }
        if (process.exitValue() != KILLED_BY_SIGKILL) {
            throw new IllegalStateException(
                    String.format(
                            Locale.ROOT,
                            "the server exited with %d, not %d (killed by SIGKILL)",
                            process.exitValue(),
                            KILLED_BY_SIGKILL));
        }
    }

    /** Kills the server if it still runs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException exiting) {
            // The JVM is exiting: the hook runs anyway.
        }
    }

    private void awaitHealth() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health =
                HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the server exited with "
                                + process.exitValue()
                                + " while starting:\n"
                                + output());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the server did not answer /health within "
                                + START_LIMIT.toSeconds()
                                + " s:\n"
                                + output());
            }
            try {
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
    }

    /** The java binary of this JVM, so that the server runs on the same Java as the tests. */
    private static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElseGet(
                        () -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
