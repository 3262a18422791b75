package saraban.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading a stored file checks it against its name before the stream ends normally. */
class VerifyingInputStreamTest {
    static final byte[] BYTES = "หนังสือราชการ".getBytes(StandardCharsets.UTF_8);
    static final String SHA256 = Sha256.of(BYTES);

    @Test
    void passes_intact_bytes_through() throws IOException {
        try (InputStream in = stream(BYTES)) {
            assertThat(in.readAllBytes()).isEqualTo(BYTES);
        }
    }

    @Test
    void a_changed_byte_ends_in_corrupt_file_exception() {
        byte[] changed = BYTES.clone();
        changed[3] ^= 1;
        assertThatThrownBy(() -> stream(changed).readAllBytes())
                .isInstanceOf(CorruptFileException.class)
                .hasMessageStartingWith(
                        "stored file " + SHA256 + " is damaged: its bytes hash to ");
    }

    @Test
    void a_truncated_file_ends_in_corrupt_file_exception_naming_the_sizes() {
        byte[] truncated = java.util.Arrays.copyOf(BYTES, BYTES.length - 1);
        assertThatThrownBy(() -> stream(truncated).readAllBytes())
                .isInstanceOf(CorruptFileException.class)
                .hasMessageContaining(
                        "it has "
                                + (BYTES.length - 1)
                                + " bytes where "
                                + BYTES.length
                                + " were stored");
    }

    @Test
    void skipped_bytes_are_checked_too() {
        byte[] changed = BYTES.clone();
        changed[0] ^= 1;
        assertThatThrownBy(
                        () -> {
                            try (InputStream in = stream(changed)) {
                                in.skip(5);
                                in.readAllBytes();
                            }
                        })
                .isInstanceOf(CorruptFileException.class);
    }

    static InputStream stream(byte[] actual) {
        return new VerifyingInputStream(new ByteArrayInputStream(actual), SHA256, BYTES.length);
    }
}
