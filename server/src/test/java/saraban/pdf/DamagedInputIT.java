package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static saraban.pdf.StampFixtures.HALL;
import static saraban.pdf.StampFixtures.letter;
import static saraban.pdf.StampFixtures.stamper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Files that are not stamp-able PDFs are refused with a reason the caller can turn into a 4xx; a
 * damaged PDF is either stamped into a readable PDF or refused, never anything else.
 */
class DamagedInputIT {

    enum Bad {
        EMPTY(PdfRejectedException.Reason.EMPTY),
        HTML_NAMED_PDF(PdfRejectedException.Reason.NOT_PDF),
        PNG_NAMED_PDF(PdfRejectedException.Reason.NOT_PDF),
        HEADER_ONLY(PdfRejectedException.Reason.CORRUPT),
        HEADER_AND_NOISE(PdfRejectedException.Reason.CORRUPT),
        FIRST_300_BYTES(PdfRejectedException.Reason.CORRUPT),
        PASSWORD_TO_OPEN(PdfRejectedException.Reason.ENCRYPTED),
        PASSWORD_FOR_PERMISSIONS(PdfRejectedException.Reason.ENCRYPTED);

        final PdfRejectedException.Reason reason;

        Bad(PdfRejectedException.Reason reason) {
            this.reason = reason;
        }

        byte[] bytes() throws IOException {
            return switch (this) {
                case EMPTY -> new byte[0];
                case HTML_NAMED_PDF ->
                        "<!DOCTYPE html><html><body>หนังสือ</body></html>"
                                .getBytes(StandardCharsets.UTF_8);
                case PNG_NAMED_PDF ->
                        new byte[] {
                            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13
                        };
                case HEADER_ONLY -> "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
                case HEADER_AND_NOISE -> {
                    byte[] noise = new byte[5000];
                    new Random(7).nextBytes(noise);
                    byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
                    System.arraycopy(header, 0, noise, 0, header.length);
                    yield noise;
                }
                case FIRST_300_BYTES -> Arrays.copyOf(letter("memo"), 300);
                case PASSWORD_TO_OPEN -> encrypted("secret");
                case PASSWORD_FOR_PERMISSIONS -> encrypted("");
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Bad.class)
    void a_file_that_cannot_be_stamped_is_refused_with_its_reason(Bad bad) throws IOException {
        byte[] bytes = bad.bytes();
        assertThatThrownBy(() -> stamper().stamp(bytes, HALL))
                .isInstanceOfSatisfying(
                        PdfRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(bad.reason));
    }

    @Test
    void damaged_copies_of_letters_are_stamped_readably_or_refused() throws IOException {
        Random random = new Random(20190825);
        List<byte[]> originals = List.of(letter("seed-circular"), letter("memo"));
        int stamped = 0;
        int refused = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            byte[] damaged = mutate(originals.get(i % 2), random);
            try {
                Stamped s = stamper().stamp(damaged, HALL);
                try (PDDocument doc = Loader.loadPDF(s.pdf())) {
                    assertThat(doc.getNumberOfPages()).isPositive();
                }
                stamped++;
            } catch (PdfRejectedException e) {
                refused++;
            } catch (Exception | StackOverflowError e) {
                wrong.add(i + ": " + e);
            }
        }
        assertThat(wrong).as("neither stamped nor refused").isEmpty();
        assertThat(stamped).as("damaged but readable, so stamped").isGreaterThan(20);
        assertThat(refused).as("too damaged, so refused").isGreaterThan(20);
    }

    /** One random kind of damage: flipped bytes, a cut end, a hole, a repeated or zeroed run. */
    private static byte[] mutate(byte[] pdf, Random random) {
        byte[] out = pdf.clone();
        int at = random.nextInt(pdf.length);
        int length = 1 + random.nextInt(Math.min(2000, pdf.length - at));
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int n = 1 + random.nextInt(40); n > 0; n--) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> out = Arrays.copyOf(pdf, Math.max(1, at));
            case 2 -> {
                out = new byte[pdf.length - length];
                System.arraycopy(pdf, 0, out, 0, at);
                System.arraycopy(pdf, at + length, out, at, pdf.length - at - length);
            }
            case 3 -> {
                out = new byte[pdf.length + length];
                System.arraycopy(pdf, 0, out, 0, at + length);
                System.arraycopy(pdf, at, out, at + length, pdf.length - at);
            }
            default -> Arrays.fill(out, at, at + length, (byte) 0);
        }
        return out;
    }

    private static byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(letter("memo"))) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
