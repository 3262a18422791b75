package saraban.search;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import saraban.thai.ThaiNormalizer;

/**
 * {@link ThaiNormalizer} as a Lucene {@code CharFilter}: zero-width characters out, {@code ํา} →
 * {@code ำ}, {@code เเ} → {@code แ}, doubled marks once, NFC; optionally a space wherever a letter
 * meets a digit ({@code ว147} → {@code ว 147}, {@code PM2.5} → {@code PM 2.5}). Offsets still point
 * into the original text, so highlights land on the right characters.
 *
 * <p>The normaliser works on whole strings, so this filter gives it one whitespace-separated run at
 * a time; most runs come back unchanged. A run that changes is normalised again in small pieces cut
 * where no repair can reach across (before a base character that is not ZW, า, ำ or a second เ, and
 * that starts an NFC segment), and each piece that shrinks records its offset correction.
 */
final class ThaiNormalizingCharFilter extends BaseCharFilter {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final boolean spaceBetweenLettersAndDigits;

    /** The original offset minus the filtered one, from the last correction on. */
    private int diff;

    private String normalized;
    private int position;

    /**
     * @param spaceBetweenLettersAndDigits whether to insert a space where a letter (or its mark)
     *     meets a decimal digit, either way round
     */
    ThaiNormalizingCharFilter(Reader in, boolean spaceBetweenLettersAndDigits) {
        super(in);
        this.spaceBetweenLettersAndDigits = spaceBetweenLettersAndDigits;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (normalized == null) {
            normalized = normalize(readAll());
        }
        if (position >= normalized.length()) {
            return -1;
        }
        int n = Math.min(length, normalized.length() - position);
        normalized.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[4096];
        for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }

    private String normalize(String text) {
        if (ThaiNormalizer.isNormalized(text)) {
            // Most text needs no repair: then no run does, and only the spaces are left to add.
            if (!spaceBetweenLettersAndDigits) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length() + 16);
            append(text, out);
            return out.toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String run = text.substring(i, end);
            String whole = ThaiNormalizer.normalize(run);
            if (whole.equals(run)) {
                append(run, out);
            } else if (!normalizeInPieces(run, whole, out)) {
                append(whole, out);
                correct(run.length() - whole.length(), out);
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * Appends {@code run} normalised piece by piece, each piece that changes length corrected, and
     * returns true; or appends nothing and returns false when the pieces do not add up to {@code
     * whole}, the run normalised at once (the caller then corrects the run as one piece).
     */
    private boolean normalizeInPieces(String run, String whole, StringBuilder out) {
        List<String> pieces = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= run.length(); k++) {
            if (k == run.length() || isSafeCut(run, k)) {
                pieces.add(run.substring(start, k));
                fixed.add(ThaiNormalizer.normalize(pieces.get(pieces.size() - 1)));
                start = k;
            }
        }
        if (!String.join("", fixed).equals(whole)) {
            return false;
        }
        for (int p = 0; p < pieces.size(); p++) {
            append(fixed.get(p), out);
            correct(pieces.get(p).length() - fixed.get(p).length(), out);
        }
        return true;
    }

    /** Records that the text appended last is {@code shrunk} characters shorter than it was. */
    private void correct(int shrunk, StringBuilder out) {
        if (shrunk != 0) {
            diff += shrunk;
            addOffCorrectMap(out.length(), diff);
        }
    }

    /**
     * Appends normalised text, with a space at each letter/digit border when asked; the text after
     * an inserted space maps one character back, the space itself onto the character it precedes.
     */
    private void append(String piece, StringBuilder out) {
        if (!spaceBetweenLettersAndDigits) {
            out.append(piece);
            return;
        }
        for (int k = 0; k < piece.length(); k++) {
            char c = piece.charAt(k);
            if (out.length() > 0 && isBorder(out.charAt(out.length() - 1), c)) {
                out.append(' ');
                diff--;
                addOffCorrectMap(out.length(), diff);
            }
            out.append(c);
        }
    }

    private static boolean isBorder(char before, char c) {
        boolean digit = Character.isDigit(c);
        boolean digitBefore = Character.isDigit(before);
        if (digit == digitBefore) {
            return false;
        }
        char letter = digit ? before : c;
        int type = Character.getType(letter);
        return Character.isLetter(letter)
                || (digit
                        && (type == Character.NON_SPACING_MARK
                                || type == Character.COMBINING_SPACING_MARK));
    }

    /**
     * Whether no repair of the normaliser is likely to involve characters on both sides of {@code
     * k}. Zero-width characters stand alone, so that their removal is corrected where they were.
     */
    private static boolean isSafeCut(String run, int k) {
        char c = run.charAt(k);
        char before = run.charAt(k - 1);
        if (Character.isSurrogate(c) || Character.isSurrogate(before)) {
            return false;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return false;
        }
        if (type == Character.FORMAT || Character.getType(before) == Character.FORMAT) {
            return true;
        }
        if (c == '\u0E32' || c == '\u0E33' || (c == '\u0E40' && before == '\u0E40')) {
            return false;
        }
        return NFC.hasBoundaryBefore(c);
    }
}
