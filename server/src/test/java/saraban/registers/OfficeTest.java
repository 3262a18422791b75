package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.thai.Digits;

class OfficeTest {

    private static final String NAME = "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด";

    @Test
    void keeps_codes_as_text_and_digits_as_ascii() {
        Office office =
                new Office(
                        "ss-0017-2",
                        " " + NAME + " ",
                        "สส",
                        "๐๐๑๗.๒",
                        "ss-0017",
                        "ถนนเอกชัย สส ๗๕๐๐๐",
                        "๐ ๓๔๗๑ ๓๓๐๘",
                        SeriesPolicy.OWN_SERIES);
        assertThat(office.name()).isEqualTo(NAME);
        assertThat(office.unitCode()).isEqualTo("0017.2");
        assertThat(office.address()).isEqualTo("ถนนเอกชัย สส 75000");
        assertThat(office.phone()).isEqualTo("0 3471 3308");
        assertThat(office.referenceNumber(true, 525).format(Digits.THAI))
                .isEqualTo("สส ๐๐๑๗.๒/ว ๕๒๕");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            nullValues = "-",
            textBlock =
                    """
                    SS-0017    | ชื่อ | สส  | 0017  | -       | id must be lowercase ASCII letters and digits joined by hyphens, like ss-0017-2, at most 64 characters: SS-0017
                    ss_0017    | ชื่อ | สส  | 0017  | -       | id must be lowercase ASCII letters and digits joined by hyphens, like ss-0017-2, at most 64 characters: ss_0017
                    ss--0017   | ชื่อ | สส  | 0017  | -       | id must be lowercase ASCII letters and digits joined by hyphens, like ss-0017-2, at most 64 characters: ss--0017
                    -ss        | ชื่อ | สส  | 0017  | -       | id must be lowercase ASCII letters and digits joined by hyphens, like ss-0017-2, at most 64 characters: -ss
                    ""         | ชื่อ | สส  | 0017  | -       | "id must be lowercase ASCII letters and digits joined by hyphens, like ss-0017-2, at most 64 characters: "
                    สส-0017    | ชื่อ | สส  | 0017  | -       | id must be lowercase ASCII letters and digits joined by hyphens, like ss-0017-2, at most 64 characters: สส-0017
                    ss-0017    | "  " | สส  | 0017  | -       | name must not be blank
                    ss-0017    | ชื่อ | ส   | 0017  | -       | letterCode must be two Thai consonants, like สส: ส
                    ss-0017    | ชื่อ | SS  | 0017  | -       | letterCode must be two Thai consonants, like สส: SS
                    ss-0017    | ชื่อ | สะ  | 0017  | -       | letterCode must be two Thai consonants, like สส: สะ
                    ss-0017    | ชื่อ | สส  | 17-2  | -       | unitCode must be digits with dot levels, like 0017.2: 17-2
                    ss-0017    | ชื่อ | สส  | .0017 | -       | unitCode must be digits with dot levels, like 0017.2: .0017
                    ss-0017    | ชื่อ | สส  | 0017  | ss-0017 | parentId must not be the office's own id: ss-0017
                    ss-0017    | ชื่อ | สส  | 0017  | Hall    | parentId must be lowercase ASCII letters and digits joined by hyphens, like ss-0017-2, at most 64 characters: Hall
                    """)
    void refuses_an_office_with_a_bad_field_and_names_the_field(
            String id,
            String name,
            String letterCode,
            String unitCode,
            String parentId,
            String message) {
        assertThatThrownBy(
                        () ->
                                new Office(
                                        id,
                                        name,
                                        letterCode,
                                        unitCode,
                                        parentId,
                                        null,
                                        null,
                                        SeriesPolicy.OWN_SERIES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void refuses_to_share_series_without_a_parent() {
        SeriesPolicy sharing = new SeriesPolicy(Set.of(Series.SEND), NumberingYear.CALENDAR);
        assertThatThrownBy(
                        () ->
                                new Office(
                                        "ss-0017", "ชื่อ", "สส", "0017", null, null, null, sharing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "policy shares series with a parent, but office ss-0017 has no parentId");
    }

    @Test
    void cannot_number_letters_of_an_office_without_a_unit_code() {
        Office hall =
                new Office(
                        "ss-hall",
                        "ศาลากลาง",
                        "สส",
                        null,
                        null,
                        null,
                        null,
                        SeriesPolicy.OWN_SERIES);
        assertThatThrownBy(() -> hall.referenceNumber(false, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("office ss-hall has no unit code, so its letters cannot be numbered");
    }
}
