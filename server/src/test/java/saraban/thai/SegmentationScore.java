package saraban.thai;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Precision, recall and F1 of a segmenter against gold words, counted two ways over all sentences
 * of a file (micro-averaged).
 *
 * <ul>
 *   <li><b>Boundaries</b>: the places between two words inside a sentence (not its start or end).
 *       Precision is the share of the segmenter's boundaries that the gold has; recall is the share
 *       of gold boundaries the segmenter found.
 *   <li><b>Words</b>: a word counts as right when both its start and its end match a gold word.
 *       Precision is right words over the segmenter's words; recall is right words over gold words.
 * </ul>
 *
 * Whitespace runs are words of their own on both sides, as in the gold files, so they count too.
 */
record SegmentationScore(
        long rightBoundaries,
        long foundBoundaries,
        long goldBoundaries,
        long rightWords,
        long foundWords,
        long goldWords) {

    static final SegmentationScore ZERO = new SegmentationScore(0, 0, 0, 0, 0, 0);

    /**
     * The score of one sentence: {@code found} and {@code gold} are boundary sets from 0 to end.
     */
    static SegmentationScore of(BitSet found, BitSet gold) {
        BitSet rightBoundaries = (BitSet) found.clone();
        rightBoundaries.and(gold);
        long rightWords = 0;
        for (int start = 0, end = found.nextSetBit(1);
                end >= 0;
                start = end, end = found.nextSetBit(end + 1)) {
            if (gold.get(start) && gold.get(end) && gold.nextSetBit(start + 1) == end) {
                rightWords++;
            }
        }
        return new SegmentationScore(
                rightBoundaries.cardinality() - 2,
                found.cardinality() - 2,
                gold.cardinality() - 2,
                rightWords,
                found.cardinality() - 1,
                gold.cardinality() - 1);
    }

    /** Boundaries from 0 to the end of the text the words make up. */
    static BitSet boundariesOf(List<String> words) {
        BitSet boundaries = new BitSet();
        int at = 0;
        boundaries.set(at);
        for (String word : words) {
            at += word.length();
            boundaries.set(at);
        }
        return boundaries;
    }

    SegmentationScore plus(SegmentationScore other) {
        return new SegmentationScore(
                rightBoundaries + other.rightBoundaries,
                foundBoundaries + other.foundBoundaries,
                goldBoundaries + other.goldBoundaries,
                rightWords + other.rightWords,
                foundWords + other.foundWords,
                goldWords + other.goldWords);
    }

    double boundaryPrecision() {
        return (double) rightBoundaries / foundBoundaries;
    }

    double boundaryRecall() {
        return (double) rightBoundaries / goldBoundaries;
    }

    double boundaryF1() {
        return f1(boundaryPrecision(), boundaryRecall());
    }

    double wordPrecision() {
        return (double) rightWords / foundWords;
    }

    double wordRecall() {
        return (double) rightWords / goldWords;
    }

    double wordF1() {
        return f1(wordPrecision(), wordRecall());
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "boundaries P %.4f R %.4f F1 %.4f | words P %.4f R %.4f F1 %.4f",
                boundaryPrecision(),
                boundaryRecall(),
                boundaryF1(),
                wordPrecision(),
                wordRecall(),
                wordF1());
    }

    private static double f1(double precision, double recall) {
        return 2 * precision * recall / (precision + recall);
    }
}
