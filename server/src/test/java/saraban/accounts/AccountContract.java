package saraban.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import saraban.ProblemException;
import saraban.search.SecrecyLevel;
import saraban.storage.Database;
import saraban.testing.SettableClock;
import saraban.web.Json;

/** What accounts, sessions, tokens and the sign-in throttle promise, run against each database. */
abstract class AccountContract {
    static final Set<String> OFFICES = Set.of("ss-0017", "ss-0017-2");
    final SettableClock clock = new SettableClock(Instant.parse("2019-03-29T03:00:00Z"));
    Database db;
    AccountService accounts;

    abstract String url();

    @BeforeEach
    void open() {
        db = Database.open(url(), clock);
        accounts =
                AccountService.open(
                        db,
                        clock,
                        AccountService.SessionPolicy.DEFAULT,
                        OFFICES::contains,
                        Json.mapper());
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    static UserRequest staff(String name, String clearance) {
        return new UserRequest(
                name, "คุณ" + name, List.of("STAFF"), List.of("ss-0017-2"), clearance, false);
    }

    static String code(ThrowingCall call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.problem().code();
        }
        throw new AssertionError("no problem");
    }

    interface ThrowingCall {
        void run();
    }

    @Test
    void the_first_admin_is_created_once_and_must_change_the_password() {
        String password = accounts.createFirstAdmin().orElseThrow();
        assertThat(accounts.createFirstAdmin()).isEmpty();
        AccountService.NewSession s = accounts.signIn("ADMIN", password, "10.0.0.1");
        assertThat(s.session().user().admin()).isTrue();
        assertThat(s.session().user().mustChangePassword()).isTrue();
        User changed =
                accounts.changePassword(
                        s.session().user(), s.cookie(), password, "รหัสผ่านใหม่ยาวพอ");
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(accounts.session(s.cookie())).isPresent();
    }

    @Test
    void a_user_keeps_roles_offices_and_clearance_and_only_known_offices() {
        User u = accounts.create(staff("somchai", "SECRET"), "admin").user();
        assertThat(u.roles()).containsExactly(Role.STAFF);
        assertThat(u.offices()).containsExactly("ss-0017-2");
        assertThat(u.clearance()).isEqualTo(SecrecyLevel.SECRET);
        assertThat(accounts.setRoles("somchai", List.of("unit_clerk"), "admin").roles())
                .containsExactly(Role.UNIT_CLERK);
        assertThat(accounts.setClearance("somchai", "ลับ", "admin").clearance())
                .isEqualTo(SecrecyLevel.CONFIDENTIAL);
        assertThat(code(() -> accounts.setOffices("somchai", List.of("ss-9999"), "admin")))
                .isEqualTo("FIELD_INVALID");
        assertThat(code(() -> accounts.create(staff("SOMCHAI", "NONE"), "admin")))
                .isEqualTo("USER_EXISTS");
        assertThat(accounts.users()).extracting(User::username).containsExactly("somchai");
    }

    @Test
    void sessions_end_when_idle_when_too_old_and_on_sign_out() {
        String once = accounts.create(staff("malee", "NONE"), "admin").oneTimePassword();
        AccountService.NewSession s = accounts.signIn("malee", once, "10.0.0.2");
        clock.advance(Duration.ofMinutes(119));
        assertThat(accounts.session(s.cookie())).isPresent();
        clock.advance(Duration.ofMinutes(121));
        assertThat(accounts.session(s.cookie())).isEmpty();

        AccountService.NewSession t = accounts.signIn("malee", once, "10.0.0.2");
        for (int hour = 0; hour < 12; hour++) {
            clock.advance(Duration.ofMinutes(61));
            accounts.session(t.cookie());
        }
        assertThat(accounts.session(t.cookie())).isEmpty();

        AccountService.NewSession u = accounts.signIn("malee", once, "10.0.0.2");
        accounts.signOut(u.cookie());
        assertThat(accounts.session(u.cookie())).isEmpty();
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_loses_sessions_and_tokens() {
        String once = accounts.create(staff("wichai", "NONE"), "admin").oneTimePassword();
        AccountService.NewSession s = accounts.signIn("wichai", once, "10.0.0.3");
        String token = accounts.issueToken("wichai", "ระบบงานบุคคล", "admin").token();
        assertThat(accounts.userForToken(token)).isPresent();
        accounts.setDisabled("wichai", true, "admin");
        assertThat(accounts.session(s.cookie())).isEmpty();
        assertThat(accounts.userForToken(token)).isEmpty();
        assertThat(code(() -> accounts.signIn("wichai", once, "10.0.0.3")))
                .isEqualTo("SIGNIN_FAILED");
    }

    @Test
    void a_revoked_token_signs_nothing_in_and_tokens_are_kept_hashed() throws Exception {
        accounts.create(staff("pranee", "NONE"), "admin");
        ApiToken.IssuedToken issued = accounts.issueToken("pranee", "สารบรรณของกรม", "admin");
        assertThat(issued.token()).startsWith("sbn_");
        assertThat(accounts.userForToken(issued.token()).orElseThrow().username())
                .isEqualTo("pranee");
        String stored =
                db.read(
                        c -> {
                            try (var s = c.prepareStatement("SELECT token_sha256 FROM api_tokens");
                                    var r = s.executeQuery()) {
                                r.next();
                                return r.getString(1);
                            }
                        });
        assertThat(stored).isNotEqualTo(issued.token()).hasSize(64);
        accounts.revokeToken(issued.about().id(), "admin");
        assertThat(accounts.userForToken(issued.token())).isEmpty();
        assertThat(accounts.tokens("pranee").get(0).revokedAt()).isNotNull();
    }

    @Test
    void five_failures_lock_the_account_for_a_minute_then_longer() {
        String once = accounts.create(staff("boonmee", "NONE"), "admin").oneTimePassword();
        for (int i = 0; i < 5; i++) {
            String address = "10.0.0." + i;
            assertThat(code(() -> accounts.signIn("boonmee", "wrong", address)))
                    .isEqualTo("SIGNIN_FAILED");
        }
        assertThat(code(() -> accounts.signIn("boonmee", once, "10.0.0.9")))
                .isEqualTo("SIGNIN_RATE_LIMITED");
        clock.advance(Duration.ofSeconds(61));
        assertThat(code(() -> accounts.signIn("boonmee", "wrong", "10.0.0.9")))
                .isEqualTo("SIGNIN_FAILED");
        clock.advance(Duration.ofSeconds(61));
        // the sixth failure locked it for two minutes
        assertThat(code(() -> accounts.signIn("boonmee", once, "10.0.0.9")))
                .isEqualTo("SIGNIN_RATE_LIMITED");
        clock.advance(Duration.ofSeconds(61));
        assertThat(accounts.signIn("boonmee", once, "10.0.0.9").session().user().username())
                .isEqualTo("boonmee");
    }

    @Test
    void the_last_administrator_cannot_be_disabled() {
        accounts.createFirstAdmin();
        assertThat(code(() -> accounts.setDisabled("admin", true, "admin")))
                .isEqualTo("LAST_ADMIN");
        assertThatThrownBy(() -> accounts.setRoles("admin", List.of("STAFF"), "admin"))
                .isInstanceOf(ProblemException.class);
    }
}
