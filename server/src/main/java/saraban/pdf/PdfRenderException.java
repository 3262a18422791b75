package saraban.pdf;

/**
 * An FO document could not be turned into a PDF: a template or the engine is at fault, not the
 * user.
 */
public final class PdfRenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
