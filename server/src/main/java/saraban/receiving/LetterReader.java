package saraban.receiving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import saraban.receiving.LetterMetadata.Kind;
import saraban.thai.ThaiDates;

/**
 * Reads one letter's heading from its {@link LetterLines}. The labels of the regulation's forms
 * lead: {@code ที่}, {@code ส่วนราชการ}, {@code วันที่}, {@code เรื่อง}, the salutation ({@code
 * เรียน}, {@code กราบเรียน}, … or {@code ถึง}). Only the heading is read for the number, so numbers
 * quoted under อ้างถึง, สิ่งที่ส่งมาด้วย or in the body are never taken for the letter's.
 */
final class LetterReader {

    /** Salutations, longest first so that กราบเรียน is not read as a word starting กราบ. */
    static final List<String> SALUTATIONS =
            List.of(
                    "ขอประทานกราบทูล",
                    "กราบบังคมทูล",
                    "กราบเรียน",
                    "กราบทูล",
                    "นมัสการ",
                    "เรียน",
                    "ทูล");

    static final String TO = "ถึง";

    /**
     * Labels that start a heading part, so a wrapped value ends before them. Not ที่: a wrapped
     * subject may go on with {@code ที่ ๒/๒๕๖๓} (ครั้ง|ที่).
     */
    private static final List<String> LABELS =
            List.of("เรื่อง", "อ้างถึง", "อ้างอิง", "สิ่งที่ส่งมาด้วย", "สิ่งที่แนบมาด้วย", TO);

    /** At most this many lines for a wrapped value: subjects run to three or four. */
    private static final int MAX_WRAPPED = 4;

    /**
     * A line this long (characters) may have wrapped; a shorter one ended where it did. A full line
     * of a letter holds 75 to 95; a long word carried over leaves no less than about 50.
     */
    static final int FULL_LINE = 45;

    /** Characters' room a label (เรื่อง, เรียน) takes on its line. */
    private static final int LABEL_WIDTH = 8;

    private static final Pattern URGENCY =
            Pattern.compile("(?<![\\u0E01-\\u0E4E])ด่วน ?(ที่ ?สุด|มาก)?(?![\\u0E01-\\u0E4E])");
    private static final Pattern SECRECY =
            Pattern.compile("(?<![\\u0E01-\\u0E4E])ลับ ?(ที่ ?สุด|มาก)?(?![\\u0E01-\\u0E4E])");
    private static final Pattern SIGNED_ON =
            Pattern.compile("(?:สั่ง|ประกาศ|ให้ไว้) ?ณ ?วันที่ ?(.+)");

    final LetterLines lines;
    final int subject;
    final int salutation;
    final boolean splitSalutation;
    final int headingEnd;
    final Kind kind;

    LetterReader(LetterLines lines) {
        this.lines = lines;
        this.subject =
                findHeading(Math.min(lines.size(), LetterLines.HEADING_LINES), List.of("เรื่อง"));
        this.salutation = findSalutation();
        this.splitSalutation =
                salutation >= 0 && LetterLines.after(lines.get(salutation), "กราบ") != null;
        int end = lines.size();
        for (int i : new int[] {subject, salutation}) {
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        this.headingEnd = end == lines.size() ? Math.min(end, LetterLines.HEADING_LINES) : end;
        this.kind = kind();
    }

    /**
     * The salutation's line near the subject; {@code ถึง} (a stamped letter's) only when there is
     * no salutation, since a wrapped subject may go on with {@code ถึง ...}.
     */
    private int findSalutation() {
        int to = Math.min(lines.size(), subject >= 0 ? subject + 12 : LetterLines.HEADING_LINES);
        for (int i = 0; i < to; i++) {
            if (salutationOf(i) != null) {
                return i;
            }
        }
        return findHeading(to, List.of(TO));
    }

    /** The first line before {@code to} that starts with a label and is not inside a paragraph. */
    private int findHeading(int to, List<String> labels) {
        for (int i = 0; i < to; i++) {
            if (findLabel(i, i + 1, labels) >= 0 && !continuesParagraph(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The salutation the line starts with; กราบ over เรียน on the next line is กราบเรียน. */
    String salutationOf(int i) {
        String line = lines.get(i);
        for (String s : SALUTATIONS) {
            if (LetterLines.after(line, s) != null) {
                return s;
            }
        }
        int next = lines.next(i);
        if (LetterLines.after(line, "กราบ") != null
                && next < lines.size()
                && LetterLines.after(lines.get(next), "เรียน") != null) {
            return "กราบเรียน"; // the label wrapped in its narrow column
        }
        return null;
    }

    private Kind kind() {
        for (int i = 0; i < headingEnd; i++) {
            String line = lines.get(i);
            if (line.replace(" ", "").contains("บันทึกข้อความ")
                    || LetterLines.after(line, "ส่วนราชการ") != null) {
                return Kind.MEMO;
            }
            if (LetterLines.afterJoined(line, "คำสั่ง") != null) {
                return Kind.ORDER;
            }
            String announced = LetterLines.afterJoined(line, "ประกาศ");
            if (announced != null && !announced.startsWith("ณ")) {
                return Kind.ANNOUNCEMENT;
            }
        }
        if (salutation >= 0 && LetterLines.after(lines.get(salutation), TO) != null) {
            return Kind.STAMPED;
        }
        return Kind.EXTERNAL;
    }

    /** The first line in [from, to) that starts with one of {@code labels}, or -1. */
    int findLabel(int from, int to, List<String> labels) {
        for (int i = from; i < to; i++) {
            for (String label : labels) {
                if (LetterLines.after(lines.get(i), label) != null) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether the line starts a heading part, so that a wrapped value stops before it. */
    boolean isLabel(int i) {
        String line = lines.get(i);
        return findLabel(i, i + 1, LABELS) >= 0
                || salutationOf(i) != null
                || SIGNED_ON.matcher(line).matches();
    }

    /**
     * The value of the labelled line {@code i} ({@code rest} is the text after the label) with the
     * lines it wrapped onto. With blocks, the value runs to the block's end or the next label;
     * without, only up to a label that {@code untilLabel} requires to follow within reach.
     */
    String value(int i, String rest, boolean untilLabel) {
        List<String> parts = new ArrayList<>(List.of(rest));
        int j = i + 1;
        if (lines.hasBlocks()) {
            while (j < lines.size()
                    && !lines.isBlank(j)
                    && !isLabel(j)
                    && j - i <= MAX_WRAPPED
                    && mayHaveWrapped(parts)) {
                parts.add(lines.get(j++));
            }
        } else if (untilLabel && mayHaveWrapped(parts)) {
            int k = j;
            while (k < lines.size() && !isLabel(k) && k - i <= MAX_WRAPPED) {
                k++;
            }
            if (k < lines.size() && isLabel(k)) {
                parts.addAll(linesBetween(j, k));
            }
        }
        return LetterLines.join(parts);
    }

    /** Whether the value's last line was full; its first line shares the row with the label. */
    private static boolean mayHaveWrapped(List<String> parts) {
        int room = parts.size() == 1 ? FULL_LINE - LABEL_WIDTH : FULL_LINE;
        return parts.get(parts.size() - 1).length() >= room;
    }

    /**
     * Whether line {@code i} goes on from a paragraph above it in the same block (a long line), so
     * that a label word it starts with ({@code เรื่อง “...”}) is the paragraph's, not a heading.
     */
    boolean continuesParagraph(int i) {
        if (i == 0 || lines.isBlank(i - 1)) {
            return false;
        }
        String above = lines.get(i - 1);
        return above.length() >= FULL_LINE + 15
                && findLabel(i - 1, i, List.of("ที่", "วันที่", "ส่วนราชการ", "เรื่อง")) < 0
                && salutationOf(i - 1) == null;
    }

    List<String> linesBetween(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int j = from; j < to; j++) {
            if (!lines.isBlank(j)) {
                out.add(lines.get(j));
            }
        }
        return out;
    }

    String urgency() {
        return grade(URGENCY, "ด่วน");
    }

    String secrecy() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("ลับ") || line.equals("ลับมาก") || line.equals("ลับที่สุด")) {
                return line;
            }
        }
        return grade(SECRECY, "ลับ");
    }

    /** A grade printed at the top, before the heading's first label: ด่วนที่สุด, ลับมาก. */
    private String grade(Pattern pattern, String word) {
        int end = Math.min(headingEnd, firstLabelled());
        for (int i = 0; i < end; i++) {
            Matcher m = pattern.matcher(lines.get(i));
            if (m.find()) {
                return m.group(1) == null ? word : word + m.group(1).replace(" ", "");
            }
        }
        return null;
    }

    /** The first line with ที่ or ส่วนราชการ, where the heading's fields start. */
    private int firstLabelled() {
        int i = findLabel(0, headingEnd, List.of("ที่", "ส่วนราชการ"));
        return i < 0 ? headingEnd : i;
    }

    LocalDate dateOf(String text) {
        return text == null ? null : ThaiDates.readThaiDate(text).orElse(null);
    }

    /** A line that is a date and nothing else, as an external letter's date line. */
    boolean isDateLine(int i) {
        String line = lines.get(i);
        return line.length() <= 40 && dateOf(line) != null;
    }

    /** {@code สั่ง ณ วันที่ ...}, {@code ประกาศ ณ วันที่ ...}: the date an order or notice ends. */
    LocalDate signedOn() {
        for (int i = Math.max(subject, 0); i < lines.size(); i++) {
            Matcher m = SIGNED_ON.matcher(lines.get(i));
            if (m.matches()) {
                return dateOf(m.group(1));
            }
        }
        return null;
    }
}
