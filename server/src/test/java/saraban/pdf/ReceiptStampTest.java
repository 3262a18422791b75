package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.testing.MultiLocaleTest;

@MultiLocaleTest
class ReceiptStampTest {

    @ParameterizedTest
    @CsvSource({
        "2019-08-25T03:50:00Z, 3219, ๓๒๑๙, ๒๕ ส.ค. ๒๕๖๒, ๑๐.๕๐ น.",
        "2019-08-24T17:05:00Z, 309, ๓๐๙, ๒๕ ส.ค. ๒๕๖๒, ๐.๐๕ น.",
        "2019-12-31T16:59:00Z, 1, ๑, ๓๑ ธ.ค. ๒๕๖๒, ๒๓.๕๙ น.",
        "2020-01-01T02:00:00Z, 10000, ๑๐๐๐๐, ๑ ม.ค. ๒๕๖๓, ๙.๐๐ น."
    })
    void received_formats_number_date_and_time_in_thai_digits_and_bangkok_time(
            String at, long number, String thaiNumber, String date, String time) {
        ReceiptStamp stamp =
                ReceiptStamp.received(
                        "ศาลากลางจังหวัดสมุทรสงคราม", "เลขรับ", number, Instant.parse(at));
        assertThat(stamp)
                .isEqualTo(
                        new ReceiptStamp(
                                "ศาลากลางจังหวัดสมุทรสงคราม", "เลขรับ", thaiNumber, date, time));
    }

    @ParameterizedTest
    @CsvSource({"0, office", "1, label", "2, number", "3, date", "4, time"})
    void a_blank_field_is_rejected_by_name(int blank, String field) {
        String[] values = {"กลุ่มงาน", "รับเลขที่", "๓๐๙", "๖ ส.ค. ๒๕๖๒", "๙.๐๕ น."};
        values[blank] = "  ";
        assertThatThrownBy(
                        () ->
                                new ReceiptStamp(
                                        values[0], values[1], values[2], values[3], values[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(field + " must not be blank");
    }

    @Test
    void a_value_on_two_lines_is_rejected() {
        assertThatThrownBy(() -> new ReceiptStamp("กลุ่มงาน\nยุทธศาสตร์", "เลขรับ", "๑", "๑", "๑"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("office must be one line of text");
    }

    @Test
    void values_are_kept_as_printed_stripped_and_normalised() {
        ReceiptStamp stamp =
                new ReceiptStamp(" เเขวงนํ้า ", "เลขรับ", "๑", "๒๕ ส.ค. ๒๕๖๒", "๑๐.๕๐ น.");
        assertThat(stamp.office()).isEqualTo("แขวงน้ำ");
    }

    @Test
    void a_number_below_one_is_rejected() {
        assertThatThrownBy(() -> ReceiptStamp.received("ก", "เลขรับ", 0, Instant.EPOCH))
                .hasMessage("number must be positive, not 0");
    }
}
