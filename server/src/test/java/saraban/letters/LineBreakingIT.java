package saraban.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import saraban.testing.LineBreaks;
import saraban.testing.PdfText;
import saraban.testing.TestHome;
import saraban.thai.ThaiNormalizer;
import saraban.thai.ThaiText;

/**
 * Sixty paragraphs of real Thai government text (test resource {@code corpus/paragraphs.jsonl}) set
 * as letter bodies: no glyph crosses the margins (left 3 cm, right 2 cm), and every line ends
 * between two words — where the prepared text had a space or a word break, never inside a word.
 */
class LineBreakingIT {
    private static final float CM = 72f / 2.54f;
    private static final float LEFT = 3 * CM;
    private static final float RIGHT = (21 - 2) * CM;

    static List<String> paragraphs = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        for (String line : TestHome.resource("corpus/paragraphs.jsonl").split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = LettersPdfIT.json.readTree(line);
                paragraphs.add(node.get("text").asText());
            }
        }
        assertThat(paragraphs).hasSize(60);
        LettersPdfIT.engine();
    }

    private static byte[] letterWith(List<String> body) throws IOException {
        LetterDraft seed = LettersPdfIT.sample("seed-circular");
        LetterDraft draft =
                new LetterDraft(
                        seed.kind(),
                        seed.circular(),
                        seed.urgency(),
                        seed.secrecy(),
                        seed.referenceNumber(),
                        seed.date(),
                        seed.issuer(),
                        seed.subject(),
                        seed.recipient(),
                        null,
                        List.of(),
                        List.of(),
                        body,
                        null,
                        seed.signer(),
                        seed.ownerUnit(),
                        null);
        return LettersPdfIT.letters.render(draft);
    }

    @Test
    void no_glyph_crosses_the_margins() throws IOException {
        for (int i = 0; i < paragraphs.size(); i += 10) {
            byte[] pdf = letterWith(paragraphs.subList(i, i + 10));
            for (PdfText.Glyph g : PdfText.glyphs(pdf)) {
                assertThat(g.x())
                        .as("left edge of '%s' on page %d", g.text(), g.page())
                        .isGreaterThan(LEFT - 1);
                assertThat(g.x() + g.width())
                        .as("right edge of '%s' on page %d", g.text(), g.page())
                        .isLessThan(RIGHT + 1);
            }
        }
    }

    @Test
    void lines_break_only_between_words() throws IOException {
        int breaksChecked = 0;
        for (int i = 0; i < paragraphs.size(); i += 10) {
            List<String> body = paragraphs.subList(i, i + 10);
            String text = PdfText.pdfboxBody(letterWith(body));
            // where the text layer ends a line, in whitespace-free coordinates
            String squeezed = PdfText.squeeze(text);
            Set<Integer> lineEnds = LineBreaks.lineEnds(text);
            for (String paragraph : body) {
                String normalized = ThaiNormalizer.normalize(paragraph);
                String target = PdfText.squeeze(normalized);
                int start = squeezed.indexOf(target);
                assertThat(start)
                        .as("paragraph found whole in the text layer: %s", paragraph)
                        .isNotNegative();
                Set<Integer> allowed =
                        LineBreaks.allowed(ThaiText.prepareForLineBreaking(normalized));
                for (int end : lineEnds) {
                    int offset = end - start;
                    if (offset > 0 && offset < target.length()) {
                        breaksChecked++;
                        assertThat(allowed)
                                .as(
                                        "line break inside a word: ...%s|%s...",
                                        target.substring(Math.max(0, offset - 12), offset),
                                        target.substring(
                                                offset, Math.min(target.length(), offset + 12)))
                                .contains(offset);
                    }
                }
            }
        }
        assertThat(breaksChecked).as("line breaks inside paragraphs").isGreaterThan(150);
    }
}
