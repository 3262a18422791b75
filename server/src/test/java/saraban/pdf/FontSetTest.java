package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saraban.testing.TestHome;

class FontSetTest {
    static Path fonts = TestHome.home().resolve("fonts");

    @Test
    void sixteen_point_sarabun_is_ten_point_six_three_laksaman() {
        FontSet set = FontSet.load(fonts, "laksaman");
        assertThat(set.points(16)).isCloseTo(10.63, org.assertj.core.data.Offset.offset(0.01));
        assertThat(set.faces()).hasSize(4);
    }

    @Test
    void a_family_without_a_stated_factor_is_measured_against_sarabun(@TempDir Path dir)
            throws IOException {
        Files.writeString(
                dir.resolve("fonts.properties"),
                "lak.regular=" + FontSet.load(fonts, "laksaman").faces().get(0).file() + "\n");
        FontSet measured = FontSet.load(dir, "lak");
        assertThat(measured.sizeVsPsk())
                .isCloseTo(1.505, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void a_missing_font_stops_start_up_with_a_sentence_that_says_what_to_install(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("fonts.properties"), "nosuch.regular=NoSuchThaiFont.ttf\n");
        assertThatThrownBy(() -> FontSet.load(dir, "nosuch"))
                .isInstanceOf(FontUnavailableException.class)
                .hasMessageContaining("NoSuchThaiFont.ttf")
                .hasMessageContaining("fonts-tlwg-laksaman-ttf");
    }

    @Test
    void an_unknown_family_names_the_configuration_file(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fonts.properties"), "");
        assertThatThrownBy(() -> FontSet.load(dir, "comic"))
                .isInstanceOf(FontUnavailableException.class)
                .hasMessageContaining("SARABAN_FONT");
    }

    @Test
    void a_file_that_is_not_a_font_is_refused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Bad.ttf"), "not a font");
        Files.writeString(dir.resolve("fonts.properties"), "bad.regular=Bad.ttf\n");
        assertThatThrownBy(() -> FontSet.load(dir, "bad"))
                .isInstanceOf(FontUnavailableException.class);
    }
}
