package saraban.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In the tables, {@code ·} separates expected words and stands for an expected ZERO WIDTH SPACE.
 */
class ThaiSegmenterTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    เรียน ผู้ว่าราชการจังหวัด                 | เรียน· ·ผู้·ว่า·ราชการ·จังหวัด
                    การเชื่อมโยงและบูรณาการแผนพัฒนา          | การ·เชื่อม·โยง·และ·บูรณาการ·แผน·พัฒนา
                    คณะกรรมการบูรณาการนโยบายพัฒนาภาค (ก.บ.ภ.) | คณะ·กรรมการ·บูรณาการ·นโยบาย·พัฒนา·ภาค· ·(·ก.บ.ภ.·)
                    คณะกรรมการบริหารงานอำเภอ (ก.บ.อ.)      | คณะ·กรรมการ·บริหาร·งาน·อำเภอ· ·(·ก.บ.อ.·)
                    คณะกรรมการนโยบายฯ                        | คณะ·กรรมการ·นโยบายฯ
                    เวทีประชาคมอื่นๆในพื้นที่                   | เวที·ประชาคม·อื่นๆ·ใน·พื้นที่
                    กลุ่มงานยุทธศาสตร์และข้อมูล                 | กลุ่ม·งาน·ยุทธศาสตร์·และ·ข้อมูล
                    เพื่อจัดทำโครงการฯ ขอรับ                   | เพื่อ·จัด·ทำ·โครงการฯ· ·ขอรับ
                    ประจำปีงบประมาณ พ.ศ. ๒๕๖๔               | ประจำ·ปีงบประมาณ· ·พ.ศ.· ·๒๕๖๔
                    วันที่ 25 ส.ค. 2562                      | วัน·ที่· ·25· ·ส.ค.· ·2562
                    ทาง www.samutsongkhram.go.th หัวข้อ      | ทาง· ·www.samutsongkhram.go.th· ·หัวข้อ
                    โทร/โทรสาร. ๐ ๓๔๗๑ ๓๓๐๘                 | โทร·/·โทรสาร·.· ·๐· ·๓๔๗๑· ·๓๓๐๘
                    ค่าฝุ่น PM2.5 สูง                          | ค่า·ฝุ่น· ·PM2.5· ·สูง
                    มท ๐๒๑๒.๑/ว๗๖๔๒                        | มท· ·๐๒๑๒.๑·/·ว๗๖๔๒
                    จริง ๆ                                  | จริง· ·ๆ
                    ตามพ.ร.บ.นี้                             | ตาม·พ.ร.บ.·นี้
                    ครม.มีมติ                                | ครม.·มี·มติ
                    อปท.ทุกแห่ง                              | อปท.·ทุก·แห่ง
                    ถนนเอกชัย กทม. ๑๐๒๐๐                   | ถนน·เอกชัย· ·กทม.· ·๑๐๒๐๐
                    หลักธรรมาภิบาล                           | หลัก·ธรรมาภิบาล
                    มีนวัตกรรม                               | มี·นวัตกรรม
                    การบูรณาการ                             | การ·บูรณาการ
                    เศรษฐาเป็นนายก                          | เศรษฐา·เป็น·นายก
                    คณะอนุกรรมการ                           | คณะ·อนุกรรมการ
                    กิจกรรมการเรียน                          | กิจกรรม·การ·เรียน
                    ""                                      | ""
                    """)
    void splits_thai_into_words(String text, String words) {
        assertThat(ThaiSegmenter.words(text)).containsExactlyElementsOf(expected(words));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    การเชื่อมโยงและบูรณาการแผนพัฒนา      | บูรณ·า·การ       | บูรณาการ
                    คณะกรรมการบูรณาการนโยบาย           | กรรม·กา·รบู·รณา   | กรรมการ·บูรณาการ
                    เวทีประชาคมอื่นๆในพื้นที่               | ประชา·คม        | ประชาคม
                    จัดทำโครงการฯขอรับ                  | โค·รง·การฯ       | โครงการฯ
                    คณะกรรมการยุทธศาสตร์ซอฟต์พาวเวอร์    | ยุทธ·ศาสตร์      | ยุทธศาสตร์
                    หลักธรรมาภิบาล                      | ธร·รมาภิ·บาล     | ธรรมาภิบาล
                    มีนวัตกรรม                           | มีน·วัต·กรรม      | มี·นวัตกรรม
                    (ก.บ.อ.)                           | ก.บ.อ·.          | ก.บ.อ.
                    (ก.บ.ภ.)                           | ก.บ.ภ·.          | ก.บ.ภ.
                    ถนนเอกชัย กทม. ๑๐๒๐๐               | กทม·.           | กทม.
                    ครม.มีมติ                           | ครม.มี·มติ       | ครม.·มี
                    อปท.ทุกแห่ง                         | อปท.ทุก·แห่ง     | อปท.·ทุก
                    ตามพ.ร.บ.นี้                        | ตามพ.ร.บ.นี้      | ตาม·พ.ร.บ.·นี้
                    พ.ร.ก.ฉุกเฉิน                       | พ.ร.ก.ฉุกเฉิน    | พ.ร.ก.·ฉุกเฉิน
                    พ.ร.ฎ.เงินเดือน                     | พ.ร.ฎ.เงิน·เดือน  | พ.ร.ฎ.·เงิน
                    """)
    void each_keep_whole_word_repairs_a_split_icu_makes(String text, String icu, String ours) {
        assertThat(String.join("·", icuWords(text))).contains(icu);
        assertThat(String.join("·", ThaiSegmenter.words(text))).contains(ours);
    }

    @Test
    void keep_whole_list_names_exactly_the_words_tested_above() throws IOException {
        assertThat(keepWholeFile())
                .containsExactlyInAnyOrder(
                        "บูรณาการ",
                        "กรรมการ",
                        "ประชาคม",
                        "โครงการ",
                        "ยุทธศาสตร์",
                        "ธรรมาภิบาล",
                        "นวัตกรรม",
                        "ก.บ.อ.",
                        "ก.บ.ภ.",
                        "กทม.",
                        "ครม.",
                        "อปท.",
                        "พ.ร.บ.",
                        "พ.ร.ก.",
                        "พ.ร.ฎ.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    เรียน ผู้ว่าราชการจังหวัด                    | เรียน ผู้·ว่า·ราชการ·จังหวัด
                    บูรณาการแผนพัฒนา                         | บูรณาการ·แผน·พัฒนา
                    ค่าฝุ่น PM2.5 สูง                            | ค่า·ฝุ่น PM2.5 สูง
                    ทาง www.samutsongkhram.go.th หัวข้อดาวน์โหลด | ทาง www.samutsongkhram.go.th หัวข้อ·ดาวน์โหลด
                    โทร/โทรสาร. ๐ ๓๔๗๑ ๓๓๐๘               | โทร/โทรสาร. ๐ ๓๔๗๑ ๓๓๐๘
                    มท ๐๒๑๒.๑/ว๗๖๔๒                      | มท ๐๒๑๒.๑/ว๗๖๔๒
                    (ก.บ.ภ.)                                 | (ก.บ.ภ.)
                    จริง ๆ                                    | จริง ๆ
                    อื่นๆในพื้นที่                                | อื่นๆ·ใน·พื้นที่
                    One Plan                                 | One Plan
                    พ.ศ. ๒๕๖๔                                | พ.ศ. ๒๕๖๔
                    ""                                       | ""
                    """)
    void puts_zero_width_spaces_only_between_thai_words(String text, String withBreaks) {
        assertThat(ThaiSegmenter.withBreaks(text)).isEqualTo(withBreaks.replace('·', '\u200B'));
    }

    @Test
    void words_of_a_real_letter_join_to_the_letter() {
        String letter = SeedLetter.text();
        assertThat(String.join("", ThaiSegmenter.words(letter))).isEqualTo(letter);
    }

    @Test
    void breaking_twice_changes_nothing_and_removing_the_breaks_gives_the_text_back() {
        String letter = SeedLetter.text();
        String once = ThaiSegmenter.withBreaks(letter);
        assertThat(ThaiSegmenter.withBreaks(once)).isEqualTo(once);
        assertThat(once.replace("\u200B", "")).isEqualTo(letter);
        assertThat(once).contains("บูรณาการ\u200Bแผน").doesNotContain("บูรณ\u200B");
    }

    @Test
    void no_word_starts_with_a_following_vowel_or_mark_nor_ends_in_a_leading_vowel() {
        List<String> texts = new ArrayList<>(GoldFile.sentencesOfAll());
        texts.add(SeedLetter.text());
        for (String text : texts) {
            List<String> words = ThaiSegmenter.words(text);
            for (int i = 1; i < words.size(); i++) {
                String before = words.get(i - 1);
                String word = words.get(i);
                char last = before.charAt(before.length() - 1);
                boolean thaiBefore = last >= '\u0E01' && last <= '\u0E4E';
                boolean thaiAfter = word.charAt(0) >= '\u0E01' && word.charAt(0) <= '\u0E4E';
                assertThat(thaiBefore && "ะาำๅๆฯ".indexOf(word.charAt(0)) >= 0)
                        .as("%s|%s in %s", before, word, text)
                        .isFalse();
                assertThat(Character.getType(word.codePointAt(0)))
                        .as("%s|%s in %s", before, word, text)
                        .isNotIn(
                                (int) Character.NON_SPACING_MARK,
                                (int) Character.COMBINING_SPACING_MARK);
                assertThat(thaiAfter && "เแโใไ".indexOf(last) >= 0)
                        .as("%s|%s in %s", before, word, text)
                        .isFalse();
            }
        }
    }

    @Test
    void gives_the_same_words_when_called_from_many_threads() throws Exception {
        List<String> paragraphs = List.of(SeedLetter.text().split("\n\n"));
        List<List<String>> expected = paragraphs.stream().map(ThaiSegmenter::words).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<String>>>> results = new ArrayList<>();
            for (int task = 0; task < 32; task++) {
                results.add(
                        pool.submit(() -> paragraphs.stream().map(ThaiSegmenter::words).toList()));
            }
            for (Future<List<List<String>>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> expected(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("·", -1));
    }

    private static List<String> keepWholeFile() throws IOException {
        try (InputStream in = ThaiSegmenter.class.getResourceAsStream("keep-whole.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }

    private static List<String> icuWords(String text) {
        var boundaries = IcuWordBreaks.of(text);
        List<String> words = new ArrayList<>();
        for (int b = boundaries.nextSetBit(1), from = 0;
                b >= 0;
                from = b, b = boundaries.nextSetBit(b + 1)) {
            words.add(text.substring(from, b));
        }
        return words;
    }
}
