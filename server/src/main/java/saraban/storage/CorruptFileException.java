package saraban.storage;

/**
 * A stored file's bytes no longer match the SHA-256 they are stored under, or the bytes are gone.
 * The file must be restored from a backup; Saraban never serves such a file.
 */
public final class CorruptFileException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final String sha256;

    CorruptFileException(String sha256, String problem) {
        super("stored file " + sha256 + " is damaged: " + problem + "; restore it from a backup");
        this.sha256 = sha256;
    }

    /** The SHA-256 the file is stored under. */
    public String sha256() {
        return sha256;
    }
}
