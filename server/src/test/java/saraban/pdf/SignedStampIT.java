package saraban.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static saraban.pdf.StampChecks.lines;
import static saraban.pdf.StampChecks.pdfboxLines;
import static saraban.pdf.StampChecks.pdftotextLines;
import static saraban.pdf.StampFixtures.HALL;
import static saraban.pdf.StampFixtures.UNIT;
import static saraban.pdf.StampFixtures.keep;
import static saraban.pdf.StampFixtures.letter;
import static saraban.pdf.StampFixtures.stamper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.testing.PdfA;

/**
 * A letter signed with a throwaway certificate made here, then stamped: the stamp is appended as an
 * incremental update, the signed bytes stay as they were, and the signature still verifies over
 * them.
 */
class SignedStampIT {
    private static KeyPair keys;
    private static X509Certificate certificate;

    @BeforeAll
    static void certificate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Saraban test signer, O=Saraban, C=TH");
        ContentSigner self = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        certificate =
                new JcaX509CertificateConverter()
                        .getCertificate(
                                new JcaX509v3CertificateBuilder(
                                                name,
                                                BigInteger.ONE,
                                                Date.from(Instant.parse("2019-01-01T00:00:00Z")),
                                                Date.from(Instant.parse("2045-01-01T00:00:00Z")),
                                                name,
                                                keys.getPublic())
                                        .build(self));
    }

    @Test
    void a_signed_letter_is_stamped_as_an_incremental_update_and_its_signature_still_verifies()
            throws Exception {
        byte[] signed = sign(letter("seed-circular"));
        assertThat(verifiedRevisions(signed))
                .as("the signed letter")
                .containsExactly(signed.length);

        Stamped s = stamper().stamp(signed, HALL);
        Path file = keep("signed-stamped", s.pdf());

        assertThat(s.incremental()).isTrue();
        assertThat(Arrays.copyOf(s.pdf(), signed.length))
                .as("the signed revision, byte for byte")
                .isEqualTo(signed);
        assertThat(s.pdf().length).isGreaterThan(signed.length);
        assertThat(verifiedRevisions(s.pdf()))
                .as("the signature covers the original revision and verifies")
                .containsExactly(signed.length);
        assertThat(pdfsig(file)).contains("Signature is Valid.");
        assertThat(pdfboxLines(s.pdf(), s)).containsExactlyElementsOf(lines(HALL));
        assertThat(pdftotextLines(s.pdf(), s)).containsExactlyElementsOf(lines(HALL));
        assertThat(PdfA.failures(s.pdf())).isEmpty();
    }

    @Test
    void a_forwarded_signed_letter_keeps_its_signature_through_both_stamps() throws Exception {
        byte[] signed = sign(letter("order"));
        Stamped first = stamper().stamp(signed, HALL);
        Stamped second = stamper().stamp(first.pdf(), UNIT);
        assertThat(second.incremental()).isTrue();
        assertThat(Arrays.copyOf(second.pdf(), first.pdf().length)).isEqualTo(first.pdf());
        assertThat(verifiedRevisions(second.pdf())).containsExactly(signed.length);
        assertThat(pdfboxLines(second.pdf(), second)).containsExactlyElementsOf(lines(UNIT));
    }

    @Test
    void an_unsigned_letter_is_saved_whole() {
        assertThat(stamper().stamp(letter("order"), HALL).incremental()).isFalse();
    }

    @Test
    void the_check_would_catch_a_stamp_saved_whole() throws Exception {
        byte[] signed = sign(letter("order"));
        byte[] rewritten;
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.getPage(0).setRotation(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            rewritten = out.toByteArray();
        }
        assertThat(verifiedRevisions(rewritten)).isEmpty();
    }

    /** Signs {@code pdf} (detached CMS, SHA-256 with RSA) as an incremental update. */
    private static byte[] sign(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("Saraban test signer");
            signature.setReason("ทดสอบลายมือชื่ออิเล็กทรอนิกส์");
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            when.setTimeInMillis(Instant.parse("2019-08-20T02:00:00Z").toEpochMilli());
            signature.setSignDate(when);
            doc.addSignature(signature, SignedStampIT::cms);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static byte[] cms(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            ContentSigner signer =
                    new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(
                                    new JcaDigestCalculatorProviderBuilder().build())
                            .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator
                    .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded();
        } catch (OperatorCreationException
                | CMSException
                | java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /**
     * For each signature whose CMS verifies over its byte range with the certificate it carries:
     * how long the revision it signed is (the end of its byte range). A signature whose byte range
     * does not start at 0 or leaves a hole other than its own value does not count.
     */
    private static List<Integer> verifiedRevisions(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Integer> verified = new java.util.ArrayList<>();
            for (PDSignature signature : doc.getSignatureDictionaries()) {
                int[] range = signature.getByteRange();
                byte[] contents = signature.getContents(); // as parsed, not from the byte range
                boolean wholeRevision =
                        range.length == 4
                                && range[0] == 0
                                && range[2] - range[1] == 2 * contents.length + 2
                                && range[2] + range[3] <= pdf.length;
                if (!wholeRevision) {
                    continue;
                }
                byte[] signedContent;
                try {
                    signedContent = signature.getSignedContent(pdf);
                } catch (IOException e) {
                    continue; // a byte range outside the file
                }
                CMSSignedData cms =
                        new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
                SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                X509CertificateHolder holder =
                        (X509CertificateHolder)
                                cms.getCertificates().getMatches(signer.getSID()).iterator().next();
                try {
                    if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                        verified.add(range[2] + range[3]);
                    }
                } catch (CMSException e) {
                    // a digest that does not match: not verified
                }
            }
            return verified;
        }
    }

    /** What poppler's pdfsig says about the file's signatures. */
    private static String pdfsig(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
