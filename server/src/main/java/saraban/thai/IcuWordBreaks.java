package saraban.thai;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.BitSet;

/** ICU's dictionary-based word boundaries for Thai, before any repair. */
final class IcuWordBreaks {

    /**
     * Never used directly: a {@link BreakIterator} is not thread-safe, so each thread has a clone.
     */
    private static final BreakIterator PROTOTYPE =
            BreakIterator.getWordInstance(ULocale.forLanguageTag("th"));

    /** Cloning costs more than segmenting a short text, and letters have many short texts. */
    private static final ThreadLocal<BreakIterator> PER_THREAD =
            ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    private IcuWordBreaks() {}

    /** ICU's boundaries in {@code text}, from 0 to {@code text.length()} inclusive. */
    static BitSet of(String text) {
        BitSet boundaries = new BitSet(text.length() + 1);
        add(text, 0, text.length(), boundaries);
        return boundaries;
    }

    /** Adds ICU's boundaries of {@code text.substring(from, to)}, segmented on its own. */
    static void add(String text, int from, int to, BitSet boundaries) {
        boundaries.set(from);
        boundaries.set(to);
        if (to - from < 2) {
            return;
        }
        BreakIterator iterator = PER_THREAD.get();
        iterator.setText(text.substring(from, to));
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            boundaries.set(from + b);
        }
    }

    /** How many words ICU finds in {@code text.substring(from, to)} segmented on its own. */
    static int count(String text, int from, int to) {
        if (from >= to) {
            return 0;
        }
        BitSet boundaries = new BitSet();
        add(text, from, to, boundaries);
        return boundaries.cardinality() - 1;
    }
}
