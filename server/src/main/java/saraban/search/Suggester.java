package saraban.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": when a query finds nothing, each of its words that finds nothing is replaced by
 * the closest word of the index (Lucene's {@link DirectSpellChecker}: up to two edits, the first
 * letter kept). A misspelt Thai word is often cut by the segmenter into pieces ({@code ประชุน} →
 * {@code ประ|ชุน}), so the whole word is tried first, then an unknown piece joined with its
 * neighbour, then the piece alone.
 *
 * <p>A suggestion is offered only if it finds something for the same person with the same filters,
 * so that a word known only from documents they may not see is never suggested to them.
 */
final class Suggester {
    private final QueryMaker queries;

    Suggester(QueryMaker queries) {
        this.queries = queries;
    }

    /** A query that finds something, or {@code null}. */
    String suggest(IndexSearcher searcher, SearchRequest request) throws IOException {
        String query = request.query();
        IndexReader reader = searcher.getIndexReader();
        DirectSpellChecker spell = new DirectSpellChecker();
        spell.setMinQueryLength(2);
        spell.setMinPrefix(1);
        StringBuilder corrected = new StringBuilder();
        int copied = 0;
        for (int[] word : words(query)) {
            String text = query.substring(word[0], word[1]);
            if (isOperator(text) || hasDigitOrSlash(text) || count(searcher, request, text) > 0) {
                continue;
            }
            List<Span> replaced = correct(spell, reader, text);
            for (Span span : replaced) {
                corrected.append(query, copied, word[0] + span.start()).append(span.text());
                copied = word[0] + span.end();
            }
        }
        if (copied == 0) {
            return null;
        }
        String suggestion = corrected.append(query.substring(copied)).toString();
        return count(searcher, request, suggestion) > 0 ? suggestion : null;
    }

    private record Span(int start, int end, String text) {}

    /** Replacements within one word that finds nothing, in order; empty when none is known. */
    private static List<Span> correct(DirectSpellChecker spell, IndexReader reader, String word)
            throws IOException {
        String whole = best(spell, reader, normalized(word));
        if (whole != null) {
            return List.of(new Span(0, word.length(), whole));
        }
        List<Token> tokens = tokens(word);
        List<Span> out = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() < done || reader.docFreq(new Term(IndexSchema.TEXT, t.term())) > 0) {
                continue;
            }
            List<int[]> spans = new ArrayList<>();
            if (i + 1 < tokens.size()) {
                spans.add(new int[] {t.start(), tokens.get(i + 1).end()});
            }
            if (i > 0 && tokens.get(i - 1).start() >= done) {
                spans.add(new int[] {tokens.get(i - 1).start(), t.end()});
            }
            spans.add(new int[] {t.start(), t.end()});
            for (int[] span : spans) {
                String suggestion =
                        best(spell, reader, normalized(word.substring(span[0], span[1])));
                if (suggestion != null) {
                    out.add(new Span(span[0], span[1], suggestion));
                    done = span[1];
                    break;
                }
            }
        }
        return out;
    }

    private static String best(DirectSpellChecker spell, IndexReader reader, String term)
            throws IOException {
        if (term.isEmpty()) {
            return null;
        }
        SuggestWord[] words =
                spell.suggestSimilar(
                        new Term(IndexSchema.TEXT, term),
                        1,
                        reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return words.length == 0 ? null : words[0].string;
    }

    private long count(IndexSearcher searcher, SearchRequest request, String query)
            throws IOException {
        return Searcher.count(searcher, queries.build(withQuery(request, query)));
    }

    private static SearchRequest withQuery(SearchRequest r, String query) {
        return new SearchRequest(
                query,
                r.kinds(),
                r.directions(),
                r.offices(),
                r.series(),
                r.years(),
                r.from(),
                r.to(),
                r.urgencies(),
                r.secrecies(),
                r.order(),
                1,
                1,
                r.clearance());
    }

    /** Numbers and reference numbers are not misspelt words: an edit would change their meaning. */
    private static boolean hasDigitOrSlash(String word) {
        return word.chars().anyMatch(c -> Character.isDigit(c) || c == '/');
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("OR") || word.equals("NOT");
    }

    /** Start and end of each whitespace-separated word of the query, quotes and signs left out. */
    private static List<int[]> words(String query) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            while (i < query.length() && isSeparator(query.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < query.length() && !isSeparator(query.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c)
                || c == '"'
                || c == '('
                || c == ')'
                || c == '+'
                || c == '-';
    }

    private static String normalized(String text) {
        return Analysis.WORDS.normalize(IndexSchema.TEXT, text).utf8ToString();
    }

    private record Token(String term, int start, int end) {}

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts =
                Analysis.WORDS.tokenStream(IndexSchema.TEXT, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
