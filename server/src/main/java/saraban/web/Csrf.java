package saraban.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Compares CSRF tokens without telling by the time taken where they differ. */
final class Csrf {
    private Csrf() {}

    static boolean same(String given, String expected) {
        return given != null
                && expected != null
                && MessageDigest.isEqual(
                        given.strip().getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8));
    }
}
