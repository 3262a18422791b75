package saraban.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import saraban.thai.ThaiShaper;

/**
 * A ToUnicode CMap as written by FOP and PDFBox: a header, {@code bfchar} and {@code bfrange}
 * sections, a trailer. Only what a text layer needs is modelled: character code (hex, fixed width)
 * to Unicode text.
 */
record ToUnicodeMap(
        String header, String trailer, int codeHexDigits, Map<Integer, String> codeToText) {

    private static final Pattern FIRST_SECTION = Pattern.compile("\\d+\\s+beginbf(char|range)");
    private static final Pattern LAST_SECTION = Pattern.compile("endbf(char|range)");
    private static final Pattern SECTION =
            Pattern.compile("beginbf(char|range)(.*?)endbf(?:char|range)", Pattern.DOTALL);
    private static final Pattern HEX = Pattern.compile("<([0-9A-Fa-f]*)>");
    private static final Pattern RANGE_ARRAY =
            Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*\\[(.*?)]", Pattern.DOTALL);
    private static final Pattern RANGE_HEX =
            Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern CHAR_PAIR =
            Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]*)>");

    static ToUnicodeMap parse(String cmap) {
        Matcher first = FIRST_SECTION.matcher(cmap);
        if (!first.find()) {
            return new ToUnicodeMap(cmap, "", 4, Map.of());
        }
        int start = first.start();
        int end = start;
        Matcher last = LAST_SECTION.matcher(cmap);
        while (last.find(end)) {
            end = last.end();
        }
        Map<Integer, String> map = new TreeMap<>();
        int digits = 4;
        Matcher section = SECTION.matcher(cmap.substring(start, end));
        while (section.find()) {
            String body = section.group(2);
            if (section.group(1).equals("char")) {
                Matcher pair = CHAR_PAIR.matcher(body);
                while (pair.find()) {
                    digits = pair.group(1).length();
                    map.put(Integer.parseInt(pair.group(1), 16), utf16(pair.group(2)));
                }
            } else {
                digits = parseRanges(body, map, digits);
            }
        }
        return new ToUnicodeMap(cmap.substring(0, start), cmap.substring(end), digits, map);
    }

    private static int parseRanges(String body, Map<Integer, String> map, int digits) {
        Matcher arrays = RANGE_ARRAY.matcher(body);
        while (arrays.find()) {
            int from = Integer.parseInt(arrays.group(1), 16);
            Matcher item = HEX.matcher(arrays.group(3));
            for (int code = from; item.find(); code++) {
                map.put(code, utf16(item.group(1)));
            }
            digits = arrays.group(1).length();
        }
        Matcher ranges = RANGE_HEX.matcher(RANGE_ARRAY.matcher(body).replaceAll(""));
        while (ranges.find()) {
            int from = Integer.parseInt(ranges.group(1), 16);
            int to = Integer.parseInt(ranges.group(2), 16);
            String dest = utf16(ranges.group(3));
            for (int code = from; code <= to; code++) {
                int offset = code - from;
                // the last UTF-16 unit increments along the range
                char lastUnit = (char) (dest.charAt(dest.length() - 1) + offset);
                map.put(code, dest.substring(0, dest.length() - 1) + lastUnit);
            }
            digits = ranges.group(1).length();
        }
        return digits;
    }

    /**
     * The same map with every Thai positional variant mapped back to the character it stands for.
     */
    ToUnicodeMap withOriginalThai() {
        Map<Integer, String> repaired = new TreeMap<>();
        codeToText.forEach((code, text) -> repaired.put(code, ThaiShaper.unshape(text)));
        return new ToUnicodeMap(header, trailer, codeHexDigits, repaired);
    }

    /** The CMap program text, mappings written as {@code bfchar} blocks of at most 100 entries. */
    String toCMap() {
        StringBuilder out = new StringBuilder(header);
        String codeFormat = "<%0" + codeHexDigits + "X> <";
        int inBlock = 0;
        int remaining = codeToText.size();
        for (Map.Entry<Integer, String> e : codeToText.entrySet()) {
            if (inBlock == 0) {
                if (remaining < codeToText.size()) {
                    out.append('\n');
                }
                out.append(Math.min(100, remaining)).append(" beginbfchar\n");
            }
            out.append(String.format(Locale.ROOT, codeFormat, e.getKey()));
            for (int i = 0; i < e.getValue().length(); i++) {
                out.append(String.format(Locale.ROOT, "%04X", (int) e.getValue().charAt(i)));
            }
            out.append(">\n");
            inBlock++;
            remaining--;
            if (inBlock == 100 || remaining == 0) {
                out.append("endbfchar");
                inBlock = 0;
            }
        }
        return out.append(trailer).toString();
    }

    private static String utf16(String hex) {
        StringBuilder text = new StringBuilder(hex.length() / 4);
        for (int i = 0; i + 4 <= hex.length(); i += 4) {
            text.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
        }
        return text.toString();
    }
}
