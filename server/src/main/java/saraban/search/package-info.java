/**
 * Full-text search over all correspondence: a Lucene index in {@code search-index/} that follows
 * the database, Thai analysis (ICU dictionary words, character pairs, the {@code thai} package's
 * normalisation, digits folded, synonyms from {@code synonyms.txt}), exact reference-number
 * matching, queries with filters, facets, highlights and "did you mean", and secrecy enforced
 * inside every query.
 *
 * <p>The index is derived data: it can always be rebuilt from the database, and it rebuilds itself
 * when its schema version or its analyzer's identity changes. Other packages put documents in it
 * only by writing a queue row ({@link saraban.search.SearchQueue#enqueue}) in the transaction that
 * changes the document.
 *
 * <p>Uses {@code thai}, {@code registers} (reference numbers) and {@code storage}; it must not
 * depend on {@code letters} or {@code receiving}, which depend on it: their rows are read here with
 * SQL.
 */
package saraban.search;
