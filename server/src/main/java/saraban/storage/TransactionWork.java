package saraban.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on one connection inside one transaction, given to {@link Database#inTransaction} or
 * {@link Database#read}. It must not commit, roll back or close the connection, and must not keep
 * it after returning. It may run more than once when the database asks for a retry, so it should
 * have no effect outside the database (or only ones that are safe to repeat).
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(Connection connection) throws SQLException;
}
