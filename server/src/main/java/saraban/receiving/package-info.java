/**
 * Incoming letters (การรับหนังสือ): reading what a letter says about itself ({@link
 * saraban.receiving.MetadataExtractor} gives {@link saraban.receiving.LetterMetadata}: ที่, date,
 * เรื่อง, addressee, sender, urgency) so that the receive register can be filled from the letter.
 *
 * <p>Uses {@code thai} (normalisation, digits, dates) and {@code registers} (reference numbers);
 * reads PDFs with PDFBox. Must not depend on {@code letters}, {@code search} or {@code web}.
 */
package saraban.receiving;
