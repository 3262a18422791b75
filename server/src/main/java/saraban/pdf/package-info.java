/**
 * PDF production: FOP rendering of XSL-FO with the Thai body font, PDF/A-2b, and repair of the text
 * layer so that Thai extracts as typed. Public face: {@link saraban.pdf.PdfEngine} and {@link
 * saraban.pdf.FontSet}. Depends on {@code saraban.thai} only; knows nothing of letters.
 */
package saraban.pdf;
