/**
 * PDF production: FOP rendering of XSL-FO with the Thai body font, PDF/A-2b, repair of the text
 * layer so that Thai extracts as typed, and receipt stamps drawn on incoming PDFs with PDFBox.
 * Public face: {@link saraban.pdf.PdfEngine}, {@link saraban.pdf.FontSet} and {@link
 * saraban.pdf.ReceiptStamper} with its values. Depends on {@code saraban.thai} only; knows nothing
 * of letters, registers or receiving.
 */
package saraban.pdf;
