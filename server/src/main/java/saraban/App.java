package saraban;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.letters.LetterRoutes;
import saraban.letters.LetterService;
import saraban.pdf.FontSet;
import saraban.pdf.FontUnavailableException;
import saraban.pdf.PdfEngine;
import saraban.web.ErrorMapper;
import saraban.web.Json;

/** The composition root: builds every service from {@link Settings} and wires them into Javalin. */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {}

    /** Builds the application; the caller starts it. Tests call this with their own settings. */
    public static Javalin create(Settings settings) {
        return create(settings, Clock.systemUTC());
    }

    /** As {@link #create(Settings)}, with the clock every date and time is taken from. */
    public static Javalin create(Settings settings, Clock clock) {
        FontSet fonts = FontSet.load(settings.fontsDir(), settings.fontFamily());
        LOG.info(
                "Body font {}: draws {}x larger than TH SarabunPSK",
                fonts.name(),
                fonts.sizeVsPsk());
        PdfEngine pdf = new PdfEngine(fonts, settings.home().toUri());
        LetterService letters =
                new LetterService(
                        pdf, settings.templatesDir().resolve("letters"), settings.garuda(), clock);
        ObjectMapper json = Json.mapper();

        Javalin app =
                Javalin.create(
                        config -> {
                            config.showJavalinBanner = false;
                            config.jsonMapper(new JavalinJackson(json, false));
                            config.http.maxRequestSize = 2_000_000L;
                        });
        ErrorMapper.install(app);
        app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
        new LetterRoutes(letters, json).register(app);
        return app;
    }

    @SuppressForbidden(
            reason = "the one place that reads the environment and reports a start-up failure")
    public static void main(String[] args) {
        try {
            Settings settings = Settings.fromEnvironment(System.getenv());
            Javalin app = create(settings).start(settings.port());
            LOG.info(
                    "Saraban is listening on port {}, {} ms after the JVM started",
                    app.port(),
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        } catch (FontUnavailableException | IllegalArgumentException e) {
            System.err.println("Saraban cannot start: " + e.getMessage());
            System.exit(2);
        }
    }
}
