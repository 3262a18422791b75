package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saraban.App;
import saraban.Problem;
import saraban.testing.TestHome;

/** The pages' frame: assets served by the application itself, errors as Thai pages. */
class PagesIT {
    static Javalin app;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = App.create(TestHome.settings()).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .header("Accept", accept)
                        .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void style_sheet_and_thai_font_come_from_the_server_itself() throws Exception {
        HttpResponse<byte[]> css = get("/assets/saraban.css", "text/css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(new String(css.body(), StandardCharsets.UTF_8))
                .contains("/assets/fonts/saraban-regular.ttf");

        HttpResponse<byte[]> font = get("/assets/fonts/saraban-regular.ttf", "*/*");
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.headers().firstValue("Content-Type")).hasValue("font/ttf");
        // a TrueType file starts with the version 1.0 tag
        assertThat(font.body()).startsWith(0, 1, 0, 0);
        assertThat(get("/assets/fonts/other.ttf", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void a_browser_gets_a_thai_error_page_and_a_program_the_problem_body() throws Exception {
        HttpResponse<byte[]> page = get("/no-such-page", "text/html,application/xhtml+xml");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<html lang=\"th\"")
                .contains("ไม่พบสิ่งที่ขอ")
                .contains("NOT_FOUND");

        HttpResponse<byte[]> api = get("/api/no-such-thing", "text/html");
        assertThat(api.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/json");
    }

    @Test
    void values_are_escaped_and_an_edited_template_shows_without_restart(@TempDir Path dir)
            throws Exception {
        Files.writeString(
                dir.resolve("hello.html"), "<p th:text=\"${name}\">x</p>", StandardCharsets.UTF_8);
        Pages pages = new Pages(dir);
        assertThat(pages.process("hello", Map.of("name", "<script>&")))
                .isEqualTo("<p>&lt;script&gt;&amp;</p>");

        Files.writeString(
                dir.resolve("hello.html"), "<b th:text=\"${name}\">x</b>", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(
                dir.resolve("hello.html"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(pages.process("hello", Map.of("name", "ที่"))).isEqualTo("<b>ที่</b>");
    }

    @Test
    void a_missing_page_template_is_a_clear_problem() {
        Pages pages = new Pages(TestHome.home().resolve("templates/web"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> pages.process("no-such-page", Map.of()))
                .isInstanceOfSatisfying(
                        saraban.ProblemException.class,
                        e -> {
                            Problem p = e.problem();
                            assertThat(p.code()).isEqualTo("TEMPLATE_MISSING");
                        });
    }
}
