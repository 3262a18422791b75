package saraban.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates PDFs against PDF/A-2b with veraPDF. */
public final class PdfA {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {}

    /** The failed rules, described; empty when the document is valid PDF/A-2b. */
    public static List<String> failures(byte[] pdf) {
        try (PDFAParser parser =
                        Foundries.defaultInstance()
                                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator =
                        Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(
                            a ->
                                    a.getRuleId().getClause()
                                            + "-"
                                            + a.getRuleId().getTestNumber()
                                            + ": "
                                            + a.getMessage())
                    .distinct()
                    .toList();
        } catch (Exception e) {
            return List.of("veraPDF could not validate: " + e);
        }
    }
}
