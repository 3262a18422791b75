package saraban.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import saraban.testing.PdfA;
import saraban.testing.PdfText;
import saraban.testing.TestHome;
import saraban.web.Json;

/**
 * Every letter kind rendered from its sample: the text layer gives back exactly what was put in
 * (PDFBox and pdftotext), the file is PDF/A-2b, and every font is embedded.
 */
class LettersPdfIT {
    static final List<String> SAMPLES =
            List.of("seed-circular", "memo", "stamped", "order", "announcement");

    static LetterService letters;
    static ObjectMapper json = Json.mapper();

    @BeforeAll
    static void engine() {
        letters = newService();
    }

    static LetterService newService() {
        Clock clock = Clock.fixed(Instant.parse("2019-03-29T03:00:00Z"), ZoneOffset.UTC);
        return new LetterService(
                TestHome.engine(),
                TestHome.home().resolve("templates/letters"),
                Optional.empty(),
                clock);
    }

    static LetterDraft sample(String name) throws IOException {
        return json.readValue(TestHome.resource("letters/" + name + ".json"), LetterDraft.class);
    }

    static byte[] render(String name) throws IOException {
        byte[] pdf = letters.render(sample(name));
        Files.write(TestHome.outputDir("letters").resolve(name + ".pdf"), pdf);
        return pdf;
    }

    /** What the reader must find, in order: every value the clerk typed, each whole. */
    static List<String> typedTexts(LetterDraft d) {
        List<String> texts = new ArrayList<>();
        add(texts, d.subject());
        add(texts, d.recipient());
        add(texts, d.issuer().name());
        add(texts, d.issuer().address());
        d.references().forEach(t -> add(texts, t));
        d.enclosures().forEach(t -> add(texts, t));
        d.body().forEach(t -> add(texts, t));
        add(texts, d.signer().name());
        d.signer().positions().forEach(t -> add(texts, t));
        add(texts, d.ownerUnit().name());
        return texts;
    }

    private static void add(List<String> texts, String t) {
        if (t != null) {
            texts.add(t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-circular", "memo", "stamped", "order", "announcement"})
    void text_layer_gives_back_every_typed_value_exactly(String name) throws IOException {
        LetterDraft draft = sample(name);
        byte[] pdf = render(name);
        String pdfbox = PdfText.squeeze(PdfText.pdfboxBody(pdf));
        String poppler = PdfText.squeeze(PdfText.pdftotextBody(pdf));
        for (String typed : typedTexts(draft)) {
            assertThat(pdfbox).as("PDFBox text of %s", name).contains(PdfText.squeeze(typed));
            assertThat(poppler).as("pdftotext text of %s", name).contains(PdfText.squeeze(typed));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-circular", "memo", "stamped", "order", "announcement"})
    void text_layer_equals_the_approved_text(String name) throws IOException {
        byte[] pdf = render(name);
        String poppler = TestHome.resource("letters/golden/" + name + ".pdftotext.txt");
        String pdfbox = TestHome.resource("letters/golden/" + name + ".pdfbox.txt");
        assertThat(PdfText.squeeze(PdfText.pdftotext(pdf))).isEqualTo(PdfText.squeeze(poppler));
        assertThat(PdfText.squeeze(PdfText.pdfbox(pdf))).isEqualTo(PdfText.squeeze(pdfbox));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-circular", "memo", "stamped", "order", "announcement"})
    void every_letter_is_valid_pdfa_2b(String name) throws IOException {
        assertThat(PdfA.failures(render(name))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-circular", "memo", "stamped", "order", "announcement"})
    void every_font_is_embedded(String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(name))) {
            List<PDFont> fonts = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(fontName));
                }
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.getName()).contains("Laksaman");
            }
        }
    }
}
