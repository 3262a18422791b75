package saraban.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    final PasswordHasher hasher = new PasswordHasher(new SecureRandom());

    @Test
    void a_hash_is_argon2id_in_the_phc_format_with_the_stated_parameters() {
        String hash = hasher.hash("รหัสผ่านภาษาไทย 2562");
        assertThat(hash)
                .matches(
                        "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void only_the_same_password_verifies_and_salts_differ() {
        String hash = hasher.hash("รหัสผ่านภาษาไทย 2562");
        assertThat(hasher.verify("รหัสผ่านภาษาไทย 2562", hash)).isTrue();
        assertThat(hasher.verify("รหัสผ่านภาษาไทย 2563", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
        assertThat(hasher.hash("รหัสผ่านภาษาไทย 2562")).isNotEqualTo(hash);
        assertThat(hasher.verify("x", "not a hash")).isFalse();
    }

    @Test
    void a_hash_made_with_other_parameters_still_verifies_and_asks_to_be_redone() {
        String hash = hasher.hash("รหัสผ่านเดิม").replace("m=19456,t=2,p=1", "m=19456,t=3,p=1");
        assertThat(hasher.needsRehash(hash)).isTrue();
        // the parameters are part of the hash: read with t=3, the same bytes no longer match
        assertThat(hasher.verify("รหัสผ่านเดิม", hash)).isFalse();
    }

    @Test
    void locks_grow_from_one_minute_to_at_most_an_hour() {
        assertThat(SigninThrottle.lock(0)).hasMinutes(1);
        assertThat(SigninThrottle.lock(1)).hasMinutes(2);
        assertThat(SigninThrottle.lock(3)).hasMinutes(8);
        assertThat(SigninThrottle.lock(30)).hasHours(1);
    }
}
