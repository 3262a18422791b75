package saraban.receiving;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Letters uploaded and previewed but not yet confirmed, held in this server's memory for a short
 * while: only a confirmed letter is numbered and stored, so a preview the clerk abandons leaves no
 * trace. Each belongs to the user who uploaded it; the oldest are dropped first when too many wait.
 *
 * <p>With several servers, the preview and its confirmation must reach the same one (sticky
 * sessions); otherwise the clerk is told to upload the file again.
 */
final class PendingReceipts {
    /** How long a preview waits for its confirmation. */
    static final Duration KEEP = Duration.ofMinutes(30);

    /** How many previews wait at most, all users together: each holds a file of up to the limit. */
    static final int MAX = 24;

    /** One previewed upload. */
    record Pending(
            String token,
            String username,
            String officeId,
            String fileName,
            IncomingService.Prepared prepared,
            IncomingService.Preview preview,
            byte[] pageImage,
            Instant at) {}

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    PendingReceipts(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a preview; answers the token that finds it again. */
    synchronized Pending keep(
            String username,
            String officeId,
            String fileName,
            IncomingService.Prepared prepared,
            IncomingService.Preview preview,
            byte[] pageImage) {
        expire();
        while (pending.size() >= MAX) {
            Iterator<String> oldest = pending.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Pending p =
                new Pending(
                        token,
                        username,
                        officeId,
                        fileName,
                        prepared,
                        preview,
                        pageImage,
                        clock.instant());
        pending.put(token, p);
        return p;
    }

    /** The user's preview with this token, if it is still waiting. */
    synchronized Optional<Pending> find(String token, String username) {
        expire();
        Pending p = pending.get(token);
        return p != null && p.username().equals(username) ? Optional.of(p) : Optional.empty();
    }

    /** Forgets a preview: once confirmed, or abandoned by the clerk. */
    synchronized void drop(String token) {
        pending.remove(token);
    }

    private void expire() {
        Instant oldest = clock.instant().minus(KEEP);
        pending.values().removeIf(p -> p.at().isBefore(oldest));
    }
}
