package saraban.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saraban's database: SQLite (a file, by default {@code data/saraban.db}) or PostgreSQL, opened
 * from a JDBC URL and migrated to this build's schema before it is returned.
 *
 * <pre>{@code
 * try (Database db = Database.open("jdbc:sqlite:data/saraban.db", clock)) {
 *     long next = db.inTransaction(c -> allocateNumber(c, series));
 * }
 * }</pre>
 *
 * <p>Write transactions are serializable on both databases: on SQLite one writer at a time (the
 * others wait their turn), on PostgreSQL {@code SERIALIZABLE} isolation. A transaction that
 * conflicts with another is run again from the start, up to {@value #MAX_ATTEMPTS} times. Safe to
 * use from many threads.
 */
public final class Database implements AutoCloseable {
    /**
     * How many times a transaction runs before a conflict is reported. Sixteen threads updating one
     * PostgreSQL row needed at most 8 attempts in the contract test; 15 leaves a margin.
     */
    static final int MAX_ATTEMPTS = 15;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final long WRITER_WAIT_SECONDS = 60;

    private enum Mode {
        WRITE,
        /** Writes that serialize on row locks (counters): READ COMMITTED on PostgreSQL. */
        LOCKING_WRITE,
        READ,
        MIGRATE
    }

    private record Current(Connection connection, boolean writable) {}

    private final Dialect dialect;
    private final Pools pools;
    private final Clock clock;
    private final int schemaVersion;

    /** SQLite has one writer connection: threads take turns in arrival order. */
    private final ReentrantLock sqliteWriter = new ReentrantLock(true);

    private final ThreadLocal<Current> current = new ThreadLocal<>();

    private Database(String url, Clock clock, Migrations migrations) {
        this.dialect = Dialect.of(url);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pools = Pools.open(url, dialect);
        try {
            createSchema(url);
            this.schemaVersion = migrate(migrations);
        } catch (RuntimeException e) {
            pools.close();
            throw e;
        }
        LOG.info(
                "{} database {} at schema version {}",
                dialect,
                JdbcUrls.redact(url),
                schemaVersion);
    }

    /**
     * Opens the database at {@code jdbcUrl} ({@code jdbc:sqlite:path} or {@code
     * jdbc:postgresql://host/db?user=…&currentSchema=…}) and applies pending migrations. For SQLite
     * the file's folder is created; for PostgreSQL the {@code currentSchema}, if named.
     *
     * @param clock where {@code applied_at} and other recorded instants come from
     * @throws StorageException when the database cannot be reached or its schema is refused
     */
    public static Database open(String jdbcUrl, Clock clock) {
        return open(jdbcUrl, clock, Migrations.fromClasspath(Database.class.getClassLoader()));
    }

    /** As {@link #open(String, Clock)}, with other migrations: for tests. */
    static Database open(String jdbcUrl, Clock clock, Migrations migrations) {
        return new Database(jdbcUrl, clock, migrations);
    }

    /** Which database this is. */
    public Dialect dialect() {
        return dialect;
    }

    /** The version of the last migration applied. */
    public int schemaVersion() {
        return schemaVersion;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Runs {@code work} in one transaction and commits it; rolls back on any exception, which is
     * then rethrown ({@link SQLException}s wrapped in a {@link StorageException}). Called inside
     * another {@code inTransaction} on the same thread, the work joins the outer transaction and
     * commits or rolls back with it.
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        Objects.requireNonNull(work, "work");
        Current outer = current.get();
        if (outer != null) {
            if (!outer.writable()) {
                throw new IllegalStateException(
                        "inTransaction inside read(): do the whole work in inTransaction");
            }
            return joined(outer.connection(), work);
        }
        return withRetries(Mode.WRITE, work);
    }

    /**
     * Like {@link #inTransaction}, for work that takes a row lock before it reads, such as {@code
     * UPDATE counter SET n = n + 1 … RETURNING n}: on PostgreSQL it runs at READ COMMITTED, where
     * concurrent transactions queue on the row lock and each sees the value the one before it
     * committed, instead of aborting with a serialization failure as at SERIALIZABLE. On SQLite,
     * writes are serialized anyway and this is {@link #inTransaction}.
     */
    public <T> T inLockingTransaction(TransactionWork<T> work) {
        Objects.requireNonNull(work, "work");
        Current outer = current.get();
        if (outer != null) {
            if (!outer.writable()) {
                throw new IllegalStateException(
                        "inLockingTransaction inside read(): do the whole work in one transaction");
            }
            return joined(outer.connection(), work);
        }
        return withRetries(Mode.LOCKING_WRITE, work);
    }

    /**
     * Runs read-only {@code work} on a consistent snapshot; any write fails. Inside {@code
     * inTransaction} on the same thread it joins that transaction and sees its writes.
     */
    public <T> T read(TransactionWork<T> work) {
        Objects.requireNonNull(work, "work");
        Current outer = current.get();
        if (outer != null) {
            return joined(outer.connection(), work);
        }
        return withRetries(Mode.READ, work);
    }

    /**
     * Whether the calling thread is inside {@code inTransaction}, {@code inLockingTransaction} or
     * {@code read}, so that more work on this thread joins that transaction. Work that must commit
     * on its own, such as writes gathered from several threads, checks this first.
     */
    public boolean isInTransaction() {
        return current.get() != null;
    }

    private <T> T joined(Connection connection, TransactionWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    private <T> T withRetries(Mode mode, TransactionWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(mode, work);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !dialect.isTransient(e)) {
                    throw e;
                }
                LOG.debug("transaction conflict, attempt {} runs again: {}", attempt, e.toString());
                pause(attempt, e);
            }
        }
    }

    /** Exponential back-off with full jitter, so that conflicting transactions spread out. */
    private static void pause(int attempt, RuntimeException cause) {
        long ceiling = Math.min(500, 4L << attempt);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private <T> T once(Mode mode, TransactionWork<T> work) {
        boolean serialize = dialect == Dialect.SQLITE && mode != Mode.READ;
        if (serialize) {
            takeWriterTurn();
        }
        try {
            HikariDataSource pool = mode == Mode.READ ? pools.reader() : pools.writer();
            try (Connection c = pool.getConnection()) {
                begin(c, mode);
                return run(c, mode, work);
            } catch (SQLException e) {
                throw new StorageException("database connection failed: " + e.getMessage(), e);
            }
        } finally {
            if (serialize) {
                sqliteWriter.unlock();
            }
        }
    }

    /** Runs the work and commits, or rolls back and rethrows; the pool restores auto-commit. */
    private <T> T run(Connection c, Mode mode, TransactionWork<T> work) {
        current.set(new Current(c, mode != Mode.READ));
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            rollback(c, e);
            throw new StorageException(e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            rollback(c, e);
            throw e;
        } finally {
            current.remove();
        }
    }

    private void takeWriterTurn() {
        try {
            if (!sqliteWriter.tryLock(WRITER_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new StorageException(
                        "waited "
                                + WRITER_WAIT_SECONDS
                                + " s for another write transaction to finish; one is stuck");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting to write", e);
        }
    }

    private void begin(Connection c, Mode mode) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            c.setReadOnly(mode == Mode.READ);
            c.setTransactionIsolation(
                    switch (mode) {
                        case WRITE -> Connection.TRANSACTION_SERIALIZABLE;
                        case LOCKING_WRITE -> Connection.TRANSACTION_READ_COMMITTED;
                        case READ -> Connection.TRANSACTION_REPEATABLE_READ;
                        // Each statement sees what other nodes committed before it: after
                        // the migration lock, the schema_version they wrote.
                        case MIGRATE -> Connection.TRANSACTION_READ_COMMITTED;
                    });
        }
        // SQLite: the writer pool's connections begin with BEGIN IMMEDIATE, the readers' with
        // a deferred BEGIN and are query-only.
        c.setAutoCommit(false);
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void createSchema(String url) {
        Optional<String> schema =
                dialect == Dialect.POSTGRESQL ? JdbcUrls.postgresSchema(url) : Optional.empty();
        if (schema.isEmpty()) {
            return;
        }
        try (Connection c = pools.writer().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.get() + "\"");
        } catch (SQLException e) {
            if (!"42P06".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw new StorageException(
                        "cannot create schema " + schema.get() + ": " + e.getMessage(), e);
            }
            // Another node created it at the same moment.
        }
    }

    private int migrate(Migrations migrations) {
        Migrator migrator = new Migrator(migrations, dialect, clock);
        while (true) {
            Migrator.Step step = withRetries(Mode.MIGRATE, migrator::step);
            if (!step.applied()) {
                return step.version();
            }
            LOG.info("applied migration {}", step.version());
        }
    }

    /** Closes every connection; for SQLite, first writes the WAL back into the database file. */
    @Override
    public void close() {
        pools.close();
    }
}
