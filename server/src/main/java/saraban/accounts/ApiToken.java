package saraban.accounts;

import java.time.Instant;

/**
 * An API token as an administrator sees it: never the token itself, which is shown once, when it is
 * issued ({@link IssuedToken}).
 */
public record ApiToken(
        long id,
        String username,
        String name,
        Instant createdAt,
        String createdBy,
        Instant lastUsedAt,
        Instant revokedAt) {

    /** A token just issued: {@code token} goes into {@code Authorization: Bearer …}. */
    public record IssuedToken(ApiToken about, String token) {}
}
