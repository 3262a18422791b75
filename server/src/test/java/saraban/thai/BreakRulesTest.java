package saraban.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In the table, {@code ·} marks the place asked about. */
class BreakRulesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    บูรณ·าการ    | false
                    ธุระ·ะ       | false
                    นำ·ำ         | false
                    ฤ·ๅ          | false
                    อื่น·ๆ        | false
                    กรุงเทพ·ฯ    | false
                    ก·\u0E48      | false
                    ก·\u0E34      | false
                    เ·ก          | false
                    แ·ผน         | false
                    โ·ครง        | false
                    ใ·จ          | false
                    ไ·ป          | false
                    จริง ·ๆ       | true
                    เ· x         | true
                    ผู้·ว่า         | true
                    แผน·พัฒนา    | true
                    ก.·ข         | true
                    """)
    void forbids_a_word_boundary_only_inside_a_thai_syllable(String marked, boolean allowed) {
        int at = marked.indexOf('·');
        String text = marked.replace("·", "");
        assertThat(BreakRules.canBreak(text, at)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    ก.บ.ภ·.    | false
                    พ.ศ·.      | false
                    มี.ค·.     | false
                    กทม·.      | true
                    ๑·.        | true
                    """)
    void keeps_the_full_stop_of_a_dotted_abbreviation_with_it(String marked, boolean kept) {
        int at = marked.indexOf('·');
        String text = marked.replace("·", "");
        BitSet boundaries = new BitSet();
        boundaries.set(0);
        boundaries.set(at);
        boundaries.set(text.length());
        BreakRules.removeBadBreaks(text, boundaries);
        assertThat(boundaries.get(at)).isEqualTo(kept);
    }
}
