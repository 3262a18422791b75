package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.ProblemException;

/** Which format a register request gets: {@code ?format=} first, then the Accept header. */
class RegisterFormatTest {

    @ParameterizedTest(name = "format={0} Accept={1} → {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "none  | none                                               | JSON",
                "none  | ''                                                 | JSON",
                "json  | text/csv                                           | JSON",
                "csv   | none                                               | CSV",
                "xlsx  | application/pdf                                    | XLSX",
                "PDF   | none                                               | PDF",
                "' pdf '| none                                              | PDF",
                "none  | */*                                                | JSON",
                "none  | text/csv                                           | CSV",
                "none  | text/*                                             | CSV",
                "none  | application/*                                      | JSON",
                "none  | application/pdf                                    | PDF",
                "none  | APPLICATION/PDF                                    | PDF",
                "none  | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet | XLSX",
                "none  | application/json, text/csv                         | JSON",
                "none  | text/csv, application/json                         | CSV",
                "none  | application/json;q=0.5, application/pdf            | PDF",
                "none  | application/pdf;q=0.2, text/csv;q=0.9              | CSV",
                "none  | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | JSON",
                "none  | image/png, */*;q=0.1                               | JSON",
                "none  | application/pdf;q=0, */*                           | JSON",
                "none  | application/pdf; charset=utf-8                     | PDF",
                "none  | application/pdf;q=oops, text/csv;q=0.1             | CSV",
            })
    void chooses(String format, String accept, RegisterFormat expected) {
        assertThat(RegisterFormat.choose(format, accept)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource({"docx", "html", "''", "xls"})
    void an_unknown_format_is_a_bad_request(String format) {
        assertThatThrownBy(() -> RegisterFormat.choose(format, "application/pdf"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> {
                            assertThat(e.problem().status()).isEqualTo(400);
                            assertThat(e.problem().code()).isEqualTo("UNKNOWN_FORMAT");
                            assertThat(e.problem().field()).isEqualTo("format");
                            assertThat(e.problem().message()).contains("json, csv, xlsx, pdf");
                        });
    }

    @ParameterizedTest(name = "Accept={0}")
    @CsvSource(
            delimiter = '|',
            value = {"application/msword", "image/*", "application/pdf;q=0", "text/html"})
    void an_accept_header_without_a_served_format_is_not_acceptable(String accept) {
        assertThatThrownBy(() -> RegisterFormat.choose(null, accept))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> {
                            assertThat(e.problem().status()).isEqualTo(406);
                            assertThat(e.problem().code()).isEqualTo("NOT_ACCEPTABLE");
                            assertThat(e.problem().message()).startsWith("ทะเบียนมีให้เฉพาะ");
                        });
    }
}
