package saraban.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import saraban.Problem;
import saraban.ProblemException;
import saraban.pdf.FontSet;

/**
 * What pages load besides themselves, all from this server (offices may have no Internet): the
 * style sheet and scripts in {@code templates/web/static/} under {@code /assets/}, and the letters'
 * Thai font under {@code /assets/fonts/saraban-regular.ttf} and {@code saraban-bold.ttf}.
 */
public final class WebAssets {

    private WebAssets() {}

    /** Serves {@code staticDir} under {@code /assets}; call from Javalin's configuration. */
    public static void configure(JavalinConfig config, Path staticDir) {
        config.staticFiles.add(
                files -> {
                    files.hostedPath = "/assets";
                    files.directory = staticDir.toAbsolutePath().toString();
                    files.location = Location.EXTERNAL;
                    files.headers = java.util.Map.of("Cache-Control", "no-cache");
                });
    }

    /** Serves the body font's upright faces for the pages' {@code @font-face}. */
    public static void serveFonts(Javalin app, FontSet fonts) {
        app.get(
                "/assets/fonts/{file}",
                ctx -> {
                    Optional<Path> face =
                            switch (ctx.pathParam("file")) {
                                case "saraban-regular.ttf" -> fonts.uprightFace("normal");
                                case "saraban-bold.ttf" -> fonts.uprightFace("bold");
                                default -> Optional.empty();
                            };
                    Path file =
                            face.orElseThrow(
                                    () ->
                                            new ProblemException(
                                                    new Problem(
                                                            404,
                                                            "NOT_FOUND",
                                                            "no such font: "
                                                                    + ctx.pathParam("file"),
                                                            "ไม่พบแบบอักษรที่ขอ",
                                                            null)));
                    ctx.contentType("font/ttf");
                    ctx.header("Cache-Control", "public, max-age=86400");
                    ctx.result(read(file));
                });
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
