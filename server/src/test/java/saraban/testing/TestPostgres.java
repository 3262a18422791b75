package saraban.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server tests run against: 127.0.0.1:5432, database {@code test} (or the URL in the
 * system property {@code saraban.test.postgres}). Each user of it works in a schema of its own with
 * a random name, dropped afterwards. Without a reachable server, tests are skipped loudly, except
 * on CI ({@code saraban.ci=true}) where they fail.
 */
public final class TestPostgres {
    private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile String server;
    private static volatile String unreachable;

    private TestPostgres() {}

    /** A JDBC URL on a fresh schema; skips (or, on CI, fails) the test without a server. */
    public static String freshSchemaUrl() {
        String base = server();
        Assumptions.assumeTrue(base != null, unreachable);
        return base
                + "&currentSchema=saraban_it_"
                + HexFormat.of().formatHex(RANDOM.generateSeed(8));
    }

    /** Drops the schema a {@link #freshSchemaUrl()} named. */
    public static void drop(String url) throws SQLException {
        if (url == null) {
            return;
        }
        String schema = url.substring(url.indexOf("&currentSchema=") + "&currentSchema=".length());
        try (Connection c = DriverManager.getConnection(server);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static synchronized String server() {
        if (server != null || unreachable != null) {
            return server;
        }
        String configured = System.getProperty("saraban.test.postgres", "");
        List<String> candidates = new ArrayList<>();
        if (!configured.isBlank()) {
            candidates.add(configured);
        } else {
            String base = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=5&user=";
            candidates.add(base + "postgres");
            candidates.add(base + System.getProperty("user.name"));
        }
        List<String> failures = new ArrayList<>();
        for (String candidate : candidates) {
            try (Connection c = DriverManager.getConnection(candidate)) {
                server = candidate;
                return server;
            } catch (SQLException e) {
                failures.add(e.getMessage());
            }
        }
        unreachable =
                "PostgreSQL is not reachable, so the PostgreSQL tests cannot run ("
                        + String.join("; ", failures)
                        + "). Start it (pg_ctlcluster <version> main start) or set"
                        + " -Dsaraban.test.postgres=jdbc:postgresql://host/db?user=…";
        if (Boolean.getBoolean("saraban.ci")) {
            Assertions.fail(unreachable);
        }
        LOG.warn("\n\n*** SKIPPED: {} ***\n", unreachable);
        return null;
    }
}
