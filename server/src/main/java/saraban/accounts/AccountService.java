package saraban.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import saraban.audit.AuditLog;
import saraban.storage.Database;

/**
 * Users, their passwords, sessions and API tokens: signing in and out, and what an administrator
 * does to accounts (create, change roles, offices and clearance, disable, reset a password, issue
 * and revoke tokens). Every change to an account is written to the audit log with the acting user.
 *
 * <pre>{@code
 * AccountService accounts = AccountService.open(db, clock, SessionPolicy.DEFAULT, offices::exists, json);
 * accounts.createFirstAdmin().ifPresent(password -> LOG.warn("one-time password: {}", password));
 * NewSession s = accounts.signIn("somchai", "…", "10.0.0.7");   // s.cookie() goes to the browser
 * }</pre>
 */
public final class AccountService {
    /** The account created on the first start, when there are no users. */
    public static final String FIRST_ADMIN = "admin";

    static final int ONE_TIME_PASSWORD_LENGTH = 16;

    /**
     * How long a session lasts: {@code idle} after the last request, {@code absolute} after signing
     * in, whichever comes first.
     */
    public record SessionPolicy(Duration idle, Duration absolute) {
        /** Two idle hours; one working day at most. */
        public static final SessionPolicy DEFAULT =
                new SessionPolicy(Duration.ofHours(2), Duration.ofHours(12));

        public SessionPolicy {
            if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
                throw new IllegalArgumentException(
                        "a session's idle time must be positive and at most its absolute"
                                + " lifetime, not "
                                + idle
                                + " and "
                                + absolute);
            }
        }
    }

    /** A session just begun: {@code cookie} is the value for the browser, shown only here. */
    public record NewSession(String cookie, Session session) {}

    /**
     * A user just created, or whose password was reset, with the one-time password to hand over.
     */
    public record WithPassword(User user, String oneTimePassword) {}

    final Database db;
    final Clock clock;
    final SessionPolicy policy;
    final Secrets secrets;
    final PasswordHasher hasher;
    final UserStore users;
    final SessionStore sessions;
    final TokenStore tokens;
    final SigninThrottle throttle;
    final AuditLog audit;
    final Predicate<String> knownOffice;
    private final Signing signing;
    private final Administration administration;

    private AccountService(
            Database db,
            Clock clock,
            SessionPolicy policy,
            Predicate<String> knownOffice,
            ObjectMapper json) {
        this.db = db;
        this.clock = clock;
        this.policy = policy;
        this.knownOffice = knownOffice;
        SecureRandom random = new SecureRandom();
        this.secrets = new Secrets(random);
        this.hasher = new PasswordHasher(random);
        this.users = new UserStore(db.dialect());
        this.sessions = new SessionStore(db.dialect());
        this.tokens = new TokenStore(db.dialect());
        this.throttle = new SigninThrottle(db.dialect());
        this.audit = new AuditLog(db.dialect(), clock, json);
        this.signing = new Signing(this);
        this.administration = new Administration(this);
    }

    /**
     * The accounts kept in {@code db}.
     *
     * @param knownOffice whether an office id names an office, so that a user is not put into one
     *     that does not exist
     */
    public static AccountService open(
            Database db,
            Clock clock,
            SessionPolicy policy,
            Predicate<String> knownOffice,
            ObjectMapper json) {
        return new AccountService(db, clock, policy, knownOffice, json);
    }

    Instant now() {
        return Instant.now(clock);
    }

    // --- signing in and out -------------------------------------------------------------------

    /**
     * On a database without users, creates the administrator {@value #FIRST_ADMIN} with a random
     * one-time password, which is returned to be shown once; the administrator must replace it at
     * the first sign-in. Empty when there are users already.
     */
    public Optional<String> createFirstAdmin() {
        return administration.createFirstAdmin();
    }

    /**
     * Checks {@code username}'s password and begins a session.
     *
     * @param address the client's address, counted against guessing like the account
     * @throws saraban.ProblemException {@code SIGNIN_FAILED} (401) or {@code SIGNIN_RATE_LIMITED}
     *     (429)
     */
    public NewSession signIn(String username, String password, String address) {
        return signing.signIn(username, password, address);
    }

    /** The live session whose cookie is {@code cookie}; empty when unknown, expired or disabled. */
    public Optional<Session> session(String cookie) {
        return signing.session(cookie);
    }

    /** Ends the session whose cookie is {@code cookie}, if any. */
    public void signOut(String cookie) {
        signing.signOut(cookie);
    }

    /**
     * Replaces the signed-in user's password; every other session of theirs ends.
     *
     * @throws saraban.ProblemException {@code PASSWORD_WRONG} or {@code PASSWORD_WEAK}
     */
    public User changePassword(User user, String cookie, String current, String next) {
        return signing.changePassword(user, cookie, current, next);
    }

    /** The user an API token acts as; empty when the token is unknown, revoked or disabled. */
    public Optional<User> userForToken(String token) {
        return signing.userForToken(token);
    }

    /** Deletes expired sessions; returns how many. */
    public int purgeExpiredSessions() {
        return db.inTransaction(c -> sessions.purge(c, now(), policy.idle(), policy.absolute()));
    }

    // --- administration -----------------------------------------------------------------------

    /** Every user, by username. */
    public List<User> users() {
        return db.read(users::all);
    }

    /**
     * @throws saraban.ProblemException {@code USER_NOT_FOUND}
     */
    public User user(String username) {
        return administration.row(username).user();
    }

    /** Creates a user with a one-time password, which they must change at the first sign-in. */
    public WithPassword create(UserRequest request, String actor) {
        return administration.create(request, actor);
    }

    /**
     * Sets a user's display name, roles, offices, clearance and whether they are disabled, as
     * {@code request} says ({@code request.username()} must be {@code username}). Disabling ends
     * the user's sessions.
     */
    public User update(String username, UserRequest request, String actor) {
        return administration.update(username, request, actor);
    }

    /** Changes only the user's roles. */
    public User setRoles(String username, List<String> roles, String actor) {
        User u = user(username);
        return update(username, Administration.request(u, roles, null, null, null), actor);
    }

    /** Changes only the user's offices. */
    public User setOffices(String username, List<String> offices, String actor) {
        User u = user(username);
        return update(username, Administration.request(u, null, offices, null, null), actor);
    }

    /** Changes only the user's clearance ({@code NONE}, {@code CONFIDENTIAL}, …). */
    public User setClearance(String username, String clearance, String actor) {
        User u = user(username);
        return update(username, Administration.request(u, null, null, clearance, null), actor);
    }

    /** Disables (or enables again) the user; disabling ends their sessions. */
    public User setDisabled(String username, boolean disabled, String actor) {
        User u = user(username);
        return update(username, Administration.request(u, null, null, null, disabled), actor);
    }

    /** Gives the user a new one-time password and ends their sessions. */
    public WithPassword resetPassword(String username, String actor) {
        return administration.resetPassword(username, actor);
    }

    /** Issues an API token that acts as {@code username}; the token is shown only in the result. */
    public ApiToken.IssuedToken issueToken(String username, String name, String actor) {
        return administration.issueToken(username, name, actor);
    }

    /** The user's tokens, revoked ones included, without the tokens themselves. */
    public List<ApiToken> tokens(String username) {
        User u = user(username);
        return db.read(c -> tokens.ofUser(c, u.id(), u.username()));
    }

    /** Revokes a token: it no longer signs anything in. */
    public void revokeToken(long id, String actor) {
        administration.revokeToken(id, actor);
    }
}
