package saraban.storage;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** What storage reads from a JDBC URL: the SQLite file, the PostgreSQL schema, a loggable form. */
final class JdbcUrls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private JdbcUrls() {}

    /** The URL with any password hidden, for messages and logs. */
    static String redact(String url) {
        return url == null ? "null" : PASSWORD.matcher(url).replaceAll("$1***");
    }

    /**
     * The database file of a {@code jdbc:sqlite:} URL. In-memory databases are refused: every
     * pooled connection would see a different, empty one.
     */
    static Path sqliteFile(String url) {
        String rest = url.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        if (file.isBlank() || file.contains(":memory:") || file.contains("mode=memory")) {
            throw new IllegalArgumentException(
                    "SQLite needs a database file, e.g. jdbc:sqlite:data/saraban.db, not "
                            + redact(url));
        }
        return Path.of(file);
    }

    /** The first schema of a PostgreSQL URL's {@code currentSchema} parameter, if any. */
    static Optional<String> postgresSchema(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : url.substring(query + 1).split("&")) {
            if (parameter.startsWith("currentSchema=")) {
                String schema = parameter.substring("currentSchema=".length()).split(",")[0];
                if (!SCHEMA_NAME.matcher(schema).matches()) {
                    throw new IllegalArgumentException(
                            "currentSchema must be a plain name (letters, digits, _), not '"
                                    + schema
                                    + "'");
                }
                return Optional.of(schema);
            }
        }
        return Optional.empty();
    }
}
