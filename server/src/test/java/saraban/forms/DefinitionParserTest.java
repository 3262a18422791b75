package saraban.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.testing.TestHome;

class DefinitionParserTest {
    static final String FILE = "forms/x/form.json";

    static String shipped() throws IOException {
        return Files.readString(
                TestHome.home().resolve("templates/forms/district-projects/form.json"),
                StandardCharsets.UTF_8);
    }

    @Test
    void reads_the_district_project_list_as_shipped() throws IOException {
        FormDefinition form = DefinitionParser.parse(FILE, shipped(), "v1");
        assertThat(form.id()).isEqualTo("district-projects");
        assertThat(form.landscape()).isTrue();
        assertThat(form.headerFields())
                .extracting(FieldDefinition::name)
                .containsExactly(
                        "district",
                        "planName",
                        "periodFrom",
                        "periodTo",
                        "meetingNumber",
                        "meetingDate");
        FieldDefinition projects = form.field("projects");
        assertThat(projects.type()).isEqualTo(FieldType.ROWS);
        assertThat(projects.maxRows()).isEqualTo(30);
        assertThat(projects.fields())
                .extracting(FieldDefinition::name)
                .containsExactly(
                        "priority",
                        "name",
                        "issue",
                        "objective",
                        "target",
                        "village",
                        "tambon",
                        "budget2561",
                        "budget2562",
                        "budget2563",
                        "budget2564",
                        "budget2565",
                        "fundSource",
                        "agency",
                        "indicator",
                        "expectedResult");
        assertThat(projects.field("budget2563").type()).isEqualTo(FieldType.AMOUNT);
        assertThat(projects.field("fundSource").choices()).contains("งบประมาณจังหวัด");
    }

    /** A field list with one field, {@code field} as JSON, inside a minimal form. */
    static String formWith(String field) {
        return "{\"id\":\"x\",\"title\":\"แบบ\",\"fields\":[" + field + "]}";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    {"name":"a","label":"ก","type":"number"} | fields[0].type: unknown type 'number'; use one of text, longtext, integer, amount, date, choice, office, rows
                    {"name":"a","type":"text"} | fields[0].label: is required
                    {"name":"A b","label":"ก","type":"text"} | fields[0].name: 'A b' is not a field name (letters and digits, starting with a lowercase letter)
                    {"name":"a","label":"ก","type":"text","size":3} | fields[0].size: unknown key; known are blankRows, choices, fields, hint, label, max, maxLength, maxRows, min, minRows, name, required, submitter, type
                    {"name":"a","label":"ก","type":"text","required":"yes"} | fields[0].required: must be true or false
                    {"name":"a","label":"ก","type":"text","min":1} | fields[0].min: only integer and amount fields have it
                    {"name":"a","label":"ก","type":"amount","min":10,"max":1} | fields[0].max: must not be less than min
                    {"name":"a","label":"ก","type":"choice"} | fields[0].choices: a choice field needs a non-empty list of choices
                    {"name":"a","label":"ก","type":"rows","fields":[{"name":"b","label":"ข","type":"text"}]} | fields[0].maxRows: a rows field must say how many rows it takes, 1 to 200
                    {"name":"a","label":"ก","type":"rows","maxRows":3,"fields":[{"name":"b","label":"ข","type":"rows","maxRows":1}]} | fields[0].fields[0].type: rows cannot hold rows
                    {"name":"a","label":"ก","type":"rows","minRows":4,"maxRows":3,"fields":[{"name":"b","label":"ข","type":"text"}]} | fields[0].minRows: must not be more than maxRows
                    {"name":"a","label":"ก","type":"text"},{"name":"a","label":"ข","type":"date"} | fields[1].name: 'a' is used twice
                    {"name":"a","label":"ก","type":"text","submitter":true} | fields[0].submitter: only office fields have it
                    """)
    void refuses_a_bad_field_naming_the_file_and_the_field(String field, String message) {
        assertThatThrownBy(() -> DefinitionParser.parse(FILE, formWith(field), "v1"))
                .isInstanceOf(FormDefinitionException.class)
                .hasMessage(FILE + ": " + message);
    }

    @Test
    void refuses_what_is_not_json_with_the_line() {
        assertThatThrownBy(() -> DefinitionParser.parse(FILE, "{\n\"id\": \"x\",\n}", "v1"))
                .hasMessageStartingWith(FILE + ": not valid JSON (line 3)");
    }

    @Test
    void refuses_a_form_without_fields() {
        assertThatThrownBy(
                        () -> DefinitionParser.parse(FILE, "{\"id\":\"x\",\"title\":\"ก\"}", "v1"))
                .hasMessage(FILE + ": fields: must be a non-empty list of fields");
    }

    @Test
    void a_changed_definition_or_template_is_a_new_version() {
        String v = FormLibrary.version("{}", "<fo/>");
        assertThat(v).hasSize(12).matches("[0-9a-f]+");
        assertThat(FormLibrary.version("{ }", "<fo/>")).isNotEqualTo(v);
        assertThat(FormLibrary.version("{}", "<fo />")).isNotEqualTo(v);
        assertThat(FormLibrary.version("{}", "<fo/>")).isEqualTo(v);
    }
}
