package saraban.thai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In the table, {@code ·} stands for an expected ZERO WIDTH SPACE. */
class ThaiTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    เรื่อง การเชื่อมโยงและบ\u0E39รณาการ           | เรื่อง การ·เชื่อม·โยง·และ·บูรณาการ
                    ส\u0E4D\u0E32นักงาน\u200Bจังหวัด              | สำนักงาน·จังหวัด
                    \u0E40\u0E40ผนพัฒนา\u200B                   | แผน·พัฒนา
                    น\u0E4D\u0E49\u0E32ท่วม                       | น้ำ·ท่วม
                    ค่าฝุ่น PM2.5 สูง                              | ค่า·ฝุ่น PM2.5 สูง
                    """)
    void normalises_then_marks_where_lines_may_break(String text, String prepared) {
        assertThat(ThaiText.prepareForLineBreaking(text))
                .isEqualTo(prepared.replace('·', '\u200B'));
    }
}
