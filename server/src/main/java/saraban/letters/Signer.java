package saraban.letters;

import java.util.List;

/**
 * Who signs: the full name (printed in parentheses) and the position lines, which carry acting-for
 * wording such as {@code ปฏิบัติราชการแทน} as further lines.
 */
public record Signer(String name, List<String> positions) {
    public Signer {
        name = Fields.optional("signer.name", name, Fields.SHORT_TEXT);
        positions = Fields.list("signer.positions", positions, Fields.SHORT_TEXT);
    }
}
