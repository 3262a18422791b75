package saraban.receiving;

import java.util.List;
import java.util.regex.Pattern;
import saraban.thai.ThaiDigits;

/**
 * Finds receipt stamps (ตรารับ) in a letter's lines and takes them out, so their office name,
 * number and date are not read as the letter's. A stamp is the receiving office's name, then {@code
 * เลขรับ} (or {@code เลขที่}, {@code รับเลขที่}) with a number, {@code วันที่} with a date and
 * usually {@code เวลา}: the seed letter has the province hall's and a unit's. A {@code วันที่} line
 * followed by a {@code เวลา} line is a stamp's remainder even without its number (scans lose
 * lines).
 */
final class ReceiptStamps {

    private static final Pattern NUMBER =
            Pattern.compile(
                    "(?:รับ ?)?(?:เลข ?(?:ที่|รับ)|เลขทะเบียนรับ)(?: ?ที่)? ?[:.]? ?[0-9].*");
    private static final Pattern DATE = Pattern.compile("วัน ?ที่ ?[:.]? ?[0-9].*");
    private static final Pattern TIME = Pattern.compile("เวลา ?[:.]? ?[0-9].*");

    /** What the top of a letter prints beside where stamps go. */
    private static final Pattern TOP_OF_LETTER =
            Pattern.compile("ด่วน|(?<![\\u0E01-\\u0E4E])ลับ|ตราครุฑ|บันทึกข้อความ");

    /** Lines between a stamp's number and its date: a stamp's lines may be interleaved. */
    private static final int REACH = 3;

    private ReceiptStamps() {}

    /** Removes every stamp's lines from {@code lines}, keeping blank lines. */
    static void remove(List<String> lines) {
        boolean[] stamp = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (matches(NUMBER, lines.get(i))) {
                int date = find(lines, i, DATE);
                if (date >= 0) {
                    stamp[i] = true;
                    stamp[date] = true;
                    int time = find(lines, date, TIME);
                    if (time >= 0) {
                        stamp[time] = true;
                    }
                    int name = officeName(lines, i);
                    if (name >= 0 && !stamp[name]) {
                        stamp[name] = true;
                    }
                }
            } else if (matches(DATE, lines.get(i)) && !stamp[i]) {
                int time = find(lines, i, TIME);
                if (time == nextNonBlank(lines, i)) {
                    stamp[i] = true;
                    stamp[time] = true;
                }
            }
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (stamp[i]) {
                lines.remove(i);
            }
        }
    }

    /**
     * The stamp's office name above its number line: the nearest line with no digits that is not
     * one of the letter's labelled lines, passing over a line of the letter's top (urgency,
     * secrecy, emblem) that the page's rows put between them.
     */
    private static int officeName(List<String> lines, int number) {
        int i = previousNonBlank(lines, number);
        if (i >= 0 && TOP_OF_LETTER.matcher(lines.get(i)).find()) {
            i = previousNonBlank(lines, i);
        }
        if (i < 0) {
            return -1;
        }
        String line = lines.get(i);
        boolean name =
                !ThaiDigits.toArabic(line).matches(".*[0-9].*")
                        && !TOP_OF_LETTER.matcher(line).find()
                        && LetterLines.after(line, "ที่") == null
                        && LetterLines.after(line, "เรื่อง") == null;
        return name ? i : -1;
    }

    private static boolean matches(Pattern p, String line) {
        return p.matcher(ThaiDigits.toArabic(line)).matches();
    }

    /** The first line within {@link #REACH} non-blank lines after {@code i} matching {@code p}. */
    private static int find(List<String> lines, int i, Pattern p) {
        int j = i;
        for (int seen = 0; seen < REACH; seen++) {
            j = nextNonBlank(lines, j);
            if (j < 0) {
                return -1;
            }
            if (matches(p, lines.get(j))) {
                return j;
            }
        }
        return -1;
    }

    private static int nextNonBlank(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isEmpty()) {
                return j;
            }
        }
        return -1;
    }

    private static int previousNonBlank(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).isEmpty()) {
                return j;
            }
        }
        return -1;
    }
}
