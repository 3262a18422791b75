package saraban.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snippet as a page may insert it unescaped: the text escaped anew, and only the {@code <mark>}
 * and {@code </mark>} of the highlighter kept as tags, balanced. Whatever else a snippet might hold
 * (a stray {@code <script>} from a letter's text) shows as text.
 */
final class SafeSnippet {
    private static final Pattern MARK = Pattern.compile("</?mark>");

    private SafeSnippet() {}

    /** {@code snippet} (HTML-escaped, matches in {@code <mark>}) as safe HTML. */
    static String html(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(snippet.length() + 16);
        Matcher m = MARK.matcher(snippet);
        int at = 0;
        boolean open = false;
        while (m.find()) {
            out.append(escape(unescape(snippet.substring(at, m.start()))));
            boolean opening = m.group().equals("<mark>");
            if (opening != open) {
                out.append(m.group());
                open = opening;
            }
            at = m.end();
        }
        out.append(escape(unescape(snippet.substring(at))));
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }

    private static final Pattern ENTITY =
            Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|quot|apos|amp);");

    /** The text the escaped snippet stands for: the entities an HTML escaper writes, read back. */
    private static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String c =
                    switch (e) {
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        case "amp" -> "&";
                        default -> {
                            int cp =
                                    e.startsWith("#x")
                                            ? Integer.parseInt(e.substring(2), 16)
                                            : Integer.parseInt(e.substring(1));
                            yield Character.isValidCodePoint(cp)
                                    ? new String(Character.toChars(cp))
                                    : "\uFFFD";
                        }
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
