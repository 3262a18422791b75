package saraban;

import io.javalin.Javalin;
import java.util.Map;

/** The composition root: builds every service from {@link Settings} and wires them into Javalin. */
public final class App {

    private App() {}

    /** Builds the application; the caller starts it. Tests call this with their own settings. */
    public static Javalin create(Settings settings) {
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
        app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
        return app;
    }

    @SuppressForbidden(reason = "the one place that reads the environment")
    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment(System.getenv());
        create(settings).start(settings.port());
    }
}
