package saraban.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings a database up to this build's migrations, one migration per transaction, each recorded in
 * {@code schema_version}. Refuses a database whose applied migrations differ from this build's:
 * changed after they were applied, missing, or newer than the code.
 */
final class Migrator {
    /** Key of PostgreSQL's advisory lock that lets one node at a time migrate. */
    private static final long LOCK_KEY = 0x5341_5241_4241_4EL;

    private final Migrations migrations;
    private final Dialect dialect;
    private final Clock clock;

    Migrator(Migrations migrations, Dialect dialect, Clock clock) {
        this.migrations = migrations;
        this.dialect = dialect;
        this.clock = clock;
    }

    /** What one step found: the version the database is at, and whether it applied one. */
    record Step(int version, boolean applied) {}

    /**
     * Applies the next pending migration, if any, on a connection inside a transaction. Called
     * until it applies nothing; with PostgreSQL it waits while another node migrates.
     */
    Step step(Connection c) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                lock.execute();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute(
                    dialect.expand(
                            "CREATE TABLE IF NOT EXISTS schema_version ("
                                    + " version INTEGER NOT NULL PRIMARY KEY,"
                                    + " description TEXT NOT NULL,"
                                    + " applied_at ${timestamp} NOT NULL,"
                                    + " checksum TEXT NOT NULL)",
                            "schema_version"));
        }
        List<Applied> applied = applied(c);
        int current = check(applied);
        Migration next =
                migrations.all().stream()
                        .filter(m -> m.version() > current)
                        .findFirst()
                        .orElse(null);
        if (next == null) {
            return new Step(current, false);
        }
        try {
            dialect.runScript(c, dialect.expand(next.sql(), next.fileName()));
        } catch (SQLException e) {
            throw new StorageException(
                    "migration "
                            + next.fileName()
                            + " failed, the database stays at version "
                            + current
                            + ": "
                            + e.getMessage(),
                    e);
        }
        try (PreparedStatement insert =
                c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at, checksum)"
                                + " VALUES (?, ?, ?, ?)")) {
            insert.setInt(1, next.version());
            insert.setString(2, next.description());
            dialect.setInstant(insert, 3, clock.instant());
            insert.setString(4, next.checksum());
            insert.executeUpdate();
        }
        return new Step(next.version(), true);
    }

    private record Applied(int version, String description, String checksum) {}

    private static List<Applied> applied(Connection c) throws SQLException {
        List<Applied> applied = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rows =
                        s.executeQuery(
                                "SELECT version, description, checksum FROM schema_version"
                                        + " ORDER BY version")) {
            while (rows.next()) {
                applied.add(new Applied(rows.getInt(1), rows.getString(2), rows.getString(3)));
            }
        }
        return applied;
    }

    /** The version the database is at, once its history agrees with this build's migrations. */
    private int check(List<Applied> applied) {
        Map<Integer, Migration> known =
                migrations.all().stream()
                        .collect(Collectors.toMap(Migration::version, Function.identity()));
        int current = 0;
        for (Applied a : applied) {
            Migration m = known.get(a.version());
            if (a.version() > migrations.latestVersion()) {
                throw new StorageException(
                        "the database is at schema version "
                                + applied.get(applied.size() - 1).version()
                                + " but this build of Saraban knows versions up to "
                                + migrations.latestVersion()
                                + "; run the newer Saraban that upgraded it, or restore a backup");
            }
            if (m == null) {
                throw new StorageException(
                        "the database has migration "
                                + a.version()
                                + " ("
                                + a.description()
                                + ") applied, which this build does not have");
            }
            if (!m.checksum().equals(a.checksum())) {
                throw new StorageException(
                        "migration "
                                + m.fileName()
                                + " was changed after it was applied to this database (checksum "
                                + a.checksum()
                                + " applied, "
                                + m.checksum()
                                + " now); put the file back as it was and make the change in a"
                                + " new migration");
            }
            current = a.version();
        }
        for (Migration m : migrations.all()) {
            if (m.version() < current
                    && applied.stream().noneMatch(a -> a.version() == m.version())) {
                throw new StorageException(
                        "migration "
                                + m.fileName()
                                + " is older than version "
                                + current
                                + " already applied; renumber it above "
                                + migrations.latestVersion());
            }
        }
        return current;
    }
}
