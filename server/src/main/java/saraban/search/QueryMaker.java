package saraban.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import saraban.registers.ReferenceNumber;

/**
 * Turns a {@link SearchRequest} into one Lucene query: the words, the filters, and the secrecy
 * clearance as a filter inside it, so that a document the person may not see is never counted,
 * faceted or paged.
 *
 * <p>The words are Lucene's classic syntax (AND, OR, NOT, {@code -word}, {@code "phrases"},
 * parentheses); words without an operator must all match. Reference numbers are found first, in
 * whatever form they are written, and matched exactly by their {@link ReferenceNumber#searchKey()}.
 * Each remaining word or phrase matches:
 *
 * <ul>
 *   <li>as a phrase of ICU words in the subject (weighted most) or anywhere in the text, synonyms
 *       included;
 *   <li>as a phrase of Thai character pairs, so that any Thai substring of three letters or more is
 *       found whatever the segmentation;
 *   <li>and, for a word the segmenter splits ({@code ประชุมคณะกรรมการ}), with all of its words
 *       anywhere in the text, weighted less than the phrase.
 * </ul>
 */
final class QueryMaker {
    /** The pseudo-field a reference number found in the words is rewritten into. */
    static final String REF_FIELD = "ref";

    /** Longest run of whitespace-separated pieces one reference number is written in. */
    private static final int MAX_REF_PIECES = 6;

    private static final float SUBJECT_BOOST = 3f;
    private static final float PAIRS_BOOST = 0.5f;
    private static final float PHRASE_BOOST = 2f;
    private static final float OWN_NUMBER_BOOST = 20f;
    private static final float CITED_NUMBER_BOOST = 2f;

    private final QueryBuilder pairs = new QueryBuilder(Analysis.BIGRAMS);

    /** The whole query, filters and clearance included. */
    Query build(SearchRequest request) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(words(request.query()), Occur.MUST);
        filter(q, IndexSchema.KIND, request.kinds(), Function.identity());
        filter(q, IndexSchema.DIRECTION, request.directions(), Direction::id);
        filter(q, IndexSchema.OFFICE, request.offices(), Function.identity());
        filter(q, IndexSchema.SERIES, request.series(), Function.identity());
        filter(q, IndexSchema.YEAR, request.years(), String::valueOf);
        filter(q, IndexSchema.URGENCY, request.urgencies(), Function.identity());
        filter(q, IndexSchema.SECRECY, request.secrecies(), SecrecyLevel::thai);
        if (request.from() != null || request.to() != null) {
            q.add(
                    LongPoint.newRangeQuery(
                            IndexSchema.DATE,
                            day(request.from(), Long.MIN_VALUE),
                            day(request.to(), Long.MAX_VALUE)),
                    Occur.FILTER);
        }
        q.add(
                IntPoint.newRangeQuery(IndexSchema.SECRECY_LEVEL, 0, request.clearance().ordinal()),
                Occur.FILTER);
        return q.build();
    }

    /** The words alone: all documents when there are none. */
    Query words(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        String rewritten = rewriteReferenceNumbers(text);
        Parser parser = new Parser();
        try {
            return orNothing(parser.parse(rewritten));
        } catch (ParseException | IllegalArgumentException e) {
            // Unbalanced quotes or brackets, a stray colon: take every character literally.
            try {
                return orNothing(parser.parse(QueryParser.escape(text)));
            } catch (ParseException again) {
                return new MatchNoDocsQuery("cannot read the query");
            }
        }
    }

    private static Query orNothing(Query q) {
        return q == null ? new MatchNoDocsQuery("no words") : q;
    }

    /**
     * Replaces each reference number in {@code text}, however written ({@code ที่ สส ๐๐๑๗.๒/ว ๕๒๕},
     * {@code สส 0017.2/ว525}), by {@code ref:"<search key>"}. Pieces inside quotes are left alone.
     */
    static String rewriteReferenceNumbers(String text) {
        List<int[]> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            pieces.add(new int[] {start, i});
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        boolean inQuotes = false;
        for (int p = 0; p < pieces.size(); p++) {
            int start = pieces.get(p)[0];
            int matchedEnd = -1;
            String key = null;
            if (!inQuotes) {
                for (int n = Math.min(MAX_REF_PIECES, pieces.size() - p);
                        n >= 1 && key == null;
                        n--) {
                    int end = pieces.get(p + n - 1)[1];
                    String candidate = text.substring(start, end);
                    if (candidate.indexOf('"') >= 0 || candidate.indexOf('/') < 0) {
                        continue;
                    }
                    try {
                        key = ReferenceNumber.parse(candidate).searchKey();
                        matchedEnd = end;
                        p += n - 1;
                    } catch (IllegalArgumentException e) {
                        // not a number written over these pieces
                    }
                }
            }
            if (key != null) {
                out.append(text, copied, start)
                        .append(REF_FIELD)
                        .append(":\"")
                        .append(key)
                        .append('"');
                copied = matchedEnd;
            } else {
                String piece = text.substring(start, pieces.get(p)[1]);
                for (char c : piece.toCharArray()) {
                    if (c == '"') {
                        inQuotes = !inQuotes;
                    }
                }
            }
        }
        return out.append(text.substring(copied)).toString();
    }

    /** The query for one word, piece of text, or phrase of the user's words. */
    Query text(QueryBuilder words, String text, boolean quoted) {
        List<Query> alternatives = new ArrayList<>();
        Query subject = words.createPhraseQuery(IndexSchema.SUBJECT, text);
        if (subject != null) {
            alternatives.add(new BoostQuery(subject, SUBJECT_BOOST));
        }
        Query anywhere = words.createPhraseQuery(IndexSchema.TEXT, text);
        if (anywhere != null) {
            alternatives.add(anywhere);
        }
        Query substring = pairs.createPhraseQuery(IndexSchema.TEXT_PAIRS, text);
        // One pair (two Thai letters, มท) as a substring is found inside too many other words.
        if (substring != null && !(substring instanceof TermQuery)) {
            alternatives.add(new BoostQuery(onlyWhereWordsMiss(substring, anywhere), PAIRS_BOOST));
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        Query strict = new DisjunctionMaxQuery(alternatives, 0.1f);
        if (quoted) {
            return strict;
        }
        Query allWords = words.createBooleanQuery(IndexSchema.TEXT, text, Occur.MUST);
        if (allWords == null || allWords.equals(anywhere)) {
            return strict;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(strict, PHRASE_BOOST), Occur.SHOULD)
                .add(allWords, Occur.SHOULD)
                .build();
    }

    /**
     * The pairs phrase, for documents the words do not find. Common words have common pairs with
     * thousands of positions per document; checking the words first (a few positions) spares the
     * pairs' positions in every document the words already found, and the answer is the same.
     */
    private static Query onlyWhereWordsMiss(Query pairs, Query words) {
        if (words == null) {
            return pairs;
        }
        return new BooleanQuery.Builder().add(pairs, Occur.MUST).add(words, Occur.MUST_NOT).build();
    }

    /** A reference number: the document's own first, then documents that cite it. */
    static Query referenceNumber(String written) {
        String key;
        try {
            key = ReferenceNumber.parse(written).searchKey();
        } catch (IllegalArgumentException e) {
            key = written.replace(" ", "");
        }
        return new BooleanQuery.Builder()
                .add(
                        new BoostQuery(
                                new TermQuery(new Term(IndexSchema.REF, key)), OWN_NUMBER_BOOST),
                        Occur.SHOULD)
                .add(
                        new BoostQuery(
                                new TermQuery(new Term(IndexSchema.REF_CITED, key)),
                                CITED_NUMBER_BOOST),
                        Occur.SHOULD)
                .build();
    }

    private static <T> void filter(
            BooleanQuery.Builder q, String field, Set<T> values, Function<T, String> text) {
        if (values.isEmpty()) {
            return;
        }
        Collection<BytesRef> terms = values.stream().map(v -> new BytesRef(text.apply(v))).toList();
        q.add(new TermInSetQuery(field, terms), Occur.FILTER);
    }

    private static long day(LocalDate date, long open) {
        return date == null ? open : date.toEpochDay();
    }

    /** Lucene's classic syntax, each word or phrase turned into {@link #text}. */
    private final class Parser extends QueryParser {
        Parser() {
            super(IndexSchema.TEXT, Analysis.QUERY);
            setDefaultOperator(Operator.AND);
            setSplitOnWhitespace(true);
            setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) {
            if (REF_FIELD.equals(field)) {
                return referenceNumber(queryText);
            }
            return text(this, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) {
            return getFieldQuery(field, queryText, true);
        }
    }
}
