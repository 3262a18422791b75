package saraban.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static saraban.storage.TestSql.count;
import static saraban.storage.TestSql.createNotes;
import static saraban.storage.TestSql.execute;
import static saraban.storage.TestSql.insertNote;
import static saraban.storage.TestSql.notes;
import static saraban.storage.TestSql.schemaVersions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What storage promises, whatever the database: one subclass per database runs every test here
 * against it, each test on a fresh, empty database. Kept in one file past the usual length so that
 * no database can skip a part of the contract.
 */
abstract class StorageContract {
    static final Instant T0 = Instant.parse("2025-03-29T03:00:00.123456Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir Path temp;

    /** The JDBC URL of this test's own database, empty until the first open. */
    abstract String url();

    /** This test's data folder. */
    abstract Path dataDir();

    /** Changes a stored file's bytes behind the store's back, as a failing disk would. */
    abstract void damageStoredFile(String sha256) throws Exception;

    /** The failure this database reports when two transactions conflict. */
    abstract SQLException conflict();

    Database open() {
        return Database.open(url(), CLOCK);
    }

    Database open(Path migrations, Clock clock) {
        return Database.open(url(), clock, Migrations.fromFolder(migrations));
    }

    // ---- transactions ----

    @Test
    void commits_what_the_work_wrote_and_returns_its_result() {
        try (Database db = open()) {
            createNotes(db);
            int written = db.inTransaction(c -> insertNote(c, 1, "รับเรื่อง"));
            assertThat(written).isEqualTo(1);
        }
        try (Database db = open()) {
            assertThat(notes(db)).containsExactly("รับเรื่อง");
        }
    }

    @Test
    void rolls_back_every_write_when_the_work_throws() {
        try (Database db = open()) {
            createNotes(db);
            IllegalStateException failure = new IllegalStateException("rendering failed");
            assertThatThrownBy(
                            () ->
                                    db.inTransaction(
                                            c -> {
                                                insertNote(c, 1, "first");
                                                insertNote(c, 2, "second");
                                                throw failure;
                                            }))
                    .isSameAs(failure);
            assertThat(notes(db)).isEmpty();
        }
    }

    @Test
    void a_failing_statement_undoes_the_statements_before_it() {
        try (Database db = open()) {
            createNotes(db);
            assertThatThrownBy(
                            () ->
                                    db.inTransaction(
                                            c -> {
                                                insertNote(c, 1, "first");
                                                return insertNote(c, 2, null);
                                            }))
                    .isInstanceOf(StorageException.class)
                    .hasCauseInstanceOf(SQLException.class);
            assertThat(notes(db)).isEmpty();
        }
    }

    @Test
    void work_inside_a_transaction_joins_it_and_rolls_back_with_it() {
        try (Database db = open()) {
            createNotes(db);
            assertThatThrownBy(
                            () ->
                                    db.inTransaction(
                                            outer -> {
                                                db.inTransaction(
                                                        inner -> insertNote(inner, 1, "a"));
                                                assertThat(db.read(TestSql::countNotes))
                                                        .as("the outer work sees the inner write")
                                                        .isEqualTo(1);
                                                throw new IllegalStateException("later failure");
                                            }))
                    .hasMessage("later failure");
            assertThat(notes(db)).isEmpty();
        }
    }

    @Test
    void read_only_work_cannot_write() {
        try (Database db = open()) {
            createNotes(db);
            assertThatThrownBy(() -> db.read(c -> insertNote(c, 1, "sneaky")))
                    .isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> db.read(c -> db.inTransaction(w -> insertNote(w, 1, "x"))))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(notes(db)).isEmpty();
        }
    }

    @Test
    void runs_work_again_after_a_conflict_with_nothing_of_the_first_attempt_left() {
        try (Database db = open()) {
            createNotes(db);
            AtomicInteger attempts = new AtomicInteger();
            String result =
                    db.inTransaction(
                            c -> {
                                insertNote(c, attempts.incrementAndGet(), "attempt");
                                if (attempts.get() == 1) {
                                    throw conflict();
                                }
                                return "done";
                            });
            assertThat(result).isEqualTo("done");
            assertThat(attempts).hasValue(2);
            assertThat(notes(db)).containsExactly("attempt");
        }
    }

    @Test
    void gives_up_after_a_bounded_number_of_conflicts() {
        try (Database db = open()) {
            AtomicInteger attempts = new AtomicInteger();
            SQLException conflict = conflict();
            assertThatThrownBy(
                            () ->
                                    db.inTransaction(
                                            c -> {
                                                attempts.incrementAndGet();
                                                throw conflict;
                                            }))
                    .isInstanceOf(StorageException.class)
                    .hasCause(conflict);
            assertThat(attempts).hasValue(Database.MAX_ATTEMPTS);
        }
    }

    @Test
    void does_not_run_work_again_after_other_failures() {
        try (Database db = open()) {
            AtomicInteger attempts = new AtomicInteger();
            assertThatThrownBy(
                            () ->
                                    db.inTransaction(
                                            c -> {
                                                attempts.incrementAndGet();
                                                throw new SQLException("syntax error", "42601");
                                            }))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("syntax error");
            assertThat(attempts).hasValue(1);
        }
    }

    @Test
    void sixteen_threads_incrementing_one_counter_lose_no_update() throws Exception {
        int threads = 16;
        int increments = 10;
        try (Database db = open()) {
            execute(db, "CREATE TABLE counter (id INTEGER PRIMARY KEY, n BIGINT NOT NULL)");
            execute(db, "INSERT INTO counter (id, n) VALUES (1, 0)");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    done.add(
                            pool.submit(
                                    () -> {
                                        start.await();
                                        for (int i = 0; i < increments; i++) {
                                            db.inTransaction(TestSql::increment);
                                        }
                                        return null;
                                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get(2, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(db.read(TestSql::counter)).isEqualTo((long) threads * increments);
        }
    }

    @Test
    void instants_come_back_in_utc_to_the_microsecond() {
        Instant instant = Instant.parse("2019-03-29T17:30:05.123456789Z");
        try (Database db = open()) {
            execute(db, db.dialect().expand("CREATE TABLE times (at ${timestamp})", "test"));
            db.inTransaction(
                    c -> {
                        try (PreparedStatement insert =
                                c.prepareStatement("INSERT INTO times (at) VALUES (?)")) {
                            db.dialect().setInstant(insert, 1, instant);
                            return insert.executeUpdate();
                        }
                    });
            Instant back =
                    db.read(
                            c -> {
                                try (Statement s = c.createStatement();
                                        ResultSet row = s.executeQuery("SELECT at FROM times")) {
                                    row.next();
                                    return db.dialect().getInstant(row, "at");
                                }
                            });
            assertThat(back).isEqualTo(Instant.parse("2019-03-29T17:30:05.123456Z"));
        }
    }

    // ---- migrations ----

    @Test
    void a_new_database_gets_every_migration_each_recorded_with_its_checksum() {
        try (Database db = open()) {
            assertThat(db.schemaVersion())
                    .isEqualTo(
                            Migrations.fromClasspath(getClass().getClassLoader()).latestVersion());
            List<String> rows = schemaVersions(db);
            assertThat(rows.get(0)).startsWith("1 files " + T0 + " ");
            assertThat(rows.get(0).split(" ")[3]).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void applies_pending_migrations_in_version_order() throws IOException {
        Path migrations =
                migrations(
                        "V902__notes_author.sql",
                        "ALTER TABLE notes ADD COLUMN author TEXT;",
                        "V901__notes.sql",
                        "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
                                + "\nCREATE INDEX notes_text ON notes (text);");
        try (Database db = open(migrations, CLOCK)) {
            assertThat(db.schemaVersion()).isEqualTo(902);
            List<String> applied =
                    schemaVersions(db).stream()
                            .map(row -> row.substring(0, row.indexOf(" 20")))
                            .toList();
            assertThat(applied).startsWith("1 files").endsWith("901 notes", "902 notes author");
            assertThat(applied).hasSize(bundledCount() + 2);
            execute(db, "INSERT INTO notes (id, text, author) VALUES (1, 'x', 'y')");
        }
    }

    @Test
    void reopening_applies_nothing_again() throws IOException {
        Path migrations = migrations("V901__notes.sql", "CREATE TABLE notes (id INTEGER);");
        List<String> first;
        try (Database db = open(migrations, CLOCK)) {
            first = schemaVersions(db);
        }
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(30));
        try (Database db = open(migrations, later)) {
            assertThat(schemaVersions(db)).isEqualTo(first);
        }
    }

    @Test
    void refuses_to_open_when_an_applied_migration_was_changed() throws IOException {
        Path migrations = migrations("V901__notes.sql", "CREATE TABLE notes (id INTEGER);");
        open(migrations, CLOCK).close();
        Files.writeString(
                migrations.resolve("V901__notes.sql"),
                "CREATE TABLE notes (id INTEGER, text TEXT);",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> open(migrations, CLOCK))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("migration V901__notes.sql was changed after it was applied")
                .hasMessageContaining("make the change in a new migration");
    }

    @Test
    void refuses_a_database_newer_than_the_code() throws IOException {
        open(migrations("V901__notes.sql", "CREATE TABLE notes (id INTEGER);"), CLOCK).close();
        assertThatThrownBy(() -> open(migrations(), CLOCK))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith(
                        "the database is at schema version 901 but this build of Saraban knows"
                                + " versions up to "
                                + bundledVersion());
    }

    @Test
    void a_failing_migration_leaves_the_database_at_the_version_before_it() throws IOException {
        Path broken =
                migrations(
                        "V901__half.sql",
                        "CREATE TABLE half (id INTEGER);\nCREATE TABLE broken (id INTEGER,;");
        assertThatThrownBy(() -> open(broken, CLOCK))
                .isInstanceOf(StorageException.class)
                .hasMessageStartingWith(
                        "migration V901__half.sql failed, the database stays at version "
                                + bundledVersion());
        try (Database db = open(migrations(), CLOCK)) {
            assertThat(db.schemaVersion()).isEqualTo(bundledVersion());
            assertThatThrownBy(() -> execute(db, "INSERT INTO half (id) VALUES (1)"))
                    .as("the first statement of the failed migration was undone")
                    .isInstanceOf(StorageException.class);
        }
        Path fixed = migrations("V901__half.sql", "CREATE TABLE half (id INTEGER);");
        try (Database db = open(fixed, CLOCK)) {
            assertThat(db.schemaVersion()).isEqualTo(901);
        }
    }

    /** The newest migration that ships with Saraban; test migrations number from 901. */
    private int bundledVersion() {
        return Migrations.fromClasspath(getClass().getClassLoader()).latestVersion();
    }

    /** How many migrations are bundled: fewer than the latest version while a number is taken. */
    private int bundledCount() {
        return Migrations.fromClasspath(getClass().getClassLoader()).all().size();
    }

    // ---- file store ----

    @Test
    void stores_bytes_under_their_sha256_and_gives_them_back() throws IOException {
        byte[] pdf = "%PDF-1.7 หนังสือเวียน".getBytes(StandardCharsets.UTF_8);
        try (Database db = open()) {
            FileStore files = FileStore.open(db, dataDir());
            String sha256 = files.put(pdf, "application/pdf");
            assertThat(sha256).isEqualTo(Sha256.of(pdf)).matches("[0-9a-f]{64}");
            assertThat(files.exists(sha256)).isTrue();
            assertThat(files.get(sha256))
                    .contains(new StoredFile(sha256, pdf.length, "application/pdf", T0));
            try (InputStream in = files.open(sha256)) {
                assertThat(in.readAllBytes()).isEqualTo(pdf);
            }
        }
    }

    @Test
    void storing_the_same_bytes_again_keeps_the_first_copy() {
        byte[] bytes = "same".getBytes(StandardCharsets.UTF_8);
        try (Database db = open()) {
            FileStore files = FileStore.open(db, dataDir());
            String first = files.put(bytes, "text/plain");
            String second = files.put(bytes, "application/octet-stream");
            assertThat(second).isEqualTo(first);
            assertThat(files.get(first).orElseThrow().mediaType()).isEqualTo("text/plain");
            assertThat(count(db, "files")).isEqualTo(1);
        }
    }

    @Test
    void stores_a_stream_of_several_megabytes_and_an_empty_file() throws IOException {
        byte[] big = new byte[3 * 1024 * 1024 + 7];
        new java.util.Random(525).nextBytes(big);
        try (Database db = open()) {
            FileStore files = FileStore.open(db, dataDir());
            String sha256 = files.put(new java.io.ByteArrayInputStream(big), "image/png");
            String empty = files.put(new byte[0], "text/plain");
            try (InputStream in = files.open(sha256)) {
                assertThat(in.readAllBytes()).isEqualTo(big);
            }
            assertThat(files.get(empty).orElseThrow().size()).isZero();
            try (InputStream in = files.open(empty)) {
                assertThat(in.readAllBytes()).isEmpty();
            }
        }
    }

    @Test
    void files_stay_stored_after_reopening() throws IOException {
        byte[] bytes = "kept".getBytes(StandardCharsets.UTF_8);
        String sha256;
        try (Database db = open()) {
            sha256 = FileStore.open(db, dataDir()).put(bytes, "text/plain");
        }
        try (Database db = open();
                InputStream in = FileStore.open(db, dataDir()).open(sha256)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void reports_bytes_that_no_longer_match_their_name() throws Exception {
        try (Database db = open()) {
            FileStore files = FileStore.open(db, dataDir());
            String sha256 = files.put("original".getBytes(StandardCharsets.UTF_8), "text/plain");
            damageStoredFile(sha256);
            assertThatThrownBy(
                            () -> {
                                try (InputStream in = files.open(sha256)) {
                                    in.readAllBytes();
                                }
                            })
                    .isInstanceOf(CorruptFileException.class)
                    .hasMessageStartingWith("stored file " + sha256 + " is damaged: ")
                    .hasMessageEndingWith("; restore it from a backup");
        }
    }

    @Test
    void a_file_put_in_a_rolled_back_transaction_is_not_stored() {
        byte[] bytes = "rolled back".getBytes(StandardCharsets.UTF_8);
        try (Database db = open()) {
            FileStore files = FileStore.open(db, dataDir());
            assertThatThrownBy(
                            () ->
                                    db.inTransaction(
                                            c -> {
                                                files.put(bytes, "text/plain");
                                                throw new IllegalStateException("render failed");
                                            }))
                    .hasMessage("render failed");
            assertThat(files.exists(Sha256.of(bytes))).isFalse();
            assertThat(files.get(Sha256.of(bytes))).isEmpty();
        }
    }

    @Test
    void knows_nothing_of_bytes_never_stored_and_refuses_names_that_are_not_sha256() {
        String unknown = Sha256.of(new byte[] {1, 2, 3});
        try (Database db = open()) {
            FileStore files = FileStore.open(db, dataDir());
            assertThat(files.exists(unknown)).isFalse();
            assertThat(files.get(unknown)).isEmpty();
            assertThatThrownBy(() -> files.open(unknown))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("no stored file " + unknown);
            assertThatThrownBy(() -> files.open("../../etc/passwd"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a SHA-256 in lower-case hex: ../../etc/passwd");
            assertThatThrownBy(() -> files.put(new byte[1], "pdf"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "mediaType must be a type/subtype such as application/pdf, not pdf");
        }
    }

    // ---- helpers ----

    /** A migrations folder with this build's migrations and the given (name, text) pairs. */
    Path migrations(String... nameAndText) throws IOException {
        Path folder = Files.createTempDirectory(temp, "migrations");
        for (Migration m : Migrations.fromClasspath(getClass().getClassLoader()).all()) {
            Files.writeString(folder.resolve(m.fileName()), m.sql(), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(
                    folder.resolve(nameAndText[i]), nameAndText[i + 1], StandardCharsets.UTF_8);
        }
        return folder;
    }
}
