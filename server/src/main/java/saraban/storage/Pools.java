package saraban.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The connection pools behind a {@link Database}: for SQLite one writer connection and a few
 * query-only readers; for PostgreSQL one pool for both.
 *
 * @param writer connections for {@code inTransaction} and migrations
 * @param reader connections for {@code read}; the same pool as {@code writer} for PostgreSQL
 */
record Pools(HikariDataSource writer, HikariDataSource reader) implements AutoCloseable {
    /** How long SQLite waits for a lock held by another process before answering busy. */
    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    private static final int SQLITE_READERS = 4;
    private static final int POSTGRES_CONNECTIONS = 10;

    static Pools open(String url, Dialect dialect) {
        try {
            return dialect == Dialect.SQLITE ? sqlite(url) : postgres(url);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StorageException(
                    "cannot open the database "
                            + JdbcUrls.redact(url)
                            + ": "
                            + cause.getMessage()
                            + "; check SARABAN_DB_URL and that the database is running",
                    e);
        }
    }

    /**
     * SQLite: WAL so that readers never wait for the writer; {@code synchronous=FULL} so that a
     * committed transaction survives a power cut (in WAL mode NORMAL may lose the last commits, and
     * a reference number already handed out must never be handed out again); foreign keys on; a
     * busy timeout for other processes; write transactions start with {@code BEGIN IMMEDIATE} so
     * that they take the write lock first instead of failing half-way.
     */
    private static Pools sqlite(String url) {
        Path file = JdbcUrls.sqliteFile(url);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException(
                    "cannot create the folder of the SQLite database " + file + ": " + e, e);
        }
        HikariDataSource writer = new HikariDataSource(sqliteConfig(url, "write", 1));
        try {
            HikariConfig read = sqliteConfig(url, "read", SQLITE_READERS);
            read.setConnectionInitSql("PRAGMA query_only = ON");
            HikariDataSource reader = new HikariDataSource(read);
            Pools pools = new Pools(writer, reader);
            pools.checkWal(file);
            return pools;
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    private static HikariConfig sqliteConfig(String url, String role, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("saraban-sqlite-" + role);
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", Integer.toString(SQLITE_BUSY_TIMEOUT_MS));
        config.addDataSourceProperty(
                "transaction_mode", "write".equals(role) ? "IMMEDIATE" : "DEFERRED");
        return config;
    }

    private static Pools postgres(String url) {
        JdbcUrls.postgresSchema(url); // refuses a malformed schema name before connecting
        HikariConfig config = new HikariConfig();
        config.setPoolName("saraban-postgresql");
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(POSTGRES_CONNECTIONS);
        config.setMinimumIdle(1);
        HikariDataSource pool = new HikariDataSource(config);
        return new Pools(pool, pool);
    }

    /** WAL needs shared memory; some network file systems refuse it. Better to know at start. */
    private void checkWal(Path file) {
        try (Connection c = writer.getConnection();
                Statement s = c.createStatement();
                ResultSet mode = s.executeQuery("PRAGMA journal_mode")) {
            String journal = mode.next() ? mode.getString(1) : "";
            if (!"wal".equals(journal.toLowerCase(Locale.ROOT))) {
                throw new StorageException(
                        "SQLite could not switch "
                                + file
                                + " to WAL (journal mode is '"
                                + journal
                                + "'); keep the database on a local disk");
            }
        } catch (SQLException e) {
            throw new StorageException("cannot open the SQLite database " + file + ": " + e, e);
        }
    }

    /** Writes the WAL back into the database file (SQLite) and closes every connection. */
    @Override
    public void close() {
        if (writer != reader) {
            try (Connection c = writer.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                // Not needed for correctness: the next open replays the WAL.
            }
            reader.close();
        }
        writer.close();
    }
}
