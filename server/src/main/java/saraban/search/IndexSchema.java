package saraban.search;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import saraban.registers.ReferenceNumber;
import saraban.thai.ThaiDates;

/**
 * The index's fields, and how a {@link SearchDocument} becomes a Lucene document. Changing what is
 * indexed means raising {@link #VERSION}: every index then rebuilds itself from the database.
 */
final class IndexSchema {
    /** Raised whenever a field is added, removed or indexed differently. */
    static final int VERSION = 1;

    static final String ID = "id";
    static final String KIND = "kind";
    static final String DIRECTION = "direction";
    static final String OFFICE = "office";
    static final String SERIES = "series";
    static final String YEAR = "year";
    static final String URGENCY = "urgency";
    static final String SECRECY = "secrecy";
    static final String SECRECY_LEVEL = "secrecyLevel";
    static final String DATE = "date";

    /** The document's own number, as {@link ReferenceNumber#searchKey()}. */
    static final String REF = "ref";

    /** Numbers the document cites (อ้างถึง …), as search keys. */
    static final String REF_CITED = "refCited";

    static final String REFERENCE_NUMBER = "referenceNumber";

    /** The subject alone, stored, so that words in it count for more. */
    static final String SUBJECT = "subject";

    /**
     * Everything a reader sees: subject, sender, recipient and body, one per line; stored for
     * snippets. Words here, and Thai character pairs in {@link #TEXT_PAIRS}.
     */
    static final String TEXT = "text";

    static final String TEXT_PAIRS = "text.bi";
    static final String SENDER = "sender";
    static final String RECIPIENT = "recipient";

    /** The facet dimensions, in the order answers list them. */
    static final String[] FACETS = {KIND, DIRECTION, OFFICE, SERIES, YEAR, URGENCY, SECRECY};

    /** The value of a document without urgency, in the urgency facet and filter. */
    static final String NO_URGENCY = "ปกติ";

    /** Stored, with offsets in the postings so that highlighting needs no re-analysis. */
    private static final FieldType HIGHLIGHTED = highlighted(true);

    /** Pairs: positions for phrases, nothing stored. */
    private static final FieldType PAIRS = pairs();

    private static final FieldType STORED_WORDS = storedWords();

    static final FacetsConfig FACETS_CONFIG = new FacetsConfig();

    private IndexSchema() {}

    static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        keyword(doc, KIND, d.kind());
        keyword(doc, DIRECTION, d.direction().id());
        keyword(doc, OFFICE, d.office());
        if (d.series() != null) {
            keyword(doc, SERIES, d.series());
        }
        keyword(doc, URGENCY, d.urgency() == null ? NO_URGENCY : d.urgency());
        keyword(doc, SECRECY, d.secrecy().thai());
        doc.add(new IntPoint(SECRECY_LEVEL, d.secrecy().ordinal()));

        int year = ThaiDates.buddhistYear(d.date());
        keyword(doc, YEAR, Integer.toString(year));
        long day = d.date().toEpochDay();
        doc.add(new LongPoint(DATE, day));
        doc.add(new NumericDocValuesField(DATE, day));
        doc.add(new StoredField(DATE, d.date().toString()));

        if (d.referenceNumber() != null) {
            doc.add(new StoredField(REFERENCE_NUMBER, d.referenceNumber()));
        }
        Set<String> own = new LinkedHashSet<>();
        d.reference().ifPresent(n -> own.addAll(keys(n)));
        for (String key : own) {
            doc.add(new StringField(REF, key, Field.Store.NO));
        }
        Set<String> cited = new LinkedHashSet<>();
        for (ReferenceNumber n : ReferenceNumber.findAll(d.subject() + "\n" + d.body())) {
            cited.addAll(keys(n));
        }
        cited.removeAll(own);
        for (String key : cited) {
            doc.add(new StringField(REF_CITED, key, Field.Store.NO));
        }

        doc.add(new Field(SUBJECT, d.subject(), STORED_WORDS));
        String text = text(d);
        doc.add(new Field(TEXT, text, HIGHLIGHTED));
        doc.add(new Field(TEXT_PAIRS, text, PAIRS));
        if (d.sender() != null) {
            doc.add(new StoredField(SENDER, d.sender()));
        }
        if (d.recipient() != null) {
            doc.add(new StoredField(RECIPIENT, d.recipient()));
        }
        try {
            return FACETS_CONFIG.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The document's date from its stored field. */
    static LocalDate date(Document stored) {
        return LocalDate.parse(stored.get(DATE));
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    /** Subject, sender, recipient and body, each on its own line when there is one. */
    static String text(SearchDocument d) {
        StringBuilder text = new StringBuilder(d.subject());
        for (String part : new String[] {d.sender(), d.recipient(), d.body()}) {
            if (part != null && !part.isBlank()) {
                text.append('\n').append(part);
            }
        }
        return text.toString();
    }

    /**
     * The search keys a number is found by: {@code สส0017.2/ว525}, and {@code 0017.2/ว525} for
     * someone who leaves out the letter code.
     */
    static Set<String> keys(ReferenceNumber n) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(n.searchKey());
        if (n.letterCode() != null) {
            keys.add(
                    ReferenceNumber.letter(null, n.unitCode(), n.circular(), n.number())
                            .searchKey());
        }
        return keys;
    }

    private static FieldType pairs() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setOmitNorms(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.freeze();
        return t;
    }

    private static FieldType highlighted(boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static FieldType storedWords() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.freeze();
        return t;
    }
}
