/**
 * Thai text rules: digits, Buddhist-Era dates, amounts in words, normalisation, word segmentation
 * and glyph shaping for renderers without complex-script support (and the way back for text
 * layers). Everything Saraban does with Thai text goes through this package; nothing else
 * re-implements a piece of it.
 *
 * <p>Pure functions over strings, numbers and {@code java.time} values, built on ICU4J. Every
 * locale, calendar and time zone is explicit, so results never depend on the JVM's defaults. All
 * methods are safe to call from many threads.
 *
 * <p>This package depends on nothing else of Saraban; other packages depend on it.
 */
package saraban.thai;
