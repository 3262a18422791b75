package saraban.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static saraban.storage.TestSql.createNotes;
import static saraban.storage.TestSql.insertNote;
import static saraban.storage.TestSql.notes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The storage contract on SQLite, in a fresh temporary folder for each test. */
class SqliteStorageIT extends StorageContract {

    @Override
    Path dataDir() {
        return temp.resolve("data");
    }

    @Override
    String url() {
        return "jdbc:sqlite:" + dataDir().resolve("saraban.db");
    }

    @Override
    void damageStoredFile(String sha256) throws Exception {
        Files.writeString(stored(sha256), "forged!!", StandardCharsets.UTF_8);
    }

    @Override
    SQLException conflict() {
        return new SQLException("[SQLITE_BUSY] The database file is locked", null, 5);
    }

    private Path stored(String sha256) {
        return dataDir()
                .resolve("files")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    @Test
    void runs_in_wal_mode_with_full_sync_foreign_keys_and_a_busy_timeout() {
        try (Database db = open()) {
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
            for (Pragmas p : List.of(db.read(Pragmas::of), db.inTransaction(Pragmas::of))) {
                assertThat(p.journalMode()).isEqualTo("wal");
                assertThat(p.synchronous()).as("FULL").isEqualTo(2);
                assertThat(p.foreignKeys()).isEqualTo(1);
                assertThat(p.busyTimeout()).isEqualTo(Pools.SQLITE_BUSY_TIMEOUT_MS);
            }
            assertThat(db.read(Pragmas::of).queryOnly()).isEqualTo(1);
        }
    }

    private record Pragmas(
            String journalMode, int synchronous, int foreignKeys, int busyTimeout, int queryOnly) {
        static Pragmas of(Connection c) throws SQLException {
            return new Pragmas(
                    pragma(c, "journal_mode"),
                    Integer.parseInt(pragma(c, "synchronous")),
                    Integer.parseInt(pragma(c, "foreign_keys")),
                    Integer.parseInt(pragma(c, "busy_timeout")),
                    Integer.parseInt(pragma(c, "query_only")));
        }

        static String pragma(Connection c, String name) throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("PRAGMA " + name)) {
                r.next();
                return r.getString(1);
            }
        }
    }

    @Test
    void creates_the_data_folder_and_keeps_file_bytes_there_under_their_sha256() throws Exception {
        byte[] bytes = "ตราครุฑ".getBytes(StandardCharsets.UTF_8);
        try (Database db = open()) {
            String sha256 = FileStore.open(db, dataDir()).put(bytes, "text/plain");
            assertThat(stored(sha256)).hasBinaryContent(bytes);
            byte[] content =
                    db.read(
                            c -> {
                                try (Statement s = c.createStatement();
                                        ResultSet r = s.executeQuery("SELECT content FROM files")) {
                                    r.next();
                                    return r.getBytes(1);
                                }
                            });
            assertThat(content).as("the row does not repeat the bytes").isNull();
        }
        try (Stream<Path> all = Files.walk(dataDir().resolve("files"))) {
            assertThat(all.filter(Files::isRegularFile))
                    .as("no temporary file is left behind")
                    .hasSize(1);
        }
    }

    @Test
    void never_replaces_a_stored_file() throws Exception {
        byte[] bytes = "once".getBytes(StandardCharsets.UTF_8);
        try (Database db = open()) {
            FileStore files = FileStore.open(db, dataDir());
            String sha256 = files.put(bytes, "text/plain");
            Object before =
                    Files.readAttributes(stored(sha256), BasicFileAttributes.class).fileKey();
            files.put(bytes, "text/plain");
            Object after =
                    Files.readAttributes(stored(sha256), BasicFileAttributes.class).fileKey();
            assertThat(after).isNotNull().isEqualTo(before);
        }
    }

    @Test
    void reports_a_stored_file_that_is_missing_from_the_folder() throws Exception {
        try (Database db = open()) {
            FileStore files = FileStore.open(db, dataDir());
            String sha256 = files.put("gone".getBytes(StandardCharsets.UTF_8), "text/plain");
            Files.delete(stored(sha256));
            assertThat(files.exists(sha256)).isFalse();
            assertThatThrownBy(() -> files.open(sha256))
                    .isInstanceOf(CorruptFileException.class)
                    .hasMessageContaining("is missing");
        }
    }

    @Test
    void leaves_the_database_free_for_other_processes_between_transactions() throws Exception {
        try (Database db = open()) {
            createNotes(db);
            db.inTransaction(c -> insertNote(c, 1, "written"));
            try (Connection other = DriverManager.getConnection(url());
                    Statement s = other.createStatement()) {
                s.execute("PRAGMA busy_timeout = 0");
                s.execute("BEGIN IMMEDIATE");
                s.execute("COMMIT");
            }
        }
    }

    @Test
    void writers_wait_for_another_process_holding_the_lock_instead_of_failing() throws Exception {
        try (Database db = open()) {
            createNotes(db);
            CountDownLatch locked = new CountDownLatch(1);
            CompletableFuture<Void> other =
                    CompletableFuture.runAsync(
                            () -> {
                                try (Connection c = DriverManager.getConnection(url());
                                        Statement s = c.createStatement()) {
                                    s.execute("BEGIN IMMEDIATE");
                                    s.execute("INSERT INTO notes (id, text) VALUES (1, 'other')");
                                    locked.countDown();
                                    Thread.sleep(1_500);
                                    s.execute("COMMIT");
                                } catch (SQLException | InterruptedException e) {
                                    throw new IllegalStateException(e);
                                }
                            });
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            db.inTransaction(c -> insertNote(c, 2, "ours"));
            other.get(10, TimeUnit.SECONDS);
            assertThat(notes(db)).containsExactly("other", "ours");
        }
    }

    @Test
    void refuses_an_in_memory_database_and_other_urls() {
        assertThatThrownBy(() -> Database.open("jdbc:sqlite::memory:", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SQLite needs a database file");
        assertThatThrownBy(
                        () -> Database.open("jdbc:mysql://x/y?password=secret", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password=***")
                .hasMessageNotContaining("secret");
    }

    @Test
    void readers_do_not_wait_for_a_long_write() throws Exception {
        try (Database db = open()) {
            createNotes(db);
            db.inTransaction(c -> insertNote(c, 1, "committed"));
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch readDone = new CountDownLatch(1);
            List<String> seen = new ArrayList<>();
            CompletableFuture<Integer> writer =
                    CompletableFuture.supplyAsync(
                            () ->
                                    db.inTransaction(
                                            c -> {
                                                insertNote(c, 2, "uncommitted");
                                                writing.countDown();
                                                try {
                                                    readDone.await(10, TimeUnit.SECONDS);
                                                } catch (InterruptedException e) {
                                                    Thread.currentThread().interrupt();
                                                }
                                                return 1;
                                            }));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            seen.addAll(notes(db));
            readDone.countDown();
            writer.get(10, TimeUnit.SECONDS);
            assertThat(seen).containsExactly("committed");
        }
    }
}
