package saraban.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
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
 * Durable allocations per second ("ขอเลข", each its own committed transaction with its register row
 * and audit event) at 1, 8 and 32 concurrent clients on one series, on SQLite and on the local
 * PostgreSQL, printed beside the disk's measured fsync rate. Run from the repository root after
 * packaging: {@code java -cp "bench/target/saraban-bench.jar:bench/target/lib/*"
 * saraban.bench.AllocationBenchmark}
 */
public final class AllocationBenchmark {
    private static final long SECONDS = 5;
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private AllocationBenchmark() {}

    @SuppressForbidden(reason = "a benchmark prints its figures")
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("saraban-alloc");
        System.out.println(
                String.format(
                        Locale.ROOT,
                        "fsync rate of the disk under %s: %.0f/s",
                        dir,
                        fsyncRate(dir)));
        for (int clients : new int[] {1, 8, 32}) {
            String sqlite = "jdbc:sqlite:" + dir.resolve("bench-" + clients + ".db");
            System.out.println(
                    String.format(
                            Locale.ROOT,
                            "SQLite,     %2d clients: %6.0f allocations/s",
                            clients,
                            run(sqlite, clients)));
        }
        for (int clients : new int[] {1, 8, 32}) {
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

    private static double run(String url, int clients) throws Exception {
        try (Database db = Database.open(url, Clock.systemUTC())) {
            RegisterService registers =
                    new RegisterService(db, OfficeTree.sample(), Clock.systemUTC(), Json.mapper());
            NumberRequest request =
                    new NumberRequest("ทดสอบความเร็ว", "นายอำเภอ", null, null, null);
            for (int i = 0; i < 50; i++) {
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
            pool.shutdown();
            return done.get() / ((System.nanoTime() - start) / 1e9);
        }
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
