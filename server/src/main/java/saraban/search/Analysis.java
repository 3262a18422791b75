package saraban.search;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.Version;

/**
 * How Saraban's search reads Thai: the analyzers of the index and of queries, and their identity.
 *
 * <ul>
 *   <li>{@link #WORDS}: {@link ThaiNormalizingCharFilter} (the {@code thai} package's repairs, and
 *       a space at every letter/digit border: {@code ว147} → {@code ว 147}, {@code PM2.5} → {@code
 *       PM 2.5}), ICU's dictionary word segmentation, NFKC case folding outside the Thai block
 *       (Latin case, full-width forms; Thai keeps its tone marks and {@code ำ}), and every decimal
 *       digit folded to ASCII ({@code ๒๕๖๒} → {@code 2562}). No stopwords: การ, รับ, ที่ matter
 *       here.
 *   <li>{@link #QUERY}: the same, then the synonyms of {@code synonyms.txt} (มท ⇄ กระทรวงมหาดไทย,
 *       ส.ค. ⇄ สิงหาคม, 2562 ⇄ 2019), expanded when searching only.
 *   <li>{@link #BIGRAMS}: overlapping pairs of Thai characters, whatever the segmentation, so that
 *       a phrase of pairs finds any Thai substring ({@code เศรษฐา} inside {@code นายเศรษฐา}).
 * </ul>
 *
 * All are thread-safe and shared.
 */
final class Analysis {
    /** NFKC with case folding for everything but Thai, whose ำ NFKC would split into ํ and า. */
    private static final Normalizer2 FOLD_OUTSIDE_THAI =
            new FilteredNormalizer2(
                    Normalizer2.getNFKCCasefoldInstance(),
                    new UnicodeSet("[^\\u0E00-\\u0E7F]").freeze());

    static final String SYNONYMS_FILE = "synonyms.txt";

    static final Analyzer WORDS = new WordAnalyzer(null);

    static final Analyzer QUERY = new WordAnalyzer(loadSynonyms());

    static final Analyzer BIGRAMS = new BigramAnalyzer();

    /** What the index writer uses: bigrams for fields ending in {@code .bi}, words for the rest. */
    static final Analyzer INDEX =
            new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
                @Override
                protected Analyzer getWrappedAnalyzer(String fieldName) {
                    return isBigramField(fieldName) ? BIGRAMS : WORDS;
                }
            };

    private Analysis() {}

    static boolean isBigramField(String field) {
        return field.endsWith(".bi");
    }

    /**
     * Whether {@code c} is a Thai letter, vowel, tone mark or sign, the stuff of bigrams:
     * U+0E01–0E3A and U+0E40–0E4E, not Thai digits, ฿ or ๏ ๚ ๛. Asked of every character indexed,
     * so two comparisons rather than a set lookup.
     */
    static boolean isThaiLetter(int c) {
        return (c >= '\u0E01' && c <= '\u0E3A') || (c >= '\u0E40' && c <= '\u0E4E');
    }

    private static final class WordAnalyzer extends Analyzer {
        private final SynonymMap synonyms;

        WordAnalyzer(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ThaiNormalizingCharFilter(reader, true);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new ICUTokenizer(new DefaultICUTokenizerConfig(true, true));
            TokenStream stream = new ICUNormalizer2Filter(words, FOLD_OUTSIDE_THAI);
            stream = new DecimalDigitFilter(stream);
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(words, stream);
        }

        /** Wildcards, prefixes and "did you mean" see the text normalised as the index has it. */
        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return new ThaiNormalizingCharFilter(reader, false);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new DecimalDigitFilter(new ICUNormalizer2Filter(in, FOLD_OUTSIDE_THAI));
        }
    }

    private static final class BigramAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ThaiNormalizingCharFilter(reader, false);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer pairs =
                    new NGramTokenizer(2, 2) {
                        @Override
                        protected boolean isTokenChar(int c) {
                            return isThaiLetter(c);
                        }
                    };
            return new TokenStreamComponents(pairs);
        }
    }

    private static SynonymMap loadSynonyms() {
        try (InputStream in = Analysis.class.getResourceAsStream(SYNONYMS_FILE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "no saraban/search/" + SYNONYMS_FILE + " on the classpath");
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, WORDS);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(
                    SYNONYMS_FILE + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A fingerprint of everything that decides which terms a text becomes: Lucene's and ICU's
     * versions, the synonyms file, and the tokens (with positions and offsets) of a probe text that
     * exercises each step. When it changes, terms in an old index no longer match new queries, so
     * the index rebuilds itself.
     */
    static String identity() {
        String probe =
                "ที่ สส ๐๐๑๗.๒/ว๕๒๕ ลงวันที่ ๒๕ ส.ค. ๒๕๖๒ เรื่อง การประชุมคณะกรรมการบริหารงานอำเภอ"
                        + " นายเศรษฐา\u200Bทวีสิน น\u0E4D\u0E32ท่วม เเละ PM2.5 COVID-19 ｆｕｌｌ Ｗｉｄｔｈ";
        StringBuilder tokens = new StringBuilder();
        tokens.append("lucene ")
                .append(Version.LATEST)
                .append(" icu ")
                .append(VersionInfo.ICU_VERSION);
        for (Map.Entry<String, Analyzer> a :
                Map.of("words", WORDS, "query", QUERY, "bigrams", BIGRAMS).entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .toList()) {
            tokens.append('\n').append(a.getKey()).append(':');
            appendTokens(a.getValue(), probe, tokens);
        }
        try (InputStream in = Analysis.class.getResourceAsStream(SYNONYMS_FILE)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(tokens.toString().getBytes(StandardCharsets.UTF_8));
            sha.update(in.readAllBytes());
            return "thai-1-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void appendTokens(Analyzer analyzer, String text, StringBuilder out) {
        try (TokenStream ts = analyzer.tokenStream("probe", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.append(' ')
                        .append(term)
                        .append('/')
                        .append(inc.getPositionIncrement())
                        .append('/')
                        .append(offset.startOffset())
                        .append('-')
                        .append(offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
