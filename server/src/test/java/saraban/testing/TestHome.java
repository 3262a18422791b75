package saraban.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import saraban.Settings;
import saraban.pdf.FontSet;
import saraban.pdf.PdfEngine;

/**
 * The checkout the tests run in (set by the build as {@code saraban.home}) and shared test objects.
 */
public final class TestHome {
    private static volatile PdfEngine engine;

    private TestHome() {}

    public static Path home() {
        String home = System.getProperty("saraban.home");
        return home == null
                ? Path.of("..").toAbsolutePath().normalize()
                : Path.of(home).toAbsolutePath().normalize();
    }

    /**
     * Settings for a server under test: the checkout's templates and fonts, a fresh data folder,
     * plain-http cookies, and the API trusting the gateway headers ({@code X-Saraban-Actor}, {@code
     * X-Saraban-Clearance}) as the API tests were written for. Tests of signing in use {@link
     * #secureSettings()}.
     */
    public static Settings settings() {
        Settings.Security gateway =
                new Settings.Security(
                        false,
                        true,
                        Settings.Security.DEFAULT.sessionIdle(),
                        Settings.Security.DEFAULT.sessionMax());
        return secureSettings().withSecurity(gateway);
    }

    /**
     * As {@link #settings()}, with the default way of signing in: no trusted headers, only a
     * session or an API token; cookies without {@code Secure}, as the tests speak plain http.
     */
    public static Settings secureSettings() {
        try {
            return Settings.forHome(home())
                    .withDataDir(java.nio.file.Files.createTempDirectory("saraban-data"))
                    .withSecurity(
                            new Settings.Security(
                                    false,
                                    false,
                                    Settings.Security.DEFAULT.sessionIdle(),
                                    Settings.Security.DEFAULT.sessionMax()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One engine for all tests, as in the server: FOP's factory is expensive to build. */
    public static PdfEngine engine() {
        if (engine == null) {
            synchronized (TestHome.class) {
                if (engine == null) {
                    FontSet fonts = FontSet.load(home().resolve("fonts"), "laksaman");
                    engine = new PdfEngine(fonts, URI.create(home().toUri().toString()));
                }
            }
        }
        return engine;
    }

    /** A test resource as UTF-8 text. */
    public static String resource(String name) {
        try (InputStream in = TestHome.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where tests write what a person may want to look at (page images, diffs). */
    public static Path outputDir(String name) {
        Path dir = home().resolve("server/target/test-output").resolve(name);
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
