package saraban.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (BouncyCastle's implementation), written in the PHC string format that
 * other Argon2 libraries read: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}.
 *
 * <p>Parameters: 19 MiB of memory, 2 passes, 1 lane, a 16-byte random salt and a 32-byte hash: the
 * first of OWASP's Password Storage Cheat Sheet recommendations for Argon2id (2023), about 50 ms on
 * one core of a small server. A stored hash keeps its own parameters, so raising them later only
 * affects new passwords; {@link #needsRehash} tells when an old one should be replaced.
 */
final class PasswordHasher {
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC =
            Pattern.compile(
                    "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})"
                            + "\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private final SecureRandom random;

    PasswordHasher(SecureRandom random) {
        this.random = random;
    }

    /** A new hash of {@code password} with a fresh salt. */
    String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return String.format(
                Locale.ROOT,
                "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
                MEMORY_KIB,
                ITERATIONS,
                PARALLELISM,
                B64.encodeToString(salt),
                B64.encodeToString(hash));
    }

    /**
     * Whether {@code password} is the one {@code stored} was made from; compared in constant time.
     */
    boolean verify(String password, String stored) {
        Matcher m = PHC.matcher(stored);
        if (!m.matches()) {
            return false;
        }
        byte[] salt = B64_DECODE.decode(m.group(4));
        byte[] expected = B64_DECODE.decode(m.group(5));
        byte[] actual =
                argon2(
                        password,
                        salt,
                        Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)),
                        expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether {@code stored} was made with weaker parameters than today's. */
    boolean needsRehash(String stored) {
        return !stored.startsWith(
                String.format(
                        Locale.ROOT,
                        "$argon2id$v=19$m=%d,t=%d,p=%d$",
                        MEMORY_KIB,
                        ITERATIONS,
                        PARALLELISM));
    }

    private static byte[] argon2(
            String password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
        Argon2Parameters parameters =
                new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                        .withSalt(salt)
                        .withMemoryAsKB(memoryKib)
                        .withIterations(iterations)
                        .withParallelism(lanes)
                        .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
