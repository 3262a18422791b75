package saraban.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import saraban.thai.ThaiShaper;

/**
 * The fast way to repair a text layer, for PDFs whose ToUnicode maps are stored uncompressed (FOP
 * is configured so): every private-use destination is overwritten, byte for byte, with the Thai
 * character it stands for. Both are four hex digits, so no offset in the file moves and the
 * cross-reference table stays valid; nothing is parsed or saved. When a map cannot be patched this
 * way (compressed, or a range whose characters would not stay consecutive), {@link #apply} answers
 * null and the caller falls back to rewriting the PDF with PDFBox.
 */
final class InPlaceCMapPatch {

    /** A {@code bfchar} entry: code, destination. */
    private static final Pattern CHAR_ENTRY =
            Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");

    /** A {@code bfrange} entry: first code, last code, then a destination or an array of them. */
    private static final Pattern RANGE_ENTRY =
            Pattern.compile(
                    "<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(?:<([0-9A-Fa-f]+)>|\\[([^\\]]*)])");

    private static final Pattern HEX = Pattern.compile("<([0-9A-Fa-f]+)>");

    private InPlaceCMapPatch() {}

    /**
     * The patched PDF, the same array when nothing needed patching, or null when it cannot be done.
     */
    static byte[] apply(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int toUnicodeRefs = count(text, "/ToUnicode");
        int cmaps = 0;
        byte[] out = pdf;
        for (int start = text.indexOf("begincmap");
                start >= 0;
                start = text.indexOf("begincmap", start + 1)) {
            int end = text.indexOf("endcmap", start);
            if (end < 0) {
                return null;
            }
            cmaps++;
            for (String section : new String[] {"bfchar", "bfrange"}) {
                for (int s = text.indexOf("begin" + section, start);
                        s >= 0 && s < end;
                        s = text.indexOf("begin" + section, s + 1)) {
                    int e = text.indexOf("end" + section, s);
                    out = patchSection(text, s, e, section.equals("bfrange"), out, pdf);
                    if (out == null) {
                        return null;
                    }
                }
            }
        }
        return cmaps == toUnicodeRefs ? out : null;
    }

    private static byte[] patchSection(
            String text, int from, int to, boolean ranges, byte[] out, byte[] original) {
        Matcher m = (ranges ? RANGE_ENTRY : CHAR_ENTRY).matcher(text).region(from, to);
        while (m.find()) {
            if (!ranges) {
                out = patchHex(out, original, m.start(2), m.group(2));
            } else if (m.group(3) != null) {
                int count = Integer.parseInt(m.group(2), 16) - Integer.parseInt(m.group(1), 16);
                if (!staysConsecutive(m.group(3), count)) {
                    return null;
                }
                out = patchHex(out, original, m.start(3), m.group(3));
            } else if (m.group(4) != null) {
                Matcher item = HEX.matcher(m.group(4));
                while (item.find()) {
                    out = patchHex(out, original, m.start(4) + item.start(1), item.group(1));
                }
            }
        }
        return out;
    }

    /**
     * Whether a range starting at {@code hex} still maps {@code count} further codes one after
     * another.
     */
    private static boolean staysConsecutive(String hex, int count) {
        int last = Integer.parseInt(hex.substring(hex.length() - 4), 16);
        int first = ThaiShaper.originalOf(last);
        for (int i = 1; i <= count; i++) {
            if (ThaiShaper.originalOf(last + i) != first + i) {
                return false;
            }
        }
        return true;
    }

    /**
     * Overwrites, at {@code offset}, each UTF-16 unit of {@code hex} by its original Thai
     * character.
     */
    private static byte[] patchHex(byte[] out, byte[] original, int offset, String hex) {
        for (int i = 0; i + 4 <= hex.length(); i += 4) {
            int unit = Integer.parseInt(hex.substring(i, i + 4), 16);
            int repaired = ThaiShaper.originalOf(unit);
            if (repaired != unit) {
                if (out == original) {
                    out = original.clone();
                }
                byte[] digits =
                        String.format(Locale.ROOT, "%04X", repaired)
                                .getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(digits, 0, out, offset + i, 4);
            }
        }
        return out;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
