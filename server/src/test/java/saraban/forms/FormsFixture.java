package saraban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import saraban.registers.OfficeDirectory;
import saraban.registers.OfficeTree;
import saraban.storage.Database;
import saraban.storage.FileStore;
import saraban.testing.SettableClock;
import saraban.testing.TestHome;
import saraban.web.Json;

/** A form service on a database of its own, with a copy of the checkout's forms to edit. */
final class FormsFixture implements AutoCloseable {
    /** 10 June 2019, 10:50 in Bangkok: before the seed's deadline of 15 June 2562. */
    static final Instant BEFORE_DEADLINE = Instant.parse("2019-06-10T03:50:00Z");

    static final ObjectMapper JSON = Json.mapper();

    final SettableClock clock = new SettableClock(BEFORE_DEADLINE);
    final Path formsDir;
    final Database db;
    final FormService service;

    FormsFixture(Path dir, String dbUrl, LateSubmissions late) {
        this(dir, dbUrl, late, FormService.Receiver.NONE);
    }

    /**
     * @param receiver called in each submission's transaction, as the province's registry
     */
    FormsFixture(Path dir, String dbUrl, LateSubmissions late, FormService.Receiver receiver) {
        try {
            formsDir = Files.createDirectories(dir.resolve("forms"));
            copy(TestHome.home().resolve("templates/forms"), formsDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db = Database.open(dbUrl, clock);
        standInCircular();
        service =
                new FormService(
                        db,
                        FileStore.open(db, dir),
                        TestHome.engine(),
                        formsDir,
                        Offices.of(OfficeDirectory.of(OfficeTree.sample())),
                        id ->
                                id == 1
                                        ? Optional.of(
                                                new FormService.Circular(
                                                        "สส ๐๐๑๗.๒/ว ๕๒๕",
                                                        "การเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่"))
                                        : Optional.empty(),
                        late,
                        clock,
                        JSON,
                        receiver);
    }

    /**
     * Letter 1, which the stand-in lookup calls the issued seed circular: a row for the request's
     * reference to the letters table to hold on to.
     */
    private void standInCircular() {
        db.inTransaction(
                c -> {
                    try (var s =
                            c.prepareStatement(
                                    "INSERT INTO letters (office_id, kind, status, subject,"
                                            + " draft_json, created_at, created_by, updated_at, updated_by)"
                                            + " VALUES ('ss-0017-2', 'external', 'DRAFT', 'ว ๕๒๕', '{}', ?, 't', ?, 't')")) {
                        db.dialect().setInstant(s, 1, BEFORE_DEADLINE);
                        db.dialect().setInstant(s, 2, BEFORE_DEADLINE);
                        return s.executeUpdate();
                    }
                });
    }

    /** The sample submission of อำเภออัมพวา: three projects, values typed in mixed digits. */
    static JsonNode sample() {
        try {
            return JSON.readTree(TestHome.resource("forms/amphawa-projects.json")).get("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormService.Filled filled(JsonNode data) {
        return new FormService.Filled("ss-amphawa", null, data, null);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
