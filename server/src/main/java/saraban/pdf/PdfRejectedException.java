package saraban.pdf;

/**
 * A file handed in as a PDF cannot be stamped: it is not a PDF, is encrypted, or is too damaged to
 * read. The sender is at fault, not the server; {@link #reason()} says which, for a stable error
 * code.
 */
public final class PdfRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a file was rejected. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** Something else: no {@code %PDF-} header near the start. */
        NOT_PDF,
        /** Protected by a password or encrypted with permissions; it cannot be changed. */
        ENCRYPTED,
        /** A PDF header, but the file cannot be read (truncated, broken structure, no pages). */
        CORRUPT
    }

    private final Reason reason;

    public PdfRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public PdfRejectedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
