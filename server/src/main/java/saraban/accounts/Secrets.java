package saraban.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets (session ids, CSRF tokens, API tokens, one-time passwords) and the SHA-256 hashes
 * under which session ids and tokens are stored. A hash without salt or stretching is enough for
 * them: each holds 256 random bits, so there is nothing to guess.
 */
final class Secrets {
    /** Letters and digits that cannot be mistaken for one another when read off a screen. */
    private static final String READABLE = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789";

    private final SecureRandom random;

    Secrets(SecureRandom random) {
        this.random = random;
    }

    SecureRandom random() {
        return random;
    }

    /** 32 random bytes as URL-safe Base64 (43 characters). */
    String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A password of {@code length} readable characters, for a person to type once. */
    String oneTimePassword(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(READABLE.charAt(random.nextInt(READABLE.length())));
        }
        return out.toString();
    }

    /** The SHA-256 of {@code secret}'s UTF-8 bytes, in hex: how a secret is looked up. */
    static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    static boolean same(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(
                        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
