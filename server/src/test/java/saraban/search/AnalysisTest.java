package saraban.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.testing.MultiLocaleTest;

@MultiLocaleTest
class AnalysisTest {

    @Test
    void lucene_icu_analysis_loads_with_the_projects_icu4j_and_splits_thai_words() {
        // Lucene 9.12's analysis-icu ships break rules compiled for an older ICU; ICU4J 79 refuses
        // them. The project pins ICU4J 77: this is the check that the pair still works.
        assertThat(VersionInfo.ICU_VERSION.getMajor()).as("ICU4J major version").isLessThan(79);
        assertThat(terms(Analysis.WORDS, "การประชุมคณะกรรมการบริหารงานอำเภอ"))
                .containsExactly("การ", "ประชุม", "คณะ", "กรรมการ", "บริหาร", "งาน", "อำเภอ");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    ที่ สส ๐๐๑๗.๒/ว๕๒๕                 | ที่[0,3] สส[4,6] 0017.2[7,13] ว[14,15] 525[15,18]
                    ที่ สส 0017.2/ว 525               | ที่[0,3] สส[4,6] 0017.2[7,13] ว[14,15] 525[16,19]
                    ลงวันที่ ๒๕ ส.ค. ๒๕๖๒               | ลง[0,2] วัน[2,5] ที่[5,8] 25[9,11] ส.ค[12,15] 2562[17,21]
                    PM2.5 COVID-19 ว147              | pm[0,2] 2.5[2,5] covid[6,11] 19[12,14] ว[15,16] 147[16,19]
                    ＷＩＤＥ Latin                      | wide[0,4] latin[5,10]
                    "น\u0E4D\u0E49\u0E32ท่วม"          | น้ำ[0,4] ท่วม[4,8]
                    เเละ                             | และ[0,4]
                    "การ\u200Bรับ\u200Bหนังสือ ที่"     | การ[0,4] รับ[4,8] หนังสือ[8,15] ที่[16,19]
                    """)
    /** A zero-width character that is taken out goes with the word before it. */
    void words_are_normalised_segmented_and_folded_with_offsets_into_the_original(
            String text, String expected) {
        assertThat(String.join(" ", tokens(Analysis.WORDS, unescape(text)))).isEqualTo(expected);
    }

    @Test
    void thai_and_arabic_digits_become_the_same_terms() {
        assertThat(terms(Analysis.WORDS, "๐๑๒๓๔๕๖๗๘๙ ๒๕๖๒"))
                .isEqualTo(terms(Analysis.WORDS, "0123456789 2562"));
    }

    @Test
    void keeps_the_words_other_search_engines_drop_as_stopwords() {
        assertThat(terms(Analysis.WORDS, "การรับหนังสือที่ส่งมา")).contains("การ", "รับ", "ที่");
    }

    @Test
    void bigrams_of_a_name_are_a_run_inside_the_bigrams_of_the_text_that_contains_it() {
        List<String> text = terms(Analysis.BIGRAMS, "นายเศรษฐา ทวีสิน");
        List<String> name = terms(Analysis.BIGRAMS, "เศรษฐา");
        assertThat(name).containsExactly("เศ", "ศร", "รษ", "ษฐ", "ฐา");
        assertThat(java.util.Collections.indexOfSubList(text, name)).isEqualTo(3);
        // Word segmentation alone splits the two differently: the pairs are what finds it.
        assertThat(terms(Analysis.BIGRAMS, "PM2.5 ๒๕๖๒")).isEmpty();
    }

    @Test
    void bigram_offsets_point_into_the_original_text_after_normalisation() {
        assertThat(tokens(Analysis.BIGRAMS, "น\u0E4D\u0E49\u0E32ท่วม"))
                .containsExactly("น้[0,2]", "้ำ[1,4]", "ำท[2,5]", "ท่[4,6]", "่ว[5,7]", "วม[6,8]");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    มท                   | กระทรวง มหาดไทย
                    กระทรวงมหาดไทย       | มท
                    สส                   | สมุทรสงคราม
                    สมุทรสงคราม          | สส
                    ก.บ.อ.               | คณะ กรรมการ บริหาร งาน อำเภอ
                    คณะกรรมการบริหารงานอำเภอ | ก.บ.อ
                    อบต.                 | องค์การ บริหาร ส่วน ตำบล
                    ส.ค.                 | สิงหาคม
                    สิงหาคม              | ส.ค
                    2562                 | 2019
                    ๒๕๖๒                 | 2019
                    2019                 | 2562
                    """)
    void queries_expand_abbreviations_and_years_from_the_synonyms_file(
            String query, String expansion) {
        assertThat(terms(Analysis.QUERY, query)).containsAll(List.of(expansion.split(" ")));
        assertThat(terms(Analysis.WORDS, query))
                .doesNotContainAnyElementsOf(List.of(expansion.split(" ")));
    }

    @Test
    void every_year_in_the_synonyms_file_is_the_buddhist_era_year_of_its_common_era_year() {
        int years = 0;
        for (String line : synonymsFile().split("\n")) {
            if (line.matches("\\d{4}, \\d{4}")) {
                int be = Integer.parseInt(line.substring(0, 4));
                int ce = Integer.parseInt(line.substring(6));
                assertThat(ThaiBuddhistDate.of(be, 6, 1).getLong(ChronoField.YEAR))
                        .as(line)
                        .isEqualTo(be);
                assertThat(java.time.LocalDate.from(ThaiBuddhistDate.of(be, 6, 1)).getYear())
                        .as(line)
                        .isEqualTo(ce);
                years++;
            }
        }
        assertThat(years).isGreaterThan(150);
    }

    @Test
    void the_identity_is_stable_and_names_the_analysis() {
        assertThat(Analysis.identity()).startsWith("thai-").isEqualTo(Analysis.identity());
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(t -> t.substring(0, t.indexOf('['))).toList();
    }

    /** Each token as {@code term[start,end]}. */
    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String synonymsFile() {
        try (InputStream in = Analysis.class.getResourceAsStream(Analysis.SYNONYMS_FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
