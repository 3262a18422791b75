package saraban.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File names in Content-Disposition: ASCII for old clients, RFC 5987 UTF-8 for the rest. */
class DownloadsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "form.pdf    | attachment; filename=\"form.pdf\"; filename*=UTF-8''form.pdf",
                "แบบ ก.pdf   | attachment; filename=\"___ _.pdf\"; filename*=UTF-8''%E0%B9%81%E0%B8%9A%E0%B8%9A%20%E0%B8%81.pdf",
                "a\"b;c%.pdf | attachment; filename=\"a_b;c%.pdf\"; filename*=UTF-8''a%22b%3Bc%25.pdf",
            })
    void names_are_written_twice_ascii_and_utf8(String name, String header) {
        assertThat(Downloads.contentDisposition(false, name)).isEqualTo(header);
    }

    @org.junit.jupiter.api.Test
    void a_name_in_a_path_is_one_segment() {
        assertThat(Downloads.pathSegment("ก/ข ค.pdf"))
                .isEqualTo("%E0%B8%81%2F%E0%B8%82%20%E0%B8%84.pdf");
    }
}
