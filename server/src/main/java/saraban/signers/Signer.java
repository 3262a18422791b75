package saraban.signers;

import java.util.List;

/**
 * Someone who signs an office's letters, as the signature block prints them: the name (in
 * parentheses under the signature) and the position lines below it.
 *
 * @param positions one or more lines: {@code ผู้ว่าราชการจังหวัดสมุทรสงคราม}, or with acting-for
 *     wording {@code รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน}, {@code
 *     ผู้ว่าราชการจังหวัดสมุทรสงคราม}
 * @param active false once the signer no longer signs; kept for the letters they signed
 */
public record Signer(
        long id, String officeId, String name, List<String> positions, boolean active) {
    public Signer {
        positions = List.copyOf(positions);
    }
}
