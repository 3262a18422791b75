package saraban.receiving;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import saraban.receiving.LetterMetadata.Kind;
import saraban.registers.ReferenceNumber;

/**
 * The heading's fields: the number after {@code ที่}, the date, the subject and the addressee, each
 * by the rule of the letter's {@link Kind}. The sender has its own rules in {@link Senders}.
 */
final class HeadingFields {

    /**
     * The heading's {@code ที่} line: the number as printed, and what follows it on the line (the
     * agency when a heading's two columns run together, {@code วันที่ ...} in a memo).
     */
    record Numbered(int line, String printed, String rest) {}

    private HeadingFields() {}

    /**
     * The first {@code ที่} line of the heading with a number on it: the longest run of words after
     * ที่ that reads as a {@link ReferenceNumber}, or else the words up to {@code วันที่} when they
     * hold a digit (an agency's own numbering the reader does not know).
     */
    static Numbered number(LetterReader r) {
        for (int i = 0; i < r.headingEnd; i++) {
            String rest = LetterLines.after(r.lines.get(i), "ที่");
            if (rest == null || rest.isEmpty()) {
                continue;
            }
            String[] words = rest.split(" ");
            for (int k = words.length; k > 0; k--) {
                String candidate = String.join(" ", Arrays.copyOfRange(words, 0, k));
                if (parses(candidate)) {
                    return new Numbered(
                            i,
                            candidate,
                            String.join(" ", Arrays.copyOfRange(words, k, words.length)));
                }
            }
            int date = rest.indexOf("วันที่");
            String printed = date < 0 ? rest : rest.substring(0, date).strip();
            if (printed.chars().anyMatch(Character::isDigit) && printed.length() <= 40) {
                return new Numbered(i, printed, date < 0 ? "" : rest.substring(date));
            }
        }
        return null;
    }

    private static boolean parses(String text) {
        try {
            ReferenceNumber.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The line the letter's date was read from, or -1; and the date itself. */
    record Dated(int line, LocalDate date) {
        static final Dated NONE = new Dated(-1, null);
    }

    /**
     * The letter's date: a memo's {@code วันที่}; the date line under an external letter's address
     * (or, in scanned text, standing alone after the salutation); an order's {@code สั่ง ณ วันที่};
     * a stamped letter's last date line, under the seal.
     */
    static Dated date(LetterReader r, Numbered number) {
        LetterLines lines = r.lines;
        switch (r.kind) {
            case MEMO -> {
                if (number != null) {
                    LocalDate d = r.dateOf(LetterLines.after(number.rest(), "วันที่"));
                    if (d != null) {
                        return new Dated(number.line(), d);
                    }
                }
                int i = r.findLabel(0, r.headingEnd, List.of("วันที่"));
                if (i >= 0) {
                    LocalDate d = r.dateOf(LetterLines.after(lines.get(i), "วันที่"));
                    if (d != null) {
                        return new Dated(i, d);
                    }
                }
            }
            case ORDER, ANNOUNCEMENT -> {
                LocalDate d = r.signedOn();
                if (d != null) {
                    return new Dated(-1, d);
                }
            }
            case STAMPED -> {
                for (int i = lines.size() - 1; i > Math.max(r.salutation, 0); i--) {
                    if (!lines.isBlank(i) && r.isDateLine(i)) {
                        return new Dated(i, r.dateOf(lines.get(i)));
                    }
                }
            }
            case EXTERNAL -> {
                int from = number != null ? number.line() + 1 : 0;
                Dated d = firstDateLine(r, from, r.headingEnd);
                return d != Dated.NONE ? d : dateLineAfterSalutation(r);
            }
        }
        return firstDateLine(r, 0, r.headingEnd);
    }

    private static Dated firstDateLine(LetterReader r, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!r.lines.isBlank(i) && r.isDateLine(i)) {
                return new Dated(i, r.dateOf(r.lines.get(i)));
            }
        }
        return Dated.NONE;
    }

    /**
     * Scans put page parts out of order (the seed's Interior letter has its date after เรียน): a
     * date line among the short lines after the salutation, before the body's first long line. With
     * blocks it must be a block of its own; without, it must not finish a {@code ลงวันที่}.
     */
    private static Dated dateLineAfterSalutation(LetterReader r) {
        LetterLines lines = r.lines;
        if (r.salutation < 0) {
            return Dated.NONE;
        }
        int i = r.salutation;
        for (int seen = 0; seen < 8; seen++) {
            int previous = i;
            i = lines.next(i);
            if (i >= lines.size()) {
                break;
            }
            String line = lines.get(i);
            if (r.isDateLine(i)) {
                boolean alone =
                        lines.hasBlocks()
                                ? lines.isBlank(i - 1)
                                        && (i + 1 >= lines.size() || lines.isBlank(i + 1))
                                : !lines.get(previous).endsWith("วันที่");
                if (alone) {
                    return new Dated(i, r.dateOf(line));
                }
            } else if (!r.isLabel(i) && line.length() >= LetterReader.FULL_LINE + 15) {
                break; // the body
            }
        }
        return Dated.NONE;
    }

    /** เรื่อง with the lines it wrapped onto; up to the salutation when one follows. */
    static String subject(LetterReader r) {
        if (r.subject < 0) {
            return null;
        }
        String rest = LetterLines.after(r.lines.get(r.subject), "เรื่อง");
        boolean salutationFollows = r.salutation > r.subject;
        return r.value(r.subject, rest, salutationFollows);
    }

    /** Who the letter is to: after เรียน (กราบเรียน, …) or a stamped letter's ถึง. */
    static String addressee(LetterReader r) {
        if (r.salutation < 0 || r.kind == Kind.ORDER || r.kind == Kind.ANNOUNCEMENT) {
            return null;
        }
        String line = r.lines.get(r.salutation);
        if (r.splitSalutation) {
            int next = r.lines.next(r.salutation);
            String first = r.value(r.salutation, LetterLines.after(line, "กราบ"), false);
            String second = r.value(next, LetterLines.after(r.lines.get(next), "เรียน"), false);
            return LetterLines.join(List.of(first, second));
        }
        return r.value(r.salutation, LetterLines.after(line, salutation(r)), false);
    }

    /** The salutation word: {@code เรียน}, {@code กราบเรียน}, … or {@code ถึง}. */
    static String salutation(LetterReader r) {
        if (r.salutation < 0 || r.kind == Kind.ORDER || r.kind == Kind.ANNOUNCEMENT) {
            return null;
        }
        String word = r.salutationOf(r.salutation);
        return word != null ? word : LetterReader.TO;
    }
}
