package saraban.receiving;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import saraban.thai.ThaiDigits;
import saraban.thai.ThaiNormalizer;
import saraban.thai.ThaiShaper;

/**
 * A letter's text as lines ready to read: normalised ({@link ThaiNormalizer}), spaces collapsed,
 * dotted leaders and page numbers gone, receipt stamps taken out. A blank line separates blocks
 * when the text has them (PDF text rebuilt by {@link PdfLines} has one wherever the letter leaves
 * extra space; scanned text often has them too); {@link #hasBlocks()} says whether it does.
 */
final class LetterLines {

    private static final Pattern SPACE_BEFORE_MARK =
            Pattern.compile("[\\s\\u00A0]+(?=\\p{Mn})", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Dotted leaders after memo labels ({@code ........}), also spaced or as ellipses; a single
     * ellipsis is punctuation and stays.
     */
    private static final Pattern LEADER = Pattern.compile("(?:\\.\\s?){3,}|…{2,}|_{3,}");

    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Page numbers from page 2 on: {@code - ๒ -}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("-\\s*[0-9]+\\s*-");

    private final List<String> lines;
    private final boolean blocks;

    /**
     * The first lines, where a heading is looked for: urgency, emblem, ที่ and the agency's
     * address, the date, receipt stamps, เรื่อง and the salutation fit well within them.
     */
    static final int HEADING_LINES = 30;

    private LetterLines(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.blocks =
                lines.subList(0, Math.min(lines.size(), HEADING_LINES)).stream()
                        .anyMatch(String::isEmpty);
    }

    static LetterLines of(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            String line = clean(raw);
            if (!PAGE_NUMBER.matcher(ThaiDigits.toArabic(line)).matches()) {
                lines.add(line);
            }
        }
        ReceiptStamps.remove(lines);
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        return new LetterLines(squeezeBlankRuns(lines));
    }

    /**
     * One line cleaned: the fonts' private-use mark variants back to Thai ({@link
     * ThaiShaper#unshape}), spaces before combining marks dropped (text layers put them there),
     * normalised, leaders out, spaces collapsed.
     */
    static String clean(String line) {
        String t = SPACE_BEFORE_MARK.matcher(ThaiShaper.unshape(line)).replaceAll("");
        t = ThaiNormalizer.normalize(t);
        t = LEADER.matcher(t).replaceAll(" ");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    int size() {
        return lines.size();
    }

    String get(int i) {
        return lines.get(i);
    }

    boolean isBlank(int i) {
        return lines.get(i).isEmpty();
    }

    /**
     * Whether blank lines separate the blocks of the letter's heading, so that a block's lines can
     * be told apart (a page break alone does not count).
     */
    boolean hasBlocks() {
        return blocks;
    }

    /** The first non-blank line after {@code i}, or {@link #size()}. */
    int next(int i) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isEmpty()) {
            j++;
        }
        return j;
    }

    /** The last non-blank line before {@code i}, or -1. */
    int previous(int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).isEmpty()) {
            j--;
        }
        return j;
    }

    /**
     * The rest of {@code line} after the label {@code label} standing as a word ({@code เรื่อง
     * การ...} → {@code การ...}), or {@code null} when the line does not start with it. Spaces
     * inside the label are skipped, as scanned text has them; a colon after it is allowed.
     */
    static String after(String line, String label) {
        int end = labelEnd(line, label);
        if (end < 0) {
            return null;
        }
        if (end < line.length()) {
            char c = line.charAt(end);
            if (c != ' ' && c != ':') {
                return null;
            }
        }
        return stripColon(line.substring(end));
    }

    /** Like {@link #after}, for a word printed joined to what follows: {@code คำสั่งจังหวัด...}. */
    static String afterJoined(String line, String word) {
        int end = labelEnd(line, word);
        return end < 0 ? null : stripColon(line.substring(end));
    }

    private static int labelEnd(String line, String label) {
        int i = 0;
        for (int k = 0; k < label.length(); k++) {
            while (k > 0 && i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= line.length() || line.charAt(i) != label.charAt(k)) {
                return -1;
            }
            i++;
        }
        return i;
    }

    private static String stripColon(String rest) {
        String t = rest.strip();
        return t.startsWith(":") ? t.substring(1).strip() : t;
    }

    /**
     * Lines a printed field wrapped over, joined back: without a space between two Thai letters
     * (Thai breaks lines between words, not at spaces), with one otherwise.
     */
    static String join(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                boolean thaiBoth = isThai(out.charAt(out.length() - 1)) && isThai(part.charAt(0));
                if (!thaiBoth) {
                    out.append(' ');
                }
            }
            out.append(part);
        }
        return out.toString();
    }

    /** A Thai letter, vowel, mark or digit. */
    static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E5B';
    }

    private static List<String> squeezeBlankRuns(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!line.isEmpty() || (!out.isEmpty() && !out.get(out.size() - 1).isEmpty())) {
                out.add(line);
            }
        }
        return out;
    }
}
