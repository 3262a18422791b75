package saraban.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiNormalizerTest {

    static Stream<Arguments> repairs() {
        return Stream.of(
                arguments("zero width space", "ก\u200Bข", "กข"),
                arguments("zero width non-joiner", "ก\u200Cข", "กข"),
                arguments("zero width joiner", "ก\u200Dข", "กข"),
                arguments("word joiner", "ก\u2060ข", "กข"),
                arguments("byte order mark", "\uFEFFเรียน", "เรียน"),
                arguments("nikhahit + sara aa", "น\u0E4D\u0E32", "น\u0E33"),
                arguments("in a word", "ส\u0E4D\u0E32นัก", "สำนัก"),
                arguments("as PDFs extract it", "เพื่อน\u0E4D\u0E32", "เพื่อนำ"),
                arguments("tone between", "น\u0E4D\u0E48\u0E32", "น\u0E48\u0E33"),
                arguments("tone before", "น\u0E48\u0E4D\u0E32", "น\u0E48\u0E33"),
                arguments("tone after sara am", "น\u0E33\u0E49", "น\u0E49\u0E33"),
                arguments("tone before sara ii", "ท\u0E48\u0E35", "ท\u0E35\u0E48"),
                arguments("tone before mai han-akat", "ม\u0E48\u0E31น", "ม\u0E31\u0E48น"),
                arguments(
                        "as a sorted text layer gives it",
                        "วันท\u0E48\u0E35 ๖ สิงหาคม",
                        "วันที่ ๖ สิงหาคม"),
                arguments("two sara e", "\u0E40\u0E40ผน", "แผน"),
                arguments("doubled tone mark", "ก\u0E48\u0E48", "ก\u0E48"),
                arguments("tripled tone mark", "ก\u0E49\u0E49\u0E49", "ก\u0E49"),
                arguments("doubled sara i", "ก\u0E34\u0E34น", "ก\u0E34น"),
                arguments("tone before lower vowel", "ก\u0E48\u0E38", "ก\u0E38\u0E48"),
                arguments("doubled tone around vowel", "ก\u0E48\u0E38\u0E48", "ก\u0E38\u0E48"),
                arguments(
                        "tone twice around nikhahit", "น\u0E48\u0E4D\u0E48\u0E32", "น\u0E48\u0E33"),
                arguments("doubled Latin accent", "e\u0301\u0301", "\u00E9"),
                arguments("decomposed Latin", "e\u0301", "\u00E9"),
                arguments(
                        "all at once",
                        "\uFEFFน\u0E4D\u0E32\u200B\u0E40\u0E40ข\u0E47\u0E47ง",
                        "นำแข็ง"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void repairs_damaged_thai(String damage, String text, String repaired) {
        assertThat(ThaiNormalizer.normalize(text)).isEqualTo(repaired);
        assertThat(ThaiNormalizer.normalize(repaired)).isEqualTo(repaired);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "น้ำ",
                "น่ำ",
                "แผนพัฒนา",
                "เอกชัย",
                "ผู้ว่าราชการจังหวัด",
                "สิ่งที่ส่งมาด้วย",
                "ที่ มท ๐๒๑๒.๑/ว ๑๘๓๑",
                "๒๙ มีนาคม ๒๕๖๒",
                "กรุงเทพฯ",
                "ต่างๆ",
                "ฤๅษี",
                "ปฏิทิน",
                "ก๊๋ ก์",
                "\u0E4D",
                "PM2.5 www.samutsongkhram.go.th",
                "Hello, world",
                "café",
                "👍🏽"
            })
    void leaves_correct_text_as_it_is(String text) {
        assertThat(ThaiNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void leaves_a_real_letter_as_it_is() {
        String letter = SeedLetter.text();
        assertThat(ThaiNormalizer.normalize(letter)).isEqualTo(letter);
    }
}
