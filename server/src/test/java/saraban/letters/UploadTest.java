package saraban.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.ProblemException;

/** Uploaded files: the type from the bytes, and the names they may keep. */
class UploadTest {
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "แบบฟอร์ม.pdf                  | แบบฟอร์ม.pdf",
                "../../etc/passwd.pdf          | passwd.pdf",
                "C:\\\\Users\\\\a\\\\หนังสือ.PDF | หนังสือ.pdf",
                "form.exe                      | form.exe.pdf",
                "คำสั่ง ที่ 1/2562.pdf            | 2562.pdf",
                "a<b>:c?.pdf                   | a_b__c_.pdf",
                "...                           | ไฟล์.pdf",
                "'  .hidden.pdf  '             | hidden.pdf",
                "CON.pdf                       | _CON.pdf",
                "น\u0E4D\u0E49\u0E32.pdf       | น้ำ.pdf",
                "ไม่มีนามสกุล                    | ไม่มีนามสกุล.pdf",
            })
    void names_lose_folders_and_reserved_characters_and_gain_the_right_extension(
            String given, String safe) {
        assertThat(Upload.of(PDF, given, "ไฟล์").fileName()).isEqualTo(safe);
    }

    @org.junit.jupiter.api.Test
    void the_type_comes_from_the_bytes() {
        java.util.Map<String, int[]> heads =
                java.util.Map.of(
                        "application/pdf", new int[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'},
                        "image/png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                        "image/jpeg", new int[] {0xFF, 0xD8, 0xFF, 0xE0},
                        "image/gif", new int[] {'G', 'I', 'F', '8', '9', 'a'},
                        "image/tiff", new int[] {'I', 'I', 42, 0});
        heads.forEach(
                (mediaType, head) -> {
                    byte[] bytes = new byte[head.length + 4];
                    for (int i = 0; i < head.length; i++) {
                        bytes[i] = (byte) head[i];
                    }
                    assertThat(Upload.of(bytes, "anything.bin", "x").mediaType())
                            .as(mediaType)
                            .isEqualTo(mediaType);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MZ\u0090\u0000 an exe",
        "<html><script>",
        "PK\u0003\u0004 not a zip",
        "plain text"
    })
    void other_bytes_are_refused_whatever_the_name(String content) {
        assertThatThrownBy(
                        () ->
                                Upload.of(
                                        content.getBytes(StandardCharsets.ISO_8859_1),
                                        "form.pdf",
                                        "x"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> {
                            assertThat(e.problem().code()).isEqualTo("FILE_TYPE_NOT_ALLOWED");
                            assertThat(e.problem().status()).isEqualTo(415);
                        });
    }

    @org.junit.jupiter.api.Test
    void a_long_thai_name_is_cut_between_letters_not_inside_one() {
        String name = "ก่".repeat(100) + ".pdf";
        String safe = Upload.of(PDF, name, "x").fileName();
        assertThat(safe).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH).endsWith("ก่.pdf");
    }

    @org.junit.jupiter.api.Test
    void an_upload_over_the_limit_is_refused_with_413() {
        assertThatThrownBy(
                        () ->
                                Upload.read(
                                        new java.io.ByteArrayInputStream(new byte[2048]),
                                        "a.pdf",
                                        "x",
                                        1024))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().code()).isEqualTo("FILE_TOO_LARGE"));
    }
}
