package saraban.pdf;

/** No usable Thai font could be found or loaded; the message says what to install. */
public final class FontUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FontUnavailableException(String message) {
        super(message);
    }

    public FontUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
