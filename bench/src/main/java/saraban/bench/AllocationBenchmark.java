package saraban.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import saraban.SuppressForbidden;
import saraban.registers.NumberRequest;
import saraban.registers.OfficeTree;
import saraban.registers.RegisterService;
import saraban.registers.Series;
import saraban.storage.Database;
import saraban.web.Json;

/**
 * Durable allocations per second ("ขอเลข", each answered only after the transaction holding its
 * register row and audit event committed) at 1, 8 and 32 concurrent clients on one series, on
 * SQLite and on the local PostgreSQL, printed beside the disk's measured fsync rate and
 * PostgreSQL's rate of one-row durable commits. After each run it checks that the register holds
 * the numbers 1…n exactly once, n being the numbers answered, each with its audit event. The
 * machine's load average is printed before and after: figures taken on a busy machine are low. Run
 * from the repository root after packaging, optionally with the number of runs: {@code java -cp
 * "bench/target/saraban-bench.jar:bench/target/lib/*" saraban.bench.AllocationBenchmark 3}
 */
public final class AllocationBenchmark {
    private static final long SECONDS = 5;
    private static final int WARM_UP = 50;
    private static final int[] CLIENTS = {1, 8, 32};
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private AllocationBenchmark() {}

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path dir = Files.createTempDirectory("saraban-alloc");
        System.out.println(String.format(Locale.ROOT, "load average: %.2f", loadAverage()));
        System.out.println(
                String.format(
                        Locale.ROOT,
                        "fsync rate of the disk under %s: %.0f/s",
                        dir,
                        fsyncRate(dir)));
        System.out.println(
                String.format(
                        Locale.ROOT,
                        "PostgreSQL one-row durable commits, one client: %.0f/s",
                        postgresCommitRate()));
        for (int r = 1; r <= runs; r++) {
            System.out.println(
                    String.format(
                            Locale.ROOT,
                            "run %d of %d, load average %.2f",
                            r,
                            runs,
                            loadAverage()));
            for (int clients : CLIENTS) {
                String sqlite = "jdbc:sqlite:" + dir.resolve("bench-" + r + "-" + clients + ".db");
                System.out.println(
                        String.format(
                                Locale.ROOT,
                                "SQLite,     %2d clients: %6.0f allocations/s",
                                clients,
                                run(sqlite, clients)));
            }
            for (int clients : CLIENTS) {
                String schema = "saraban_bench_" + clients + "_" + System.nanoTime();
                try {
                    System.out.println(
                            String.format(
                                    Locale.ROOT,
                                    "PostgreSQL, %2d clients: %6.0f allocations/s",
                                    clients,
                                    run(POSTGRES + "&currentSchema=" + schema, clients)));
                } finally {
                    try (Connection c = DriverManager.getConnection(POSTGRES);
                            Statement s = c.createStatement()) {
                        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    }
                }
            }
        }
        System.out.println(String.format(Locale.ROOT, "load average: %.2f", loadAverage()));
    }

    private static double run(String url, int clients) throws Exception {
        try (Database db = Database.open(url, Clock.systemUTC())) {
            RegisterService registers =
                    new RegisterService(db, OfficeTree.sample(), Clock.systemUTC(), Json.mapper());
            NumberRequest request =
                    new NumberRequest("ทดสอบความเร็ว", "นายอำเภอ", null, null, null);
            for (int i = 0; i < WARM_UP; i++) {
                registers.allocate("ss-mueang", Series.SEND, request, "bench");
            }
            AtomicInteger done = new AtomicInteger();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(
                        pool.submit(
                                () -> {
                                    while (System.nanoTime() < end) {
                                        registers.allocate(
                                                "ss-mueang", Series.SEND, request, "bench");
                                        done.incrementAndGet();
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            double rate = done.get() / ((System.nanoTime() - start) / 1e9);
            pool.shutdown();
            checkRegister(db, WARM_UP + done.get());
            return rate;
        }
    }

    /** The register holds 1…answered, each number once, each with its audit event. */
    private static void checkRegister(Database db, int answered) {
        String found =
                db.read(
                        c -> {
                            try (Statement s = c.createStatement();
                                    ResultSet r =
                                            s.executeQuery(
                                                    "SELECT count(*), count(DISTINCT number),"
                                                            + " min(number), max(number),"
                                                            + " (SELECT count(*) FROM audit_events"
                                                            + " WHERE action = 'number.allocate')"
                                                            + " FROM register_entries")) {
                                r.next();
                                return r.getInt(1)
                                        + " rows, "
                                        + r.getInt(2)
                                        + " numbers from "
                                        + r.getInt(3)
                                        + " to "
                                        + r.getInt(4)
                                        + ", "
                                        + r.getInt(5)
                                        + " audit events";
                            }
                        });
        String expected =
                answered
                        + " rows, "
                        + answered
                        + " numbers from 1 to "
                        + answered
                        + ", "
                        + answered
                        + " audit events";
        if (!found.equals(expected)) {
            throw new IllegalStateException(
                    "the register does not hold what was answered: "
                            + found
                            + "; expected "
                            + expected);
        }
    }

    /** Autocommitted one-row INSERTs into a logged table: each commit waits for its WAL flush. */
    private static double postgresCommitRate() throws Exception {
        String table = "saraban_bench_commits_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(POSTGRES);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (n INTEGER)");
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO " + table + " VALUES (?)")) {
                int n = 0;
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                long start = System.nanoTime();
                while (System.nanoTime() < end) {
                    insert.setInt(1, n++);
                    insert.executeUpdate();
                }
                return n / ((System.nanoTime() - start) / 1e9);
            } finally {
                s.execute("DROP TABLE " + table);
            }
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double fsyncRate(Path dir) throws IOException {
        Path file = dir.resolve("fsync.bin");
        ByteBuffer block = ByteBuffer.allocate(4096);
        int n = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        long start = System.nanoTime();
        try (FileChannel ch =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (System.nanoTime() < end) {
                block.rewind();
                ch.write(block, 0);
                ch.force(false);
                n++;
            }
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
