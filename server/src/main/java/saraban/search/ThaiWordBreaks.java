package saraban.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import saraban.thai.ThaiSegmenter;

/**
 * Word boundaries from the {@code thai} package's segmenter, as the {@link BreakIterator} Lucene's
 * highlighter cuts snippets with, so that a snippet never starts or ends inside a Thai word.
 *
 * <p>The highlighter asks for a few boundaries around each passage of a long text; segmenting all
 * of it would cost more than the search. A space near the offset is taken as the boundary (Thai
 * puts spaces between phrases, and a snippet ending at a phrase reads best); only a long run
 * without spaces is segmented, and then only a window around the offset, wide enough that the words
 * at its centre are those of the whole text, widened if it holds no answer.
 */
final class ThaiWordBreaks extends BreakIterator {
    /** Characters either side of an offset segmented to find the boundaries next to it. */
    private static final int WINDOW = 48;

    private String text = "";
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int at = current;
        for (int i = 0; i < n && at != DONE; i++) {
            at = following(at);
        }
        for (int i = 0; i > n && at != DONE; i--) {
            at = preceding(at);
        }
        return at;
    }

    @Override
    public int next() {
        return following(current);
    }

    @Override
    public int previous() {
        return preceding(current);
    }

    /** How far from the offset a space is looked for before segmenting. */
    private static final int NEAR = 24;

    @Override
    public int following(int offset) {
        if (offset >= text.length()) {
            return DONE;
        }
        for (int p = offset + 1; p <= Math.min(text.length(), offset + NEAR); p++) {
            if (isSpaceBoundary(p)) {
                current = p;
                return p;
            }
        }
        for (int reach = WINDOW; ; reach *= 2) {
            int from = Math.max(0, offset - reach);
            int to = Math.min(text.length(), offset + reach);
            int at = from;
            for (String word : ThaiSegmenter.words(text.substring(from, to))) {
                at += word.length();
                if (at > offset && (at < to - WINDOW / 2 || to == text.length())) {
                    current = at;
                    return at;
                }
            }
        }
    }

    @Override
    public int preceding(int offset) {
        if (offset <= 0) {
            return DONE;
        }
        for (int p = Math.min(offset, text.length()) - 1; p >= Math.max(0, offset - NEAR); p--) {
            if (isSpaceBoundary(p)) {
                current = p;
                return p;
            }
        }
        for (int reach = WINDOW; ; reach *= 2) {
            int from = Math.max(0, offset - reach);
            int to = Math.min(text.length(), offset + reach);
            int at = from;
            int best = -1;
            for (String word : ThaiSegmenter.words(text.substring(from, to))) {
                if (at >= offset) {
                    break;
                }
                if (at > from + WINDOW / 2 || from == 0) {
                    best = at;
                }
                at += word.length();
            }
            if (best >= 0) {
                current = best;
                return best;
            }
        }
    }

    /** The start or end of a run of whitespace, or an end of the text. */
    private boolean isSpaceBoundary(int p) {
        if (p == 0 || p == text.length()) {
            return true;
        }
        return Character.isWhitespace(text.charAt(p)) != Character.isWhitespace(text.charAt(p - 1));
    }

    @Override
    public boolean isBoundary(int offset) {
        return offset == 0 || offset == text.length() || preceding(offset + 1) == offset;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator chars) {
        StringBuilder s = new StringBuilder();
        for (char c = chars.first(); c != CharacterIterator.DONE; c = chars.next()) {
            s.append(c);
        }
        setText(s.toString());
    }

    @Override
    public Object clone() {
        ThaiWordBreaks copy = new ThaiWordBreaks();
        copy.text = text;
        copy.current = current;
        return copy;
    }
}
