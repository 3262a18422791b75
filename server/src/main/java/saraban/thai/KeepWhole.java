package saraban.thai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words ICU splits badly that must stay whole, read from {@code keep-whole.txt} (one word a line,
 * {@code #} starts a comment). A compound such as บูรณาการ is kept where that gives fewer words
 * than ICU found, so a longer word that contains one (อนุกรรมการ contains กรรมการ) is left alone;
 * abbreviations ending in a full stop (ก.บ.ภ.) are always cut out, because ICU glues a full stop to
 * the next word ({@code ครม.มี}).
 */
final class KeepWhole {

    /** A kept word's place in the text: {@code text.substring(start, end)}. */
    private record Span(int start, int end) {}

    /** The words by their first character, longest first. */
    private final Map<Character, List<String>> byFirstChar;

    /** The first characters of the words, to pass over all others quickly. */
    private final BitSet firstChars = new BitSet();

    private KeepWhole(Map<Character, List<String>> byFirstChar) {
        this.byFirstChar = byFirstChar;
        byFirstChar.keySet().forEach(c -> firstChars.set(c));
    }

    static KeepWhole load() {
        try (InputStream in = KeepWhole.class.getResourceAsStream("keep-whole.txt")) {
            if (in == null) {
                throw new IllegalStateException(
                        "saraban/thai/keep-whole.txt is missing from the classpath;"
                                + " rebuild so that src/main/resources is packaged");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read saraban/thai/keep-whole.txt", e);
        }
    }

    static KeepWhole of(List<String> lines) {
        Map<Character, List<String>> byFirstChar = new HashMap<>();
        for (String line : lines) {
            String word = ThaiNormalizer.normalize(line.strip());
            if (word.isEmpty() || word.startsWith("#")) {
                continue;
            }
            if (word.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(
                        "keep-whole word must not contain spaces: '" + line + "'");
            }
            byFirstChar.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
        }
        byFirstChar
                .values()
                .forEach(words -> words.sort(Comparator.comparingInt(String::length).reversed()));
        return new KeepWhole(byFirstChar);
    }

    /**
     * Cuts the kept words out of ICU's {@code boundaries} (offsets into {@code text}, changed in
     * place): each becomes one word, and the rest of the Thai run around it is segmented afresh,
     * since ICU's dictionary chose its words for the whole run (กรรม|กา|รน|โย|บาย becomes
     * กรรมการ|นโยบาย).
     */
    void apply(String text, BitSet boundaries) {
        BitSet icu = (BitSet) boundaries.clone();
        List<Span> spans = spansToKeep(text, icu);
        int keptUpTo = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            int nextStart = i + 1 < spans.size() ? spans.get(i + 1).start() : text.length();
            int from = Math.max(icu.previousSetBit(thaiRunStart(text, span.start())), keptUpTo);
            int to = Math.min(icu.nextSetBit(thaiRunEnd(text, span.end())), nextStart);
            boundaries.clear(from + 1, to);
            IcuWordBreaks.add(text, from, span.start(), boundaries);
            IcuWordBreaks.add(text, span.end(), to, boundaries);
            keptUpTo = span.end();
        }
    }

    private static int thaiRunStart(String text, int at) {
        int start = at;
        while (start > 0 && isThai(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int thaiRunEnd(String text, int at) {
        int end = at;
        while (end < text.length() && isThai(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E4E';
    }

    /** The kept words to cut out of {@code text}, left to right, given ICU's boundaries. */
    private List<Span> spansToKeep(String text, BitSet icu) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        int keptUpTo = 0;
        while (at < text.length()) {
            Span span = firstChars.get(text.charAt(at)) ? longestAt(text, at, icu, keptUpTo) : null;
            if (span == null) {
                at++;
            } else {
                spans.add(span);
                at = span.end();
                keptUpTo = at;
            }
        }
        return spans;
    }

    private Span longestAt(String text, int at, BitSet icu, int keptUpTo) {
        for (String word : byFirstChar.getOrDefault(text.charAt(at), List.of())) {
            int end = at + word.length();
            if (text.startsWith(word, at)
                    && BreakRules.canBreak(text, at)
                    && (BreakRules.canBreak(text, end) || isRepeatOrAbbreviationSign(text, end))
                    && (word.endsWith(".") || fewerWordsWhenKept(text, at, end, icu, keptUpTo))) {
                return new Span(at, end);
            }
        }
        return null;
    }

    /**
     * Whether keeping {@code text[start, end)} whole gives fewer words than ICU found over the same
     * stretch (from ICU's boundary before {@code start} to its boundary after {@code end}), the
     * text on either side being segmented afresh. ICU prefers the fewest dictionary words, so more
     * words from ICU means the word is missing from its dictionary (กา|รบู|รณา|การ: 4 words,
     * การ|บูรณาการ: 2), while a word that merely contains the kept one stays as it is (กิจกรรม|การ:
     * 2 words, กิจ|กรรมการ: 2).
     */
    private static boolean fewerWordsWhenKept(
            String text, int start, int end, BitSet icu, int keptUpTo) {
        if (icu.nextSetBit(start + 1) >= end) {
            return false; // ICU did not split the word: it found it or a longer word holding it
        }
        int from = Math.max(icu.previousSetBit(start), keptUpTo);
        int to = icu.nextSetBit(end);
        int icuWords = icu.get(from + 1, to + 1).cardinality();
        int keptWords =
                IcuWordBreaks.count(text, from, start) + 1 + IcuWordBreaks.count(text, end, to);
        return keptWords < icuWords;
    }

    /** ๆ or ฯ after a kept word: they join it later (โครงการฯ), so the word may end before them. */
    private static boolean isRepeatOrAbbreviationSign(String text, int at) {
        char c = text.charAt(at);
        return c == '\u0E46' || c == '\u0E2F';
    }
}
