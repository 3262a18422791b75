package saraban.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import saraban.search.SecrecyLevel;

/** What an administrator does to accounts, for {@link AccountService}. */
final class Administration {
    private final AccountService a;

    Administration(AccountService accounts) {
        this.a = accounts;
    }

    Optional<String> createFirstAdmin() {
        String password = a.secrets.oneTimePassword(AccountService.ONE_TIME_PASSWORD_LENGTH);
        String hash = a.hasher.hash(password);
        UserRequest admin =
                new UserRequest(
                        AccountService.FIRST_ADMIN,
                        "ผู้ดูแลระบบ",
                        List.of(Role.ADMIN.name()),
                        List.of(),
                        SecrecyLevel.NONE.name(),
                        false);
        Instant now = a.now();
        boolean created =
                a.db.inTransaction(
                        c -> {
                            if (a.users.count(c) > 0) {
                                return false;
                            }
                            a.users.insert(c, admin, hash, now);
                            a.audit.record(
                                    c,
                                    "system",
                                    "user.create",
                                    "user/" + admin.username(),
                                    null,
                                    view(admin));
                            return true;
                        });
        return created ? Optional.of(password) : Optional.empty();
    }

    UserStore.Row row(String username) {
        String name = username == null ? "" : UserRequest.lower(username);
        return a.db.read(c -> a.users.byName(c, name))
                .orElseThrow(() -> AccountProblems.userNotFound(username));
    }

    AccountService.WithPassword create(UserRequest request, String actor) {
        check(request);
        String password = a.secrets.oneTimePassword(AccountService.ONE_TIME_PASSWORD_LENGTH);
        String hash = a.hasher.hash(password);
        Instant now = a.now();
        User user =
                a.db.inTransaction(
                        c -> {
                            if (a.users.byName(c, request.username()).isPresent()) {
                                throw AccountProblems.userExists(request.username());
                            }
                            long id = a.users.insert(c, request, hash, now);
                            a.audit.record(
                                    c,
                                    actor,
                                    "user.create",
                                    "user/" + request.username(),
                                    null,
                                    view(request));
                            return a.users.byId(c, id).orElseThrow().user();
                        });
        return new AccountService.WithPassword(user, password);
    }

    User update(String username, UserRequest request, String actor) {
        User before = row(username).user();
        if (!before.username().equals(request.username())) {
            throw AccountProblems.invalid(
                    "username",
                    "a username cannot be changed: "
                            + before.username()
                            + " is not "
                            + request.username(),
                    "เปลี่ยนชื่อผู้ใช้ไม่ได้");
        }
        check(request);
        Instant now = a.now();
        return a.db.inTransaction(
                c -> {
                    boolean staysAdmin =
                            request.roleSet().contains(Role.ADMIN) && !request.disabled();
                    if (before.admin()
                            && !staysAdmin
                            && a.users.otherEnabledAdmins(c, before.id()) == 0) {
                        throw AccountProblems.lastAdmin();
                    }
                    a.users.update(c, before.id(), request, now);
                    if (request.disabled()) {
                        a.sessions.deleteOthers(c, before.id(), null);
                    }
                    User after = a.users.byId(c, before.id()).orElseThrow().user();
                    a.audit.record(c, actor, "user.update", Signing.entity(after), before, after);
                    return after;
                });
    }

    AccountService.WithPassword resetPassword(String username, String actor) {
        User user = row(username).user();
        String password = a.secrets.oneTimePassword(AccountService.ONE_TIME_PASSWORD_LENGTH);
        String hash = a.hasher.hash(password);
        Instant now = a.now();
        User after =
                a.db.inTransaction(
                        c -> {
                            a.users.setPassword(c, user.id(), hash, true, now);
                            a.sessions.deleteOthers(c, user.id(), null);
                            a.audit.record(
                                    c,
                                    actor,
                                    "user.password-reset",
                                    Signing.entity(user),
                                    null,
                                    null);
                            return a.users.byId(c, user.id()).orElseThrow().user();
                        });
        return new AccountService.WithPassword(after, password);
    }

    ApiToken.IssuedToken issueToken(String username, String name, String actor) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw AccountProblems.invalid(
                    "name",
                    "a token needs a name (what uses it), at most 100 characters",
                    "ต้องตั้งชื่อโทเค็น (ระบบใดใช้) ไม่เกิน 100 ตัวอักษร");
        }
        User user = row(username).user();
        String token = "sbn_" + a.secrets.token();
        Instant now = a.now();
        long id =
                a.db.inTransaction(
                        c -> {
                            long tokenId =
                                    a.tokens.insert(
                                            c,
                                            user.id(),
                                            name.strip(),
                                            Secrets.sha256(token),
                                            now,
                                            actor);
                            a.audit.record(
                                    c,
                                    actor,
                                    "token.issue",
                                    "token/" + tokenId,
                                    null,
                                    Map.of("user", user.username(), "name", name.strip()));
                            return tokenId;
                        });
        ApiToken about = new ApiToken(id, user.username(), name.strip(), now, actor, null, null);
        return new ApiToken.IssuedToken(about, token);
    }

    void revokeToken(long id, String actor) {
        a.db.inTransaction(
                c -> {
                    if (!a.tokens.exists(c, id)) {
                        throw AccountProblems.tokenNotFound(id);
                    }
                    if (a.tokens.revoke(c, id, a.now())) {
                        a.audit.record(c, actor, "token.revoke", "token/" + id, null, null);
                    }
                    return null;
                });
    }

    /** A request that keeps what {@code user} has, except what is given. */
    static UserRequest request(
            User user, List<String> roles, List<String> offices, String clearance, Boolean off) {
        return new UserRequest(
                user.username(),
                user.displayName(),
                roles != null ? roles : user.roles().stream().map(Role::name).toList(),
                offices != null ? offices : List.copyOf(user.offices()),
                clearance != null ? clearance : user.clearance().name(),
                off != null ? off : user.disabled());
    }

    private void check(UserRequest request) {
        request.roleSet();
        request.clearanceLevel();
        for (String office : request.officeSet()) {
            if (!a.knownOffice.test(office)) {
                throw AccountProblems.invalid(
                        "offices", "no office " + office, "ไม่พบหน่วยงานรหัส " + office);
            }
        }
        boolean needsOffice = request.roleSet().stream().noneMatch(Role::seesEveryOffice);
        if (needsOffice && request.officeSet().isEmpty()) {
            throw AccountProblems.invalid(
                    "offices",
                    "a unit clerk or staff member needs at least one office",
                    "สารบรรณหน่วยงานและเจ้าหน้าที่ต้องสังกัดหน่วยงานอย่างน้อยหนึ่งแห่ง");
        }
    }

    private static Map<String, Object> view(UserRequest r) {
        return Map.of(
                "username", r.username(),
                "displayName", r.displayName(),
                "roles", r.roles(),
                "offices", r.offices(),
                "clearance", r.clearanceLevel().name(),
                "disabled", r.disabled());
    }
}
