package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import saraban.App;
import saraban.Settings;
import saraban.testing.TestHome;
import saraban.testing.TestPostgres;
import saraban.web.Json;

/**
 * 64 clients ask for 200 numbers each of one series at the same time, through the HTTP API: the
 * numbers handed out are 1…12,800, each exactly once, and the register holds exactly those rows.
 */
class AllocationOverHttpIT {
    static final int CLIENTS = 64;
    static final int EACH = 200;
    static final ObjectMapper JSON = Json.mapper();

    @Test
    void sixty_four_clients_on_sqlite_get_every_number_once() throws Exception {
        runAgainst(TestHome.settings());
    }

    @Test
    void sixty_four_clients_on_postgresql_get_every_number_once() throws Exception {
        String url = TestPostgres.freshSchemaUrl();
        try {
            runAgainst(TestHome.settings().withDbUrl(url));
        } finally {
            TestPostgres.drop(url);
        }
    }

    private static void runAgainst(Settings settings) throws Exception {
        Javalin app = App.create(settings).start(0);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        String base = "http://127.0.0.1:" + app.port() + "/api/registers/ss-mueang/send";
        Set<Integer> numbers = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                work.add(
                        clients.submit(
                                () -> {
                                    for (int i = 0; i < EACH; i++) {
                                        String body =
                                                "{\"subject\":\"ขอเลข "
                                                        + client
                                                        + "-"
                                                        + i
                                                        + "\",\"recipient\":\"จังหวัด\"}";
                                        HttpResponse<String> r =
                                                http.send(
                                                        HttpRequest.newBuilder(
                                                                        URI.create(
                                                                                base + "/numbers"))
                                                                .header(
                                                                        "Content-Type",
                                                                        "application/json")
                                                                .POST(
                                                                        HttpRequest.BodyPublishers
                                                                                .ofString(
                                                                                        body,
                                                                                        StandardCharsets
                                                                                                .UTF_8))
                                                                .build(),
                                                        HttpResponse.BodyHandlers.ofString());
                                        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                                        int n = JSON.readTree(r.body()).get("number").asInt();
                                        assertThat(numbers.add(n))
                                                .as("number %d answered twice", n)
                                                .isTrue();
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            List<Integer> expected = IntStream.rangeClosed(1, CLIENTS * EACH).boxed().toList();
            assertThat(numbers).hasSize(CLIENTS * EACH).containsAll(expected);
            int year =
                    JSON.readTree(
                                    http.send(
                                                    HttpRequest.newBuilder(
                                                                    URI.create(base + "/numbers"))
                                                            .header(
                                                                    "Content-Type",
                                                                    "application/json")
                                                            .POST(
                                                                    HttpRequest.BodyPublishers
                                                                            .ofString(
                                                                                    "{\"subject\":\"ปีนี้\"}"))
                                                            .build(),
                                                    HttpResponse.BodyHandlers.ofString())
                                            .body())
                            .get("year")
                            .asInt();
            JsonNode register =
                    JSON.readTree(
                            http.send(
                                            HttpRequest.newBuilder(URI.create(base + "/" + year))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .body());
            List<Integer> inRegister = new ArrayList<>();
            register.forEach(row -> inRegister.add(row.get("number").asInt()));
            assertThat(inRegister).hasSize(CLIENTS * EACH + 1);
            assertThat(inRegister.subList(0, CLIENTS * EACH)).containsExactlyElementsOf(expected);
        } finally {
            clients.shutdownNow();
            app.stop();
        }
    }
}
