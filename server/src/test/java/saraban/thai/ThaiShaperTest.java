package saraban.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiShaperTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # Tone mark, no upper vowel, normal consonant: the low tone mark.
            ให้       | 0E43 0E2B F70B
            ต้อง      | 0E15 F70B 0E2D 0E07
            ไม่       | 0E44 0E21 F70A
            เก๊       | 0E40 0E01 F70C
            เก๋       | 0E40 0E01 F70D
            การ์ตูน   | 0E01 0E32 0E23 F70E 0E15 0E39 0E19
            ฤ่        | 0E24 F70A
            # The same on ญ ฐ ฎ ฏ, which have no ascender.
            ญ่        | 0E0D F70A
            ฐ้        | 0E10 F70B
            ฎ่        | 0E0E F70A
            # Tone mark, no upper vowel, ascender: the low mark shifted left.
            ป่า       | 0E1B F705 0E32
            ป้า       | 0E1B F706 0E32
            เป๊ะ      | 0E40 0E1B F707 0E30
            ป๋า       | 0E1B F708 0E32
            ศิลป์     | 0E28 0E34 0E25 0E1B F709
            ฝ้าย      | 0E1D F706 0E32 0E22
            ฟ้อง      | 0E1F F706 0E2D 0E07
            # Upper vowel on an ascender: shifted left; a tone mark above it: high and left.
            ปั        | 0E1B F710
            ปิด       | 0E1B F701 0E14
            ปี        | 0E1B F702
            ฝึก       | 0E1D F703 0E01
            ปืน       | 0E1B F704 0E19
            เป็น      | 0E40 0E1B F712 0E19
            ปํ        | 0E1B F711
            ปิ่น      | 0E1B F701 F713 0E19
            ปั้น      | 0E1B F710 F714 0E19
            ปั๊ม      | 0E1B F710 F715 0E21
            ปี๋       | 0E1B F702 F716
            ฟิ์       | 0E1F F701 F717
            ฝั่ง      | 0E1D F710 F713 0E07
            ฟื้น      | 0E1F F704 F714 0E19
            # Tone mark above an upper vowel on a normal consonant: all default glyphs.
            ที่       | 0E17 0E35 0E48
            ทั้ง      | 0E17 0E31 0E49 0E07
            นั้น      | 0E19 0E31 0E49 0E19
            ก็        | 0E01 0E47
            ศักดิ์    | 0E28 0E31 0E01 0E14 0E34 0E4C
            # ฬ takes marks like a normal consonant in Laksaman and TH Sarabun.
            ฬ่        | 0E2C F70A
            ฬิ        | 0E2C 0E34
            # A lower vowel before the tone mark leaves the tone mark without an upper vowel.
            ผู้       | 0E1C 0E39 F70B
            ปู่       | 0E1B 0E39 F705
            กุ้ง      | 0E01 0E38 F70B 0E07
            พันธุ์    | 0E1E 0E31 0E19 0E18 0E38 F70E
            ญี่ปุ่น   | 0E0D 0E35 0E48 0E1B 0E38 F705 0E19
            # Lower vowel under ญ ฐ: the consonant without its tail.
            ฐู        | F700 0E39
            ญู        | F70F 0E39
            ญุ่       | F70F 0E38 F70A
            กตัญญู    | 0E01 0E15 0E31 0E0D F70F 0E39
            ฐาน       | 0E10 0E32 0E19
            # Lower vowel under ฎ ฏ: the lowered vowel.
            ฎู        | 0E0E F719
            ฏุ        | 0E0F F718
            ฎฺ        | 0E0E F71A
            กฎ        | 0E01 0E0E
            ปฏิบัติ   | 0E1B 0E0F 0E34 0E1A 0E31 0E15 0E34
            # A tone mark before ำ stays high: the ring of ำ takes the upper-vowel slot.
            น้ำ       | 0E19 0E49 0E33
            ค่ำ       | 0E04 0E48 0E33
            ป้ำ       | 0E1B F714 0E33
            # Other Thai passes through.
            ฤๅษี      | 0E24 0E45 0E29 0E35
            ก๎        | 0E01 0E4E
            ฯลฯ       | 0E2F 0E25 0E2F
            ๒๕๖๘      | 0E52 0E55 0E56 0E58
            """)
    void shapes_by_the_thai_rules_and_unshapes_back(String text, String codePoints) {
        assertThat(hex(ThaiShaper.shape(text))).isEqualTo(codePoints);
        assertThat(ThaiShaper.unshape(fromHex(codePoints))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # Tone mark typed after the consonant and before the lower vowel.
            0E1C 0E49 0E39      | 0E1C F70B 0E39
            # Tone mark typed before the upper vowel: drawn as if typed after it.
            0E17 0E48 0E35      | 0E17 0E48 0E35
            0E1B 0E48 0E35      | 0E1B F713 F702
            # Zero-width space, space, a spacing vowel or Latin between consonant and mark.
            0E01 200B 0E48      | 0E01 200B 0E48
            0E01 0020 0E48      | 0E01 0020 0E48
            0E01 0E32 0E48      | 0E01 0E32 0E48
            0041 0E48           | 0041 0E48
            0E48 0E01           | 0E48 0E01
            0E0D 200B 0E39      | 0E0D 200B 0E39
            # Words on both sides of a zero-width space each keep their own rules.
            0E43 0E2B 0E49 200B 0E1B 0E49 0E32 | 0E43 0E2B F70B 200B 0E1B F706 0E32
            """)
    void keeps_marks_that_follow_no_consonant_and_repairs_mistyped_order(
            String input, String codePoints) {
        assertThat(hex(ThaiShaper.shape(fromHex(input)))).isEqualTo(codePoints);
    }

    @ParameterizedTest(name = "U+{0} stands for U+{1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            F700 | 0E10
            F701 | 0E34
            F702 | 0E35
            F703 | 0E36
            F704 | 0E37
            F705 | 0E48
            F706 | 0E49
            F707 | 0E4A
            F708 | 0E4B
            F709 | 0E4C
            F70A | 0E48
            F70B | 0E49
            F70C | 0E4A
            F70D | 0E4B
            F70E | 0E4C
            F70F | 0E0D
            F710 | 0E31
            F711 | 0E4D
            F712 | 0E47
            F713 | 0E48
            F714 | 0E49
            F715 | 0E4A
            F716 | 0E4B
            F717 | 0E4C
            F718 | 0E38
            F719 | 0E39
            F71A | 0E3A
            F71B | 0E0E
            F71C | 0E0F
            F71D | 0E2C
            F71E | 0E4D
            F71F | 0E47
            F6FF | F6FF
            F720 | F720
            0E49 | 0E49
            0041 | 0041
            1F600 | 1F600
            """)
    void maps_each_variant_back_to_the_character_it_stands_for(String variant, String original) {
        assertThat(ThaiShaper.originalOf(Integer.parseInt(variant, 16)))
                .isEqualTo(Integer.parseInt(original, 16));
    }

    @Test
    void returns_text_without_thai_as_the_same_instance() {
        String latin = "Saraban 2568, ref. 0001/2568";

        assertThat(ThaiShaper.shape(latin)).isSameAs(latin);
        assertThat(ThaiShaper.unshape(latin)).isSameAs(latin);
        assertThat(ThaiShaper.shape("")).isEmpty();
    }

    @Test
    void every_listed_word_round_trips_char_for_char() {
        for (String word : ShapingWords.all()) {
            String shaped = ThaiShaper.shape(word);

            assertThat(shaped).as(word).hasSameSizeAs(word);
            assertThat(ThaiShaper.unshape(shaped)).as(word).isEqualTo(word);
        }
    }

    @Test
    void word_list_has_over_two_hundred_words_that_need_every_common_variant() {
        String shaped = ThaiShaper.shape(String.join(" ", ShapingWords.all()));

        assertThat(ShapingWords.all()).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
        // Not F711 ํ, F716 ๋ or F717 ์ high on ป ฝ ฟ, nor F71A ฺ under ฎ ฏ: no common word has
        // them.
        for (int variant :
                new int[] {
                    0xF700, 0xF701, 0xF702, 0xF703, 0xF704, 0xF705, 0xF706, 0xF707, 0xF708, 0xF709,
                            0xF70A,
                    0xF70B, 0xF70C, 0xF70D, 0xF70E, 0xF70F, 0xF710, 0xF712, 0xF713, 0xF714, 0xF715,
                            0xF718,
                    0xF719
                }) {
            assertThat(shaped).as("U+%04X", variant).contains(Character.toString(variant));
        }
    }

    private static String hex(String text) {
        return text.codePoints()
                .mapToObj(c -> String.format(Locale.ROOT, "%04X", c))
                .collect(Collectors.joining(" "));
    }

    private static String fromHex(String codePoints) {
        return Arrays.stream(codePoints.trim().split(" +"))
                .mapToInt(c -> Integer.parseInt(c, 16))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
