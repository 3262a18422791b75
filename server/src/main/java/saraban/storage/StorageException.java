package saraban.storage;

/**
 * The database or the file store could not do what was asked: the database is unreachable, a
 * statement failed, a migration is refused. The message says what happened and, where it can, what
 * to do.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
