package saraban.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import saraban.storage.Dialect;

/**
 * Slows down password guessing, in the database so that every node counts alike. Failed sign-ins
 * are counted per subject ({@code account:somchai}, {@code address:10.0.0.7}); from the {@code
 * limit}-th failure on, the subject is locked for one minute, doubling with each further failure up
 * to an hour. A subject whose last failure is an hour old starts again from nothing; a successful
 * sign-in clears the account's count (not the address's: one known password must not reset a
 * guesser's count for the others).
 *
 * <p>The address limit is higher than the account's: a whole office may share one address.
 */
final class SigninThrottle {
    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Dialect dialect;

    SigninThrottle(Dialect dialect) {
        this.dialect = dialect;
    }

    /** How long {@code subject} must still wait, if it is locked at {@code now}. */
    Optional<Duration> lockedFor(Connection c, String subject, Instant now) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT locked_until FROM signin_failures WHERE subject = ?")) {
            s.setString(1, subject);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Instant until = dialect.getInstant(r, "locked_until");
                return until != null && until.isAfter(now)
                        ? Optional.of(Duration.between(now, until))
                        : Optional.empty();
            }
        }
    }

    /** Counts a failure of {@code subject}, and locks it when it reached {@code limit}. */
    void failed(Connection c, String subject, int limit, Instant now) throws SQLException {
        int failures = 0;
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT failures, last_failure_at FROM signin_failures WHERE subject = ?")) {
            s.setString(1, subject);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()
                        && !dialect.getInstant(r, "last_failure_at")
                                .isBefore(now.minus(FORGET_AFTER))) {
                    failures = r.getInt("failures");
                }
            }
        }
        failures++;
        Instant lockedUntil = failures >= limit ? now.plus(lock(failures - limit)) : null;
        clear(c, subject);
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO signin_failures (subject, failures, last_failure_at,"
                                + " locked_until) VALUES (?, ?, ?, ?)")) {
            s.setString(1, subject);
            s.setInt(2, failures);
            dialect.setInstant(s, 3, now);
            dialect.setInstant(s, 4, lockedUntil);
            s.executeUpdate();
        }
    }

    void clear(Connection c, String subject) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("DELETE FROM signin_failures WHERE subject = ?")) {
            s.setString(1, subject);
            s.executeUpdate();
        }
    }

    /** The lock after {@code beyond} failures past the limit: 1, 2, 4 … minutes, at most 1 hour. */
    static Duration lock(int beyond) {
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(beyond, 10));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
