package saraban.receiving;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import saraban.receiving.HeadingFields.Dated;
import saraban.receiving.HeadingFields.Numbered;

/**
 * Which text is the sender (the receive register's จาก), by the letter's kind:
 *
 * <ul>
 *   <li>external letter: the issuing agency, the first line of the address block at the top right
 *       ({@code ศาลากลางจังหวัดสมุทรสงคราม}), with the line it wrapped onto, without the address;
 *   <li>memo: the ส่วนราชการ line without its telephone number;
 *   <li>stamped letter: the agency printed under the text, above the seal and the date;
 *   <li>order and announcement: the agency after {@code คำสั่ง} or {@code ประกาศ} in the title.
 * </ul>
 */
final class Senders {

    /** Words an address line starts with, so it is not read as the agency's name wrapped. */
    private static final Pattern ADDRESS =
            Pattern.compile(
                    "(?:เลขที่|ถนน|ถ\\.|ซอย|ซ\\.|หมู่|ตำบล|ต\\.|อำเภอ|อ\\.|แขวง|เขต|กรุงเทพ|กทม|ศาลากลาง|"
                            + "ที่ว่าการ|อาคาร|ชั้น|ตู้|ป\\.ณ|โทร).*");

    private static final Pattern DIGIT = Pattern.compile(".*[0-9\\u0E50-\\u0E59].*");

    /** The telephone after a memo's ส่วนราชการ: {@code โทร. ๐ ๓๔๗๑ ๓๓๐๘}. */
    private static final Pattern PHONE = Pattern.compile("(?:^| )โทร.*$");

    /** Page furniture and grades a heading line may hold besides the agency. */
    private static final Pattern NOISE =
            Pattern.compile("(?:ตราครุฑ|บันทึกข้อความ|ด่วน(?:ที่สุด|มาก)?|ลับ(?:ที่สุด|มาก)?| )*");

    /** Typed initials of the person in charge beside a stamped letter's seal: {@code ศ.ใ.}. */
    private static final Pattern INITIALS = Pattern.compile("[^ ]{1,4}|[^ ]{0,10}\\.[^ ]{0,10}");

    private Senders() {}

    static String of(LetterReader r, Numbered number, Dated date) {
        return switch (r.kind) {
            case EXTERNAL -> external(r, number);
            case MEMO -> memo(r);
            case STAMPED -> stamped(r, date);
            case ORDER -> titled(r, "คำสั่ง");
            case ANNOUNCEMENT -> titled(r, "ประกาศ");
        };
    }

    private static String external(LetterReader r, Numbered number) {
        LetterLines lines = r.lines;
        int end = r.headingEnd;
        if (number != null
                && !number.rest().isEmpty()
                && LetterLines.after(number.rest(), "วันที่") == null
                && r.dateOf(number.rest()) == null) {
            return wrapped(r, number.line(), number.rest(), end); // the columns ran together
        }
        int from = number != null ? number.line() : -1;
        for (int i = lines.next(from); i < end; i = lines.next(i)) {
            if (r.isDateLine(i)) {
                break; // no agency between ที่ and the date
            }
            if (!NOISE.matcher(lines.get(i)).matches()) {
                return wrapped(r, i, lines.get(i), end);
            }
        }
        if (number != null) {
            int above = lines.previous(number.line()); // the agency set a little higher than ที่
            if (above >= 0
                    && !NOISE.matcher(lines.get(above)).matches()
                    && !DIGIT.matcher(lines.get(above)).matches()) {
                return lines.get(above);
            }
        }
        return null;
    }

    /**
     * An agency's name and the line it wrapped onto: the next line of the block, when it has no
     * digits, does not start an address and more of the block follows (the address).
     */
    private static String wrapped(LetterReader r, int i, String first, int end) {
        LetterLines lines = r.lines;
        List<String> parts = new ArrayList<>(List.of(first));
        int j = i;
        while (parts.size() < 3) {
            int k = lines.next(j);
            boolean sameBlock = !lines.hasBlocks() || k == j + 1;
            if (k >= end || !sameBlock) {
                break;
            }
            String line = lines.get(k);
            int after = lines.next(k);
            boolean moreFollows =
                    after < end && (!lines.hasBlocks() || after == k + 1) && !r.isDateLine(after);
            if (DIGIT.matcher(line).matches()
                    || ADDRESS.matcher(line).matches()
                    || r.isLabel(k)
                    || !moreFollows) {
                break;
            }
            parts.add(line);
            j = k;
        }
        return LetterLines.join(parts);
    }

    private static String memo(LetterReader r) {
        int i = r.findLabel(0, r.headingEnd, List.of("ส่วนราชการ"));
        if (i < 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(LetterLines.after(r.lines.get(i), "ส่วนราชการ"));
        for (int j = i + 1; j < r.headingEnd && parts.size() < 4; j++) {
            String line = r.lines.get(j);
            if (LetterLines.after(line, "ที่") != null || r.isLabel(j)) {
                break;
            }
            parts.add(line);
        }
        return PHONE.matcher(LetterLines.join(parts)).replaceFirst("").strip();
    }

    /** Above the last date line: the agency, over the seal's place and the typed initials. */
    private static String stamped(LetterReader r, Dated date) {
        LetterLines lines = r.lines;
        if (date.line() < 0) {
            return null;
        }
        int i = lines.previous(date.line());
        for (int skipped = 0; i > r.salutation && skipped < 3; skipped++) {
            String line = lines.get(i);
            boolean seal = line.contains("ตรา") && line.length() <= 25;
            boolean initials = INITIALS.matcher(line).matches() || line.startsWith("(");
            if (!seal && !initials) {
                break;
            }
            i = lines.previous(i);
        }
        if (i <= r.salutation) {
            return null;
        }
        List<String> parts = new ArrayList<>(List.of(lines.get(i)));
        if (lines.hasBlocks() && i - 1 > r.salutation && !lines.isBlank(i - 1)) {
            parts.add(0, lines.get(i - 1)); // a name wrapped over two centred lines
        }
        return LetterLines.join(parts);
    }

    /**
     * {@code คำสั่งจังหวัดสมุทรสงคราม}: the agency after the title word, maybe on the next line.
     */
    private static String titled(LetterReader r, String word) {
        for (int i = 0; i < r.headingEnd; i++) {
            String rest = LetterLines.afterJoined(r.lines.get(i), word);
            if (rest == null) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(rest));
            for (int j = i + 1; j < r.headingEnd && parts.size() < 3; j++) {
                String line = r.lines.get(j);
                if (line.isEmpty() || LetterLines.after(line, "ที่") != null || r.isLabel(j)) {
                    break;
                }
                parts.add(line);
            }
            return LetterLines.join(parts);
        }
        return null;
    }
}
