package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.Settings;
import saraban.testing.ChildServer;
import saraban.testing.TestHome;
import saraban.testing.TestPostgres;
import saraban.web.Json;

/**
 * The server, a process of its own, is killed with SIGKILL while sixteen clients ask for numbers,
 * then started again on the same database; three times. After each restart every number a client
 * got an answer for is in the register with that client's subject, no number and no request is
 * there twice, the register runs 1…n without a gap, the database is intact, and the next number is
 * n + 1. A number whose answer the kill cut off may or may not be in the register (used, never
 * acknowledged): that is allowed, as long as its request was one the kill interrupted.
 *
 * <p>The servers' output is in {@code target/test-output/crash-recovery/}; a failure prints it.
 */
class CrashRecoveryIT {
    static final int CLIENTS = 16;
    static final int KILLS = 3;
    static final String OFFICE = "ss-0017";

    /** ss-0017 numbers its letters in the send register of the provincial hall. */
    static final String NUMBERING_OFFICE = "ss-hall";

    static final ObjectMapper JSON = Json.mapper();
    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryIT.class);

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void sqlite_keeps_every_acknowledged_number_when_the_server_is_killed() throws Exception {
        new Run("sqlite", TestHome.settings()).killAndRestart();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void postgresql_keeps_every_acknowledged_number_when_the_server_is_killed() throws Exception {
        String url = TestPostgres.freshSchemaUrl();
        try {
            new Run("postgresql", TestHome.settings().withDbUrl(url)).killAndRestart();
        } finally {
            TestPostgres.drop(url);
        }
    }

    /** What the clients share between two kills. */
    private record Storm(
            int kill, AtomicBoolean killed, AtomicInteger answered, Queue<String> failures) {
        Storm(int kill) {
            this(kill, new AtomicBoolean(), new AtomicInteger(), new ConcurrentLinkedQueue<>());
        }
    }

    /** One database's kill cycles, and what the clients were told along the way. */
    private static final class Run {
        final String name;
        final Settings settings;
        final RegisterOnDisk disk;
        final int year =
                NumberingPeriod.of(NumberingYear.CALENDAR, Clock.systemUTC().instant())
                        .buddhistYear();
        final long seed = System.nanoTime();
        final Random random = new Random(seed);
        final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        /** Number → the subject of the request it was answered to. */
        final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();

        /** Subjects of requests whose answer never came: the server died first. */
        final Set<String> unanswered = ConcurrentHashMap.newKeySet();

        final List<Path> logs = new ArrayList<>();

        Run(String name, Settings settings) {
            this.name = name;
            this.settings = settings;
            this.disk = new RegisterOnDisk(settings.dbUrl(), NUMBERING_OFFICE, year);
        }

        void killAndRestart() throws Exception {
            try {
                for (int start = 1; start <= KILLS + 1; start++) {
                    try (ChildServer server = start(start)) {
                        if (start > 1) {
                            checkRegister(server, start - 1);
                        }
                        if (start <= KILLS) {
                            allocateUntilKilled(server, start);
                        }
                    }
                }
            } catch (Throwable failure) {
                for (Path log : logs) {
                    LOG.error("{}:\n{}", log, ChildServer.output(log));
                }
                failure.addSuppressed(
                        new AssertionError(
                                String.format(
                                        Locale.ROOT,
                                        "%s run with random seed %d; server logs in %s",
                                        name,
                                        seed,
                                        logs)));
                throw failure;
            }
        }

        private ChildServer start(int start) throws Exception {
            Path log =
                    TestHome.outputDir("crash-recovery")
                            .resolve(String.format(Locale.ROOT, "%s-start-%d.log", name, start));
            logs.add(log);
            long began = System.nanoTime();
            ChildServer server = ChildServer.start(settings, log);
            LOG.info(
                    "{} start {}: answering after {} ms",
                    name,
                    start,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
            return server;
        }

        /**
         * Sixteen clients ask for numbers one after another until, after a few hundred answers and
         * at a random moment, the server is killed under them.
         */
        private void allocateUntilKilled(ChildServer server, int kill) throws Exception {
            int answersBeforeKill = 200 + random.nextInt(301);
            Storm storm = new Storm(kill);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    work.add(clients.submit(() -> askUntilKilled(server, storm, client)));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (storm.answered.get() < answersBeforeKill
                        && storm.failures.isEmpty()
                        && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                // Anywhere in a request's life: read, in its transaction, being answered.
                Thread.sleep(random.nextInt(10));
                storm.killed.set(true);
                server.kill();
                for (Future<?> f : work) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                clients.shutdownNow();
            }
            assertThat(storm.failures).as("what went wrong before the kill").isEmpty();
            assertThat(storm.answered.get())
                    .as("numbers answered before the kill")
                    .isGreaterThanOrEqualTo(answersBeforeKill);
            LOG.info("{} kill {}: after {} numbers answered", name, kill, storm.answered.get());
        }

        /** One client: a request after each answer, until the server is gone. */
        private Void askUntilKilled(ChildServer server, Storm storm, int client)
                throws IOException, InterruptedException {
            for (int i = 0; ; i++) {
                String subject =
                        String.format(Locale.ROOT, "ขอเลขก่อนดับ %d-%d-%d", storm.kill, client, i);
                HttpResponse<String> r;
                try {
                    r = allocate(server, subject);
                } catch (IOException e) {
                    unanswered.add(subject);
                    if (!storm.killed.get()) {
                        storm.failures.add(subject + ": " + e);
                    }
                    return null;
                }
                String failure = acknowledge(r, subject);
                if (failure != null) {
                    storm.failures.add(failure);
                    return null;
                }
                storm.answered.incrementAndGet();
            }
        }

        /** Records a 201 answer's number, or says what is wrong with the answer. */
        private String acknowledge(HttpResponse<String> r, String subject) throws IOException {
            if (r.statusCode() != 201) {
                return subject + " answered " + r.statusCode() + ": " + r.body();
            }
            JsonNode row = JSON.readTree(r.body());
            int number = row.get("number").asInt();
            if (row.get("year").asInt() != year
                    || !row.get("officeId").asText().equals(NUMBERING_OFFICE)
                    || !row.get("subject").asText().equals(subject)) {
                return subject + " answered a row of another register or letter: " + r.body();
            }
            String before = acknowledged.putIfAbsent(number, subject);
            if (before != null) {
                return "number " + number + " answered twice: to " + before + " and " + subject;
            }
            return null;
        }

        /**
         * What the restarted server and its database hold: exactly the numbers 1…n, each once,
         * every acknowledged one with its subject, the others from interrupted requests; then the
         * next number is n + 1.
         */
        private void checkRegister(ChildServer server, int kill) throws Exception {
            HttpResponse<String> listed =
                    http.send(
                            HttpRequest.newBuilder(
                                            server.uri(
                                                    "/api/registers/" + OFFICE + "/send/" + year))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            Map<Integer, String> subjects = new HashMap<>();
            List<Integer> numbers = new ArrayList<>();
            for (JsonNode row : JSON.readTree(listed.body())) {
                numbers.add(row.get("number").asInt());
                subjects.put(row.get("number").asInt(), row.get("subject").asText());
            }
            int max = numbers.size();
            assertThat(numbers)
                    .as("the register's numbers, in order: 1 to %d, each once", max)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, max).boxed().toList());
            assertThat(subjects)
                    .as("every acknowledged number, with the subject it was asked for")
                    .containsAllEntriesOf(acknowledged);
            List<String> used = new ArrayList<>(subjects.values());
            assertThat(used).as("requests numbered more than once").doesNotHaveDuplicates();
            List<String> notAcknowledged = new ArrayList<>(used);
            notAcknowledged.removeAll(new HashSet<>(acknowledged.values()));
            assertThat(unanswered)
                    .as("the requests behind numbers no client was told of")
                    .containsAll(notAcknowledged);

            disk.check(numbers, subjects);

            String subject = "ขอเลขหลังดับครั้งที่ " + kill;
            HttpResponse<String> next = allocate(server, subject);
            assertThat(acknowledge(next, subject)).as("the first number after a restart").isNull();
            assertThat(JSON.readTree(next.body()).get("number").asInt())
                    .as("the first number after a restart")
                    .isEqualTo(max + 1);
            LOG.info(
                    "{} restart {}: the register holds 1 to {}, {} of them used but never"
                            + " acknowledged; the next number is {}",
                    name,
                    kill,
                    max,
                    notAcknowledged.size(),
                    max + 1);
        }

        private HttpResponse<String> allocate(ChildServer server, String subject)
                throws IOException, InterruptedException {
            String body =
                    JSON.writeValueAsString(
                            Map.of("subject", subject, "recipient", "ผู้ว่าราชการจังหวัด"));
            return http.send(
                    HttpRequest.newBuilder(server.uri("/api/registers/" + OFFICE + "/send/numbers"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
