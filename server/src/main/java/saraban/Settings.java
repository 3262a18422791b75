package saraban;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import saraban.forms.LateSubmissions;

/**
 * All of Saraban's configuration, read once from {@code SARABAN_*} environment variables by {@link
 * #fromEnvironment(Map)}. Nothing below {@link App} reads the environment.
 *
 * @param port HTTP port ({@code SARABAN_PORT}, default 8080)
 * @param home folder holding {@code templates/} and {@code fonts/} ({@code SARABAN_HOME}, default:
 *     the working directory, or its parent when started inside {@code server/})
 * @param templatesDir letter and page templates ({@code SARABAN_TEMPLATES}, default {@code
 *     home/templates})
 * @param fontsDir font files and {@code fonts.properties} ({@code SARABAN_FONTS}, default {@code
 *     home/fonts})
 * @param fontFamily the body font family named in {@code fonts.properties} ({@code SARABAN_FONT},
 *     default {@code laksaman})
 * @param garuda the agency's Garuda emblem, SVG or PNG ({@code SARABAN_GARUDA}); empty draws a
 *     labelled placeholder of the regulation size
 * @param dataDir the system of record: the SQLite database and stored files ({@code SARABAN_DATA},
 *     default {@code home/data})
 * @param officesFile the offices and their codes that a fresh database starts with, an INI file
 *     ({@code SARABAN_OFFICES}); empty loads the Samut Songkhram sample that ships with Saraban.
 *     Afterwards the database holds the offices, and the file is applied only on request
 * @param searchIndexDir this node's search index ({@code SARABAN_SEARCH_INDEX}, default {@code
 *     home/search-index}): derived from the database, rebuilt from it when missing
 * @param dbUrl the database's JDBC URL ({@code SARABAN_DB_URL}, default {@code
 *     jdbc:sqlite:dataDir/saraban.db}; {@code jdbc:postgresql://…} keeps everything, files
 *     included, in PostgreSQL)
 * @param uploads how large an incoming letter may be
 * @param security how people and programs sign in
 * @param lateSubmissions whether a form submitted after its request's deadline is taken and marked
 *     late, or refused ({@code SARABAN_LATE_SUBMISSIONS}: {@code accept}, the default, or {@code
 *     refuse})
 */
public record Settings(
        int port,
        Path home,
        Path templatesDir,
        Path fontsDir,
        String fontFamily,
        Optional<Path> garuda,
        Path dataDir,
        String dbUrl,
        Optional<Path> officesFile,
        UploadLimits uploads,
        Path searchIndexDir,
        Security security,
        LateSubmissions lateSubmissions) {

    /**
     * What an uploaded letter may be: at most {@code maxBytes} ({@code SARABAN_MAX_UPLOAD_MB},
     * default 50 MB) and {@code maxPages} pages ({@code SARABAN_MAX_PAGES}, default 200).
     */
    public record UploadLimits(long maxBytes, int maxPages) {
        public static final UploadLimits DEFAULT = new UploadLimits(50L * 1024 * 1024, 200);

        public UploadLimits {
            if (maxBytes < 1024) {
                throw new IllegalArgumentException(
                        "SARABAN_MAX_UPLOAD_MB must be at least 1, not " + maxBytes / 1024 / 1024);
            }
            if (maxPages < 1) {
                throw new IllegalArgumentException(
                        "SARABAN_MAX_PAGES must be at least 1, not " + maxPages);
            }
        }
    }

    /**
     * How people and programs sign in.
     *
     * @param secureCookies whether the session cookie is marked {@code Secure}, so that browsers
     *     send it only over HTTPS ({@code SARABAN_SECURE_COOKIES}, default true; false only for
     *     plain http on one's own machine)
     * @param trustHeaders whether a request without a session or token is taken to come from an
     *     authenticating gateway that names the user in {@code X-Saraban-Actor} and their clearance
     *     in {@code X-Saraban-Clearance} ({@code SARABAN_TRUST_HEADERS}, default false)
     * @param sessionIdle a session ends after this long without a request ({@code
     *     SARABAN_SESSION_IDLE_MINUTES}, default 120)
     * @param sessionMax and at the latest this long after signing in ({@code
     *     SARABAN_SESSION_MAX_HOURS}, default 12)
     */
    public record Security(
            boolean secureCookies,
            boolean trustHeaders,
            java.time.Duration sessionIdle,
            java.time.Duration sessionMax) {
        public static final Security DEFAULT =
                new Security(
                        true, false, java.time.Duration.ofHours(2), java.time.Duration.ofHours(12));

        public Security {
            Objects.requireNonNull(sessionIdle, "sessionIdle");
            Objects.requireNonNull(sessionMax, "sessionMax");
            if (sessionMax.compareTo(sessionIdle) < 0) {
                throw new IllegalArgumentException(
                        "SARABAN_SESSION_MAX_HOURS must not be shorter than"
                                + " SARABAN_SESSION_IDLE_MINUTES");
            }
        }
    }

    public Settings {
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(officesFile, "officesFile");
        Objects.requireNonNull(uploads, "uploads");
        Objects.requireNonNull(searchIndexDir, "searchIndexDir");
        Objects.requireNonNull(lateSubmissions, "lateSubmissions");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SARABAN_PORT must be 0..65535, not " + port);
        }
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(fontsDir, "fontsDir");
        if (fontFamily == null || fontFamily.isBlank()) {
            throw new IllegalArgumentException("SARABAN_FONT must not be blank");
        }
        Objects.requireNonNull(garuda, "garuda");
        Objects.requireNonNull(dataDir, "dataDir");
        if (dbUrl == null
                || !(dbUrl.startsWith("jdbc:sqlite:") || dbUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException(
                    "SARABAN_DB_URL must start with jdbc:sqlite: or jdbc:postgresql:, not "
                            + (dbUrl == null ? "nothing" : "'" + dbUrl.split("\\?")[0] + "'"));
        }
    }

    /** Reads the settings from an environment map such as {@code System.getenv()}. */
    public static Settings fromEnvironment(Map<String, String> env) {
        Path home =
                Optional.ofNullable(env.get("SARABAN_HOME"))
                        .map(Path::of)
                        .orElseGet(Settings::guessHome);
        int port = parsePort(env.getOrDefault("SARABAN_PORT", "8080"));
        Path templates = pathOr(env, "SARABAN_TEMPLATES", home.resolve("templates"));
        Path fonts = pathOr(env, "SARABAN_FONTS", home.resolve("fonts"));
        String family = env.getOrDefault("SARABAN_FONT", "laksaman");
        Optional<Path> garuda =
                Optional.ofNullable(env.get("SARABAN_GARUDA"))
                        .filter(s -> !s.isBlank())
                        .map(Path::of);
        Path data = pathOr(env, "SARABAN_DATA", home.resolve("data"));
        String dbUrl = env.get("SARABAN_DB_URL");
        if (dbUrl == null || dbUrl.isBlank()) {
            dbUrl = sqliteIn(data);
        }
        Optional<Path> offices =
                Optional.ofNullable(env.get("SARABAN_OFFICES"))
                        .filter(s -> !s.isBlank())
                        .map(Path::of);
        UploadLimits uploads =
                new UploadLimits(
                        positive(env, "SARABAN_MAX_UPLOAD_MB", 50) * 1024L * 1024L,
                        positive(env, "SARABAN_MAX_PAGES", UploadLimits.DEFAULT.maxPages()));
        Path searchIndex = pathOr(env, "SARABAN_SEARCH_INDEX", home.resolve("search-index"));
        return new Settings(
                port,
                home,
                templates,
                fonts,
                family,
                garuda,
                data,
                dbUrl.trim(),
                offices,
                uploads,
                searchIndex,
                new Security(
                        bool(env, "SARABAN_SECURE_COOKIES", true),
                        bool(env, "SARABAN_TRUST_HEADERS", false),
                        java.time.Duration.ofMinutes(
                                positive(env, "SARABAN_SESSION_IDLE_MINUTES", 120)),
                        java.time.Duration.ofHours(positive(env, "SARABAN_SESSION_MAX_HOURS", 12))),
                LateSubmissions.parse(env.getOrDefault("SARABAN_LATE_SUBMISSIONS", "accept")));
    }

    /**
     * Settings for a checkout at {@code home}, on any free port: what tests start the server with.
     */
    public static Settings forHome(Path home) {
        return new Settings(
                0,
                home,
                home.resolve("templates"),
                home.resolve("fonts"),
                "laksaman",
                Optional.empty(),
                home.resolve("data"),
                sqliteIn(home.resolve("data")),
                Optional.empty(),
                UploadLimits.DEFAULT,
                home.resolve("search-index"),
                Security.DEFAULT,
                LateSubmissions.ACCEPT);
    }

    public Settings withPort(int newPort) {
        return new Settings(
                newPort,
                home,
                templatesDir,
                fontsDir,
                fontFamily,
                garuda,
                dataDir,
                dbUrl,
                officesFile,
                uploads,
                searchIndexDir,
                security,
                lateSubmissions);
    }

    /** The same settings with the database and files in {@code newDataDir}: for tests. */
    public Settings withDbUrl(String newDbUrl) {
        return new Settings(
                port,
                home,
                templatesDir,
                fontsDir,
                fontFamily,
                garuda,
                dataDir,
                newDbUrl,
                officesFile,
                uploads,
                searchIndexDir,
                security,
                lateSubmissions);
    }

    /**
     * The same settings with the database, files and search index all in {@code newDataDir}, so
     * that a test's state is in one folder of its own.
     */
    public Settings withDataDir(Path newDataDir) {
        return new Settings(
                port,
                home,
                templatesDir,
                fontsDir,
                fontFamily,
                garuda,
                newDataDir,
                sqliteIn(newDataDir),
                officesFile,
                uploads,
                newDataDir.resolve("search-index"),
                security,
                lateSubmissions);
    }

    /** The same settings with another rule for late form submissions: for tests. */
    public Settings withLateSubmissions(LateSubmissions late) {
        return new Settings(
                port,
                home,
                templatesDir,
                fontsDir,
                fontFamily,
                garuda,
                dataDir,
                dbUrl,
                officesFile,
                uploads,
                searchIndexDir,
                security,
                late);
    }

    /** The same settings with other upload limits: for tests. */
    public Settings withUploads(UploadLimits newUploads) {
        return new Settings(
                port,
                home,
                templatesDir,
                fontsDir,
                fontFamily,
                garuda,
                dataDir,
                dbUrl,
                officesFile,
                newUploads,
                searchIndexDir,
                security,
                lateSubmissions);
    }

    /** The same settings with another way of signing in: for tests. */
    public Settings withSecurity(Security newSecurity) {
        return new Settings(
                port,
                home,
                templatesDir,
                fontsDir,
                fontFamily,
                garuda,
                dataDir,
                dbUrl,
                officesFile,
                uploads,
                searchIndexDir,
                newSecurity,
                lateSubmissions);
    }

    private static int positive(Map<String, String> env, String name, int fallback) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                name + " must be a whole number of 1 or more, not '" + text + "'");
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default ->
                    throw new IllegalArgumentException(
                            name + " must be true or false, not '" + text + "'");
        };
    }

    private static String sqliteIn(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("saraban.db");
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "SARABAN_PORT must be a number, not '" + text + "'", e);
        }
    }

    private static Path pathOr(Map<String, String> env, String key, Path fallback) {
        String value = env.get(key);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    private static Path guessHome() {
        Path cwd = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(cwd.resolve("templates"))
                && Files.isDirectory(cwd.resolve("../templates"))) {
            return cwd.getParent();
        }
        return cwd;
    }
}
