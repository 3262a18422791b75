package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeriesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    SEND         | send         | เลขทะเบียนส่ง
                    RECEIVE      | receive      | เลขทะเบียนรับ
                    CIRCULAR     | circular     | หนังสือเวียน
                    ORDER        | order        | คำสั่ง
                    ANNOUNCEMENT | announcement | ประกาศ
                    """)
    void names_each_series_in_paths_and_in_thai(Series series, String pathId, String thaiName) {
        assertThat(series.pathId()).isEqualTo(pathId);
        assertThat(series.thaiName()).isEqualTo(thaiName);
        assertThat(Series.fromPath(pathId)).isEqualTo(series);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SEND", "Send", " send", "sent", "เลขทะเบียนส่ง"})
    void refuses_a_path_id_that_is_not_exactly_a_series(String pathId) {
        assertThatThrownBy(() -> Series.fromPath(pathId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "not a series: "
                                + pathId
                                + " (send, receive, circular, order, announcement)");
    }
}
