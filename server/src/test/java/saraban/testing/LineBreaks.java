package saraban.testing;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a PDF's lines end, and where they may end, in the whitespace-free coordinates of {@link
 * PdfText#squeeze}: for checking that the engine breaks Thai lines only between words.
 */
public final class LineBreaks {
    private LineBreaks() {}

    /**
     * Offsets (in whitespace-free text) where the text as prepared for the engine allows a break: a
     * space, a word break (U+200B) or after a hyphen or slash.
     */
    public static Set<Integer> allowed(String prepared) {
        Set<Integer> allowed = new HashSet<>();
        int index = 0;
        for (int i = 0; i < prepared.length(); i++) {
            char c = prepared.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200B' || c == '\u00A0') {
                allowed.add(index);
            } else {
                index++;
                if (c == '-' || c == '/') {
                    allowed.add(index);
                }
            }
        }
        return allowed;
    }

    /** The end of every line of extracted {@code text}, as offsets into its squeezed form. */
    public static Set<Integer> lineEnds(String text) {
        Set<Integer> ends = new TreeSet<>();
        int length = 0;
        for (String line : text.split("\n")) {
            length += PdfText.squeeze(line).length();
            ends.add(length);
        }
        return ends;
    }
}
