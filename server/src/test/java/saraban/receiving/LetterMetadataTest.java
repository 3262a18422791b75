package saraban.receiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import saraban.receiving.LetterMetadata.Kind;
import saraban.registers.ReferenceNumber;

class LetterMetadataTest {

    private static LetterMetadata withNumber(String printed, ReferenceNumber parsed) {
        return new LetterMetadata(null, printed, parsed, null, null, null, null, null, null, null);
    }

    @Test
    void reads_the_printed_number_when_it_parses() {
        assertThat(withNumber("ที่ สส ๐๐๑๗.๒/ว ๕๒๕", null).parsedNumber())
                .isEqualTo(ReferenceNumber.letter("สส", "0017.2", true, 525));
        assertThat(withNumber("พิเศษ ๑/๒๕๖๒", null).parsedNumber()).isNull();
    }

    @Test
    void refuses_a_parsed_number_that_is_not_the_printed_one() {
        assertThatThrownBy(
                        () ->
                                withNumber(
                                        "สส ๐๐๑๗.๒/ว ๕๒๕",
                                        ReferenceNumber.letter("สส", "0017.2", true, 526)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "parsedNumber สส0017.2/ว526 does not match referenceNumber: สส ๐๐๑๗.๒/ว ๕๒๕");
        assertThatThrownBy(() -> withNumber(null, ReferenceNumber.order(12, 2562)))
                .hasMessage(
                        "referenceNumber must be given with parsedNumber "
                                + ReferenceNumber.order(12, 2562));
    }

    @Test
    void accepts_only_the_regulations_grades() {
        assertThatThrownBy(
                        () ->
                                new LetterMetadata(
                                        null, null, null, null, null, null, null, null, "ด่วนๆ",
                                        null))
                .hasMessage("urgency must be ด่วน, ด่วนมาก or ด่วนที่สุด: ด่วนๆ");
        assertThatThrownBy(
                        () ->
                                new LetterMetadata(
                                        null, null, null, null, null, null, null, null, null,
                                        "ปกปิด"))
                .hasMessage("secrecy must be ลับ, ลับมาก or ลับที่สุด: ปกปิด");
    }

    @Test
    void collapses_spaces_and_treats_blank_as_not_given() {
        LetterMetadata m =
                new LetterMetadata(
                        null, "  ", null, null, " ขอเชิญ\n ประชุม ", null, "", null, null, null);
        assertThat(m.referenceNumber()).isNull();
        assertThat(m.subject()).isEqualTo("ขอเชิญ ประชุม");
        assertThat(m.addressee()).isNull();
    }

    @Test
    void fills_what_the_clerk_left_out_with_what_was_read() {
        LetterMetadata read =
                new LetterMetadata(
                        Kind.EXTERNAL,
                        "มท ๐๒๑๒.๑/ว ๑๙๓๑",
                        null,
                        LocalDate.of(2019, 3, 21),
                        "การเชื่อมโยงและบูรณาการแผนพัฒนา",
                        "เรียน",
                        "ผู้ว่าราชการจังหวัดทุกจังหวัด",
                        "กระทรวงมหาดไทย",
                        "ด่วนที่สุด",
                        null);
        LetterMetadata clerk =
                new LetterMetadata(
                        null,
                        "มท ๐๒๑๒.๑/ว ๑๘๓๑",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "สำนักงานปลัดกระทรวงมหาดไทย",
                        null,
                        null);
        LetterMetadata merged = read.preferring(clerk);
        assertThat(merged.referenceNumber()).isEqualTo("มท ๐๒๑๒.๑/ว ๑๘๓๑");
        assertThat(merged.parsedNumber().number()).isEqualTo(1831);
        assertThat(merged.sender()).isEqualTo("สำนักงานปลัดกระทรวงมหาดไทย");
        assertThat(merged.date()).isEqualTo(LocalDate.of(2019, 3, 21));
        assertThat(merged.addressee()).isEqualTo("ผู้ว่าราชการจังหวัดทุกจังหวัด");
        assertThat(merged.urgency()).isEqualTo("ด่วนที่สุด");
    }
}
