package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.testing.TestHome;

class StampTemplateTest {

    private static Properties shipped() throws IOException {
        Properties props = new Properties();
        try (Reader in =
                Files.newBufferedReader(
                        TestHome.home().resolve("templates/stamps/receipt.properties"),
                        StandardCharsets.UTF_8)) {
            props.load(in);
        }
        return props;
    }

    @Test
    void the_shipped_template_is_a_five_by_two_and_a_half_centimetre_box_of_four_lines()
            throws IOException {
        StampTemplate t = StampTemplate.parse(shipped());
        assertThat(t.width()).isCloseTo(5 * 72 / 2.54f, within(0.01f));
        assertThat(t.height()).isCloseTo(2.5f * 72 / 2.54f, within(0.01f));
        assertThat(t.lines())
                .containsExactly(
                        new StampTemplate.Line(null, "{office}"),
                        new StampTemplate.Line("{label}", "{number}"),
                        new StampTemplate.Line("วันที่", "{date}"),
                        new StampTemplate.Line("เวลา", "{time}"));
    }

    @Test
    void lines_are_filled_with_the_stamps_values() throws IOException {
        StampTemplate t = StampTemplate.parse(shipped());
        assertThat(t.lines().stream().map(l -> l.fill(StampFixtures.HALL)).toList())
                .containsExactly(
                        new StampTemplate.Line(null, "ศาลากลางจังหวัดสมุทรสงคราม"),
                        new StampTemplate.Line("เลขรับ", "๓๒๑๙"),
                        new StampTemplate.Line("วันที่", "๒๕ ส.ค. ๒๕๖๒"),
                        new StampTemplate.Line("เวลา", "๑๐.๕๐ น."));
    }

    @ParameterizedTest
    @CsvSource({"5cm, 141.732", "2.5 cm, 70.866", "1.5mm, 4.252", "12pt, 12", "0.8PT, 0.8"})
    void lengths_take_centimetres_millimetres_or_points(String written, float points)
            throws IOException {
        Properties props = shipped();
        props.setProperty("place.gap", written);
        assertThat(StampTemplate.parse(props).gap()).isCloseTo(points, within(0.001f));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "width; 5 inch; width: not a length: 5 inch (write e.g. 5cm, 1.5mm or 12pt)",
                "color; blue; color: not a colour: blue (write #RRGGBB, e.g. #1F3A8A)",
                "line.2; {lebel} | {number}; line.2: unknown field {lebel} (use {office}, {label},"
                        + " {number}, {date}, {time})",
                "line.3; วันที่ |; line.3: write 'label | value' or a value alone, not 'วันที่ |'",
                "place.min-scale; 0.1; place.min-scale must be above 0.2 and at most 1, not 0.1",
                "leader-dots; maybe; leader-dots: write true or false, not maybe",
                "font.min-size; 20pt; font.min-size must not exceed font.size",
                "padding; 2cm; padding and border leave no room for text",
                "place.area.width; 3cm; place.area.width and place.area.height must hold the"
                        + " stamp at full size",
            })
    void a_wrong_entry_is_named_in_the_message(String key, String value, String message)
            throws IOException {
        Properties props = shipped();
        props.setProperty(key, value);
        assertThatThrownBy(() -> StampTemplate.parse(props))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void a_missing_entry_is_named() throws IOException {
        Properties props = shipped();
        props.remove("height");
        assertThatThrownBy(() -> StampTemplate.parse(props)).hasMessage("height is missing");
    }

    @Test
    void a_template_without_lines_is_rejected() throws IOException {
        Properties props = new Properties();
        props.load(new StringReader("width = 5cm\n"));
        assertThatThrownBy(() -> StampTemplate.parse(props))
                .hasMessage("line.1: the stamp needs at least one line");
    }
}
