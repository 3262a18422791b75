package saraban.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import saraban.testing.TestHome;
import saraban.thai.ThaiNormalizer;

class ThaiNormalizingCharFilterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "น\u0E4D\u0E32ท่วม เเละ",
                "ก\u0E48\u200B\u0E48า", // a mark doubled across a zero-width space
                "\u200B\u200Bเ\u200Bเละ", // SARA E doubled across one
                "น\u0E4D\u0E48\u0E32 น\u0E33\u0E49",
                "ไม่\u0E48มี \uFEFFBOM",
                "\u0958\u0915\u093C", // Devanagari that NFC keeps decomposed
                "",
                "   ",
            })
    void gives_exactly_what_the_thai_normaliser_gives(String text) throws IOException {
        assertThat(filtered(text, false)).isEqualTo(ThaiNormalizer.normalize(text));
    }

    @Test
    void gives_exactly_what_the_thai_normaliser_gives_on_real_government_text() throws IOException {
        for (String text : corpus()) {
            String damaged =
                    text.replace("ำ", "\u0E4D\u0E32").replace("แ", "เเ").replace(" ", "\u200B ");
            assertThat(filtered(damaged, false)).isEqualTo(ThaiNormalizer.normalize(damaged));
        }
    }

    @Test
    void inserts_a_space_only_where_a_letter_meets_a_digit() throws IOException {
        assertThat(filtered("ว147 PM2.5 ที่2 0017.2/ว525 COVID-19 ๒๕๖๒ก", true))
                .isEqualTo("ว 147 PM 2.5 ที่ 2 0017.2/ว 525 COVID-19 ๒๕๖๒ ก");
    }

    @Test
    void corrected_offsets_never_go_backwards_and_stay_inside_the_original() throws IOException {
        for (String text : corpus()) {
            String damaged = text.replace("ำ", "\u0E4D\u0E32").replace(" ", "\u200B ");
            ThaiNormalizingCharFilter filter =
                    new ThaiNormalizingCharFilter(new StringReader(damaged), true);
            int length = drain(filter).length();
            int last = 0;
            for (int off = 0; off <= length; off++) {
                int original = filter.correctOffset(off);
                assertThat(original)
                        .isGreaterThanOrEqualTo(last)
                        .isLessThanOrEqualTo(damaged.length());
                last = original;
            }
            assertThat(filter.correctOffset(length)).isEqualTo(damaged.length());
        }
    }

    private static String filtered(String text, boolean spaces) throws IOException {
        return drain(new ThaiNormalizingCharFilter(new StringReader(text), spaces));
    }

    private static String drain(ThaiNormalizingCharFilter filter) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[7];
        for (int n = filter.read(buffer, 0, buffer.length);
                n != -1;
                n = filter.read(buffer, 0, buffer.length)) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static List<String> corpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : TestHome.resource("corpus/paragraphs.jsonl").split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                texts.add(node.get("text").asText());
            }
        }
        return texts;
    }
}
