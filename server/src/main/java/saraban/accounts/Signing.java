package saraban.accounts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Signing in and out, sessions, password changes and token look-ups for {@link AccountService}. */
final class Signing {
    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_LENGTH = 200;

    private final AccountService a;

    /** Checked against when the user does not exist, so that the answer takes as long. */
    private volatile String dummyHash;

    Signing(AccountService accounts) {
        this.a = accounts;
    }

    AccountService.NewSession signIn(String username, String password, String address) {
        String name = username == null ? "" : UserRequest.lower(username);
        String accountKey = "account:" + name;
        String addressKey = "address:" + (address == null ? "unknown" : address);
        Instant now = a.now();
        Duration wait =
                a.db.read(
                        c -> {
                            Duration longest = Duration.ZERO;
                            for (String key : new String[] {accountKey, addressKey}) {
                                Duration d =
                                        a.throttle.lockedFor(c, key, now).orElse(Duration.ZERO);
                                longest = d.compareTo(longest) > 0 ? d : longest;
                            }
                            return longest;
                        });
        if (!wait.isZero()) {
            throw AccountProblems.rateLimited(Math.max(1, wait.toSeconds()));
        }
        Optional<UserStore.Row> row = a.db.read(c -> a.users.byName(c, name));
        String given = password == null ? "" : password;
        boolean matches = false;
        if (row.isPresent()) {
            matches = a.hasher.verify(given, row.get().passwordHash());
        } else {
            // as long as for a real user, so that the time does not tell who exists
            a.hasher.verify(given, dummyHash());
        }
        if (!matches || row.get().user().disabled()) {
            a.db.inTransaction(
                    c -> {
                        a.throttle.failed(c, accountKey, SigninThrottle.ACCOUNT_LIMIT, now);
                        a.throttle.failed(c, addressKey, SigninThrottle.ADDRESS_LIMIT, now);
                        return null;
                    });
            throw AccountProblems.signinFailed();
        }
        User user = row.get().user();
        String cookie = a.secrets.token();
        String csrf = a.secrets.token();
        a.db.inTransaction(
                c -> {
                    a.throttle.clear(c, accountKey);
                    a.sessions.insert(c, Secrets.sha256(cookie), user.id(), csrf, now);
                    if (a.hasher.needsRehash(row.get().passwordHash())) {
                        a.users.setPassword(
                                c, user.id(), a.hasher.hash(given), user.mustChangePassword(), now);
                    }
                    a.audit.record(c, user.username(), "user.signin", entity(user), null, null);
                    return null;
                });
        return new AccountService.NewSession(cookie, new Session(user, csrf));
    }

    Optional<Session> session(String cookie) {
        if (cookie == null || cookie.isBlank() || cookie.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(cookie);
        Instant now = a.now();
        record Found(SessionStore.Row row, User user) {}
        Optional<Found> found =
                a.db.read(
                        c -> {
                            Optional<SessionStore.Row> row = a.sessions.find(c, hash);
                            if (row.isEmpty()) {
                                return Optional.empty();
                            }
                            return user(c, row.get().userId()).map(u -> new Found(row.get(), u));
                        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionStore.Row row = found.get().row();
        boolean expired =
                row.lastSeenAt().plus(a.policy.idle()).isBefore(now)
                        || row.createdAt().plus(a.policy.absolute()).isBefore(now)
                        || found.get().user().disabled();
        if (expired) {
            a.db.inTransaction(
                    c -> {
                        a.sessions.delete(c, hash);
                        return null;
                    });
            return Optional.empty();
        }
        if (row.lastSeenAt().plus(SessionStore.TOUCH_EVERY).isBefore(now)) {
            a.db.inTransaction(
                    c -> {
                        a.sessions.touch(c, hash, now);
                        return null;
                    });
        }
        return Optional.of(new Session(found.get().user(), row.csrf()));
    }

    void signOut(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return;
        }
        a.db.inTransaction(
                c -> {
                    a.sessions.delete(c, Secrets.sha256(cookie));
                    return null;
                });
    }

    User changePassword(User user, String cookie, String current, String next) {
        UserStore.Row row =
                a.db.read(c -> a.users.byId(c, user.id()))
                        .orElseThrow(() -> AccountProblems.userNotFound(user.username()));
        if (!a.hasher.verify(current == null ? "" : current, row.passwordHash())) {
            throw AccountProblems.wrongCurrentPassword();
        }
        checkStrength(user.username(), next);
        if (next.equals(current)) {
            throw AccountProblems.weakPassword(
                    "the new password must differ from the current one",
                    "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม");
        }
        String hash = a.hasher.hash(next);
        Instant now = a.now();
        return a.db.inTransaction(
                c -> {
                    a.users.setPassword(c, user.id(), hash, false, now);
                    a.sessions.deleteOthers(
                            c, user.id(), cookie == null ? null : Secrets.sha256(cookie));
                    a.audit.record(
                            c, user.username(), "user.password-change", entity(user), null, null);
                    return a.users.byId(c, user.id()).orElseThrow().user();
                });
    }

    Optional<User> userForToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(token.strip());
        Instant now = a.now();
        Optional<TokenStore.Live> live = a.db.read(c -> a.tokens.find(c, hash));
        if (live.isEmpty()) {
            return Optional.empty();
        }
        Instant last = live.get().lastUsedAt();
        if (last == null || last.plus(SessionStore.TOUCH_EVERY).isBefore(now)) {
            a.db.inTransaction(
                    c -> {
                        a.tokens.used(c, hash, now);
                        return null;
                    });
        }
        return a.db.read(c -> user(c, live.get().userId())).filter(u -> !u.disabled());
    }

    /** Refuses passwords too short, too long, or the username itself. */
    static void checkStrength(String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD_LENGTH) {
            throw AccountProblems.weakPassword(
                    "the password must have at least " + MIN_PASSWORD_LENGTH + " characters",
                    "รหัสผ่านต้องยาวอย่างน้อย " + MIN_PASSWORD_LENGTH + " ตัวอักษร");
        }
        if (length > MAX_PASSWORD_LENGTH) {
            throw AccountProblems.weakPassword(
                    "the password must have at most " + MAX_PASSWORD_LENGTH + " characters",
                    "รหัสผ่านต้องยาวไม่เกิน " + MAX_PASSWORD_LENGTH + " ตัวอักษร");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw AccountProblems.weakPassword(
                    "the password must not contain the username",
                    "รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่ในนั้น");
        }
    }

    private Optional<User> user(Connection c, long id) throws SQLException {
        return a.users.byId(c, id).map(UserStore.Row::user);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = a.hasher.hash(a.secrets.token());
        }
        return dummyHash;
    }

    static String entity(User user) {
        return "user/" + user.username();
    }
}
