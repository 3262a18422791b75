package saraban.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.testing.MultiLocaleTest;

/** Input → exact errors, for the district project list. */
@MultiLocaleTest
class FormValidatorTest {
    static FormDefinition form;

    static final FormValidator.Offices OFFICES =
            s ->
                    s.equals("ss-amphawa") || s.equals("อำเภออัมพวา")
                            ? Optional.of("ss-amphawa")
                            : Optional.empty();

    @BeforeAll
    static void definition() throws IOException {
        form = DefinitionParser.parse("f", DefinitionParserTest.shipped(), "v1");
    }

    static FormValidator.Result validate(JsonNode data) {
        return FormValidator.validate(form, data, OFFICES, "ss-amphawa");
    }

    @Test
    void the_sample_is_valid_and_comes_back_normalised() {
        FormValidator.Result r = validate(FormsFixture.sample());
        assertThat(r.errors()).isEmpty();
        assertThat(r.data().get("periodFrom").asInt()).isEqualTo(2561);
        assertThat(r.data().get("meetingDate").asText()).isEqualTo("2019-05-20");
        JsonNode first = r.data().get("projects").get(0);
        assertThat(first.get("budget2563").asText()).isEqualTo("1200000");
        assertThat(first.get("budget2564").asText()).isEqualTo("850000.5");
        assertThat(first.get("village").asInt()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    budget2563 | ๑๒๐,๐๐๐         |
                    budget2563 | 1,200,000.50     |
                    budget2563 | ๕๐๐ บาท          |
                    budget2563 | 12O              | NOT_AN_AMOUNT
                    budget2563 | หนึ่งแสน          | NOT_AN_AMOUNT
                    budget2563 | 1.005            | NOT_AN_AMOUNT
                    budget2563 | 1,20,000         | NOT_AN_AMOUNT
                    budget2563 | -5000            | AMOUNT_NEGATIVE
                    budget2563 | 10000000000      | VALUE_TOO_LARGE
                    priority   | 0                | VALUE_TOO_SMALL
                    priority   | ๑.๕              | NOT_AN_INTEGER
                    village    | ๑๐๐              | VALUE_TOO_LARGE
                    fundSource | งบจังหวัด         | NOT_A_CHOICE
                    tambon     | ' '              | FIELD_REQUIRED
                    """)
    void checks_each_value_of_the_fourth_project(String field, String value, String code) {
        ObjectNode data = FormsFixture.sample().deepCopy();
        ObjectNode row = data.withArray("projects").addObject();
        row.setAll((ObjectNode) FormsFixture.sample().get("projects").get(0));
        row.put(field, value);
        List<FieldError> errors = validate(data).errors();
        if (code == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors)
                    .extracting(FieldError::field, FieldError::code)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("projects[3]." + field, code));
        }
    }

    @Test
    void names_every_error_with_its_path_code_and_thai_message() {
        ObjectNode data = FormsFixture.sample().deepCopy();
        data.remove("meetingDate");
        data.put("periodTo", "สองพันห้าร้อย");
        data.put("colour", "แดง");
        ObjectNode second = (ObjectNode) data.get("projects").get(1);
        second.put("budget2562", "-1");
        second.remove("name");
        List<FieldError> errors = validate(data).errors();
        assertThat(errors)
                .containsExactly(
                        new FieldError(
                                "colour",
                                "UNKNOWN_FIELD",
                                "the form has no field colour",
                                "แบบนี้ไม่มีช่อง colour"),
                        new FieldError(
                                "periodTo",
                                "NOT_AN_INTEGER",
                                "not a whole number: สองพันห้าร้อย",
                                "«ถึงปี พ.ศ.» ต้องเป็นจำนวนเต็ม"),
                        new FieldError(
                                "meetingDate",
                                "FIELD_REQUIRED",
                                "meetingDate is required",
                                "ต้องกรอก «เมื่อวันที่»"),
                        new FieldError(
                                "projects[1].name",
                                "FIELD_REQUIRED",
                                "name is required",
                                "ต้องกรอก โครงการแถวที่ ๒: «โครงการ»"),
                        new FieldError(
                                "projects[1].budget2562",
                                "AMOUNT_NEGATIVE",
                                "an amount must not be negative: -1",
                                "โครงการแถวที่ ๒: «๒๕๖๒» ต้องไม่ติดลบ"));
    }

    @Test
    void counts_rows() {
        ObjectNode data = FormsFixture.sample().deepCopy();
        data.putArray("projects");
        assertThat(validate(data).errors())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("projects", "TOO_FEW_ROWS"));
        for (int i = 0; i < 31; i++) {
            data.withArray("projects").add(FormsFixture.sample().get("projects").get(0));
        }
        assertThat(validate(data).errors())
                .extracting(FieldError::field, FieldError::code, FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "projects",
                                "TOO_MANY_ROWS",
                                "«โครงการ» มีได้ไม่เกิน ๓๐ แถว แต่ส่งมา ๓๑ แถว"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    2019-05-20        | 2019-05-20
                    ๒๐ พฤษภาคม ๒๕๖๒   | 2019-05-20
                    20 พ.ค. 2562      | 2019-05-20
                    ๒๐/๕/๒๕๖๒         | 2019-05-20
                    20/05/2019        | 2019-05-20
                    31/02/2562        |
                    พรุ่งนี้             |
                    """)
    void reads_dates_in_the_buddhist_era_and_iso(String typed, String iso) {
        ObjectNode data = FormsFixture.sample().deepCopy();
        data.put("meetingDate", typed);
        FormValidator.Result r = validate(data);
        if (iso == null) {
            assertThat(r.errors()).extracting(FieldError::code).containsExactly("NOT_A_DATE");
        } else {
            assertThat(r.errors()).isEmpty();
            assertThat(r.data().get("meetingDate").asText()).isEqualTo(iso);
        }
    }

    @Test
    void the_district_is_the_submitting_office_when_left_out_and_may_be_named() {
        ObjectNode data = FormsFixture.sample().deepCopy();
        data.remove("district");
        assertThat(validate(data).data().get("district").asText()).isEqualTo("ss-amphawa");
        data.put("district", "อำเภออัมพวา");
        assertThat(validate(data).data().get("district").asText()).isEqualTo("ss-amphawa");
        data.put("district", "อำเภอบางคนที");
        assertThat(validate(data).errors())
                .extracting(FieldError::code)
                .containsExactly("UNKNOWN_OFFICE");
    }
}
