package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.ProblemException;
import saraban.web.Json;

class OfficeRequestTest {

    private static final String NAME = "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด";

    static OfficeRequest request(
            String id,
            String name,
            String code,
            String unitCode,
            String parent,
            String phone,
            String shares,
            String year) {
        return new OfficeRequest(
                id,
                name,
                code,
                unitCode,
                parent,
                null,
                phone,
                shares == null ? null : Arrays.asList(shares.split(";", -1)),
                year,
                null);
    }

    @Test
    void keeps_codes_as_text_with_ascii_digits_and_fills_in_defaults() {
        OfficeRequest r =
                new OfficeRequest(
                        " ss-0017-2 ",
                        " " + NAME + " ",
                        " สส ",
                        "๐๐๑๗.๒",
                        "ss-0017",
                        "ศาลากลางจังหวัดสมุทรสงคราม\nถนนเอกชัย สส ๗๕๐๐๐",
                        "๐ ๓๔๗๑ ๓๓๐๘",
                        List.of("order", " send", "circular"),
                        null,
                        null);
        Office office = r.toOffice(r.id());
        assertThat(office)
                .isEqualTo(
                        new Office(
                                "ss-0017-2",
                                NAME,
                                "สส",
                                "0017.2",
                                "ss-0017",
                                "ศาลากลางจังหวัดสมุทรสงคราม\nถนนเอกชัย สส 75000",
                                "0 3471 3308",
                                new SeriesPolicy(
                                        java.util.Set.of(
                                                Series.SEND, Series.CIRCULAR, Series.ORDER),
                                        NumberingYear.CALENDAR)));
        assertThat(r.sharesParentSeries()).containsExactly("send", "circular", "order");
        assertThat(r.numberingYear()).isEqualTo("calendar");
        assertThat(r.active()).isNull();
    }

    @Test
    void blank_optional_fields_are_absent() {
        OfficeRequest r =
                new OfficeRequest(null, "อำเภออัมพวา", "สส", " ", "", " ", "", null, "", null);
        Office office = r.toOffice("ss-amphawa");
        assertThat(office.unitCode()).isNull();
        assertThat(office.parentId()).isNull();
        assertThat(office.address()).isNull();
        assertThat(office.phone()).isNull();
        assertThat(office.policy()).isEqualTo(SeriesPolicy.OWN_SERIES);
    }

    @Test
    void reads_the_json_that_get_answers() throws Exception {
        OfficeView view = OfficeView.of(OfficeTree.sample().get("ss-0017-2"), true);
        String json = Json.mapper().writeValueAsString(view);
        OfficeRequest back = Json.mapper().readValue(json, OfficeRequest.class);
        assertThat(OfficeView.of(back.toOffice(back.id()), back.active())).isEqualTo(view);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            textBlock =
                    """
                    upper-case id        | SS-0017 | ชื่อ | สส | 0017   | -       | -   | -         | -      | OFFICE_ID_INVALID     | id
                    underscore in id     | ss_0017 | ชื่อ | สส | 0017   | -       | -   | -         | -      | OFFICE_ID_INVALID     | id
                    doubled hyphen       | ss--017 | ชื่อ | สส | 0017   | -       | -   | -         | -      | OFFICE_ID_INVALID     | id
                    Thai id              | สส-0017 | ชื่อ | สส | 0017   | -       | -   | -         | -      | OFFICE_ID_INVALID     | id
                    no name              | ss-0017 | ' '  | สส | 0017   | -       | -   | -         | -      | FIELD_REQUIRED        | name
                    no letter code       | ss-0017 | ชื่อ | -  | 0017   | -       | -   | -         | -      | FIELD_REQUIRED        | code
                    one consonant        | ss-0017 | ชื่อ | ส  | 0017   | -       | -   | -         | -      | LETTER_CODE_INVALID   | code
                    Latin letters        | ss-0017 | ชื่อ | SS | 0017   | -       | -   | -         | -      | LETTER_CODE_INVALID   | code
                    a vowel              | ss-0017 | ชื่อ | สะ | 0017   | -       | -   | -         | -      | LETTER_CODE_INVALID   | code
                    the vowel ฤ          | ss-0017 | ชื่อ | ฤษ | 0017   | -       | -   | -         | -      | LETTER_CODE_INVALID   | code
                    slash in unit code   | ss-0017 | ชื่อ | สส | 0017/2 | -       | -   | -         | -      | UNIT_CODE_INVALID     | unitCode
                    leading dot          | ss-0017 | ชื่อ | สส | .0017  | -       | -   | -         | -      | UNIT_CODE_INVALID     | unitCode
                    letters in unit code | ss-0017 | ชื่อ | สส | 0017ก  | -       | -   | -         | -      | UNIT_CODE_INVALID     | unitCode
                    malformed parent     | ss-0017 | ชื่อ | สส | 0017   | Hall    | -   | -         | -      | OFFICE_ID_INVALID     | parent
                    unknown series       | ss-0017 | ชื่อ | สส | 0017   | ss-hall | -   | send;sent | -      | UNKNOWN_SERIES        | sharesParentSeries
                    series by Thai name  | ss-0017 | ชื่อ | สส | 0017   | ss-hall | -   | ทะเบียนส่ง  | -      | UNKNOWN_SERIES        | sharesParentSeries
                    sharing at the top   | ss-0017 | ชื่อ | สส | 0017   | -       | -   | send      | -      | SHARES_WITHOUT_PARENT | sharesParentSeries
                    unknown year         | ss-0017 | ชื่อ | สส | 0017   | -       | -   | -         | budget | FIELD_INVALID         | numberingYear
                    year of no effect    | ss-0017 | ชื่อ | สส | 0017   | ss-hall | -   | send;receive;circular;order;announcement | fiscal | FIELD_INVALID | numberingYear
                    bell in phone        | ss-0017 | ชื่อ | สส | 0017   | -       | 0\\u0007 | -     | -      | CONTROL_CHARACTER     | phone
                    line break in phone  | ss-0017 | ชื่อ | สส | 0017   | -       | 0\\n1 | -        | -      | CONTROL_CHARACTER     | phone
                    """)
    void refuses_a_bad_field_with_a_stable_code_and_a_thai_message(
            String what,
            String id,
            String name,
            String code,
            String unitCode,
            String parent,
            String phone,
            String shares,
            String year,
            String problem,
            String field) {
        String unescaped =
                phone == null ? null : phone.replace("\\u0007", "\u0007").replace("\\n", "\n");
        assertThatThrownBy(() -> request(id, name, code, unitCode, parent, unescaped, shares, year))
                .as(what)
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> {
                            assertThat(e.problem().code()).isEqualTo(problem);
                            assertThat(e.problem().field()).isEqualTo(field);
                            assertThat(e.problem().status()).isEqualTo(400);
                            assertThat(e.problem().message()).containsPattern("[\u0E01-\u0E5B]");
                        });
    }

    @Test
    void refuses_text_longer_than_a_letter_prints() {
        String name = "ก".repeat(OfficeRequest.MAX_TEXT + 1);
        assertThatThrownBy(() -> request("ss-0017", name, "สส", null, null, null, null, null))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> {
                            assertThat(e.problem().code()).isEqualTo("FIELD_TOO_LONG");
                            assertThat(e.problem().message())
                                    .isEqualTo("ชื่อหน่วยงาน ยาวเกิน 300 ตัวอักษร");
                        });
    }

    @Test
    void refuses_an_id_longer_than_sixty_four_characters() {
        String id = "s".repeat(65);
        assertThatThrownBy(() -> request(id, "ชื่อ", "สส", null, null, null, null, null))
                .hasMessageStartingWith("OFFICE_ID_INVALID");
        assertThat(request("s".repeat(64), "ชื่อ", "สส", null, null, null, null, null).id())
                .hasSize(64);
    }

    @Test
    void an_office_is_not_its_own_parent() {
        OfficeRequest r = request(null, "ชื่อ", "สส", null, "ss-0017", null, null, null);
        assertThatThrownBy(() -> r.toOffice("ss-0017"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> {
                            assertThat(e.problem().code()).isEqualTo("PARENT_CYCLE");
                            assertThat(e.problem().title())
                                    .isEqualTo("the parents would form a cycle: ss-0017 → ss-0017");
                        });
    }
}
