package saraban.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import saraban.Problem;
import saraban.ProblemException;
import saraban.accounts.Role;
import saraban.accounts.User;
import saraban.search.SecrecyLevel;

/**
 * What every route reads the same way from a request: who is calling ({@link Access} found out
 * before the handler runs), as whom the audit log records it, what they may see, and for which
 * offices they may act.
 */
public final class Requests {
    static final String CALLER = "saraban.caller";
    static final String ACTOR_HEADER = "X-Saraban-Actor";
    static final String CLEARANCE_HEADER = "X-Saraban-Clearance";

    /** How a caller proved who they are. */
    enum Via {
        /** A browser's session cookie. */
        SESSION,
        /** {@code Authorization: Bearer} with an API token. */
        TOKEN,
        /** A trusted gateway's headers ({@code SARABAN_TRUST_HEADERS=true}). */
        GATEWAY
    }

    /** The authenticated caller of a request; for a gateway, {@code user} stands for it. */
    record Caller(User user, Via via, String csrf) {}

    private Requests() {}

    /** The signed-in user (by session or API token); empty for anonymous and gateway calls. */
    public static Optional<User> user(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        return caller == null || caller.via() == Via.GATEWAY
                ? Optional.empty()
                : Optional.of(caller.user());
    }

    /**
     * Who is acting, for the audit log: the signed-in user's username; behind a trusted gateway the
     * user it names in {@code X-Saraban-Actor}, or {@code api} when it names none.
     */
    public static String actor(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            return "anonymous";
        }
        return caller.user().username();
    }

    /**
     * The highest ชั้นความลับ the caller may see: the signed-in user's clearance; behind a trusted
     * gateway the one it states in {@code X-Saraban-Clearance}; {@code NONE} for anyone else.
     *
     * @throws ProblemException {@code CLEARANCE_INVALID} for a gateway header that is no level
     */
    public static SecrecyLevel clearance(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            return SecrecyLevel.NONE;
        }
        if (caller.via() != Via.GATEWAY) {
            return caller.user().clearance();
        }
        try {
            return SecrecyLevel.parse(ctx.header(CLEARANCE_HEADER));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    new Problem(
                            400,
                            "CLEARANCE_INVALID",
                            CLEARANCE_HEADER + ": " + e.getMessage(),
                            "ระดับชั้นความลับของผู้ค้นไม่ถูกต้อง ต้องเป็น NONE, CONFIDENTIAL (ลับ),"
                                    + " SECRET (ลับมาก) หรือ TOP_SECRET (ลับที่สุด)",
                            CLEARANCE_HEADER));
        }
    }

    /**
     * Refuses a caller who is not cleared for {@code level} with {@code notFound}: a secret
     * document the caller may not see answers exactly as one that does not exist.
     */
    public static void requireCleared(
            Context ctx, SecrecyLevel level, Supplier<ProblemException> notFound) {
        if (!clearance(ctx).clears(level)) {
            throw notFound.get();
        }
    }

    /**
     * As {@link #requireCleared(Context, SecrecyLevel, Supplier)} for a document's mark as written
     * ({@code ลับมาก}, {@code SECRET}); {@code null} or blank is no mark.
     */
    public static void requireCleared(
            Context ctx, String secrecy, Supplier<ProblemException> notFound) {
        requireCleared(ctx, SecrecyLevel.parse(secrecy), notFound);
    }

    /**
     * The offices whose work the caller's pages show (dashboard, office choices): the user's own;
     * for one without offices who sees every office (admin, central registry), all of {@code
     * every}, in its order.
     */
    public static List<String> officeIds(Context ctx, List<String> every) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            return List.of();
        }
        User user = caller.user();
        if (user.offices().isEmpty() && user.roles().stream().anyMatch(Role::seesEveryOffice)) {
            return every;
        }
        return List.copyOf(user.offices());
    }

    /**
     * Refuses a caller who may not act for {@code officeId} (not one of their offices, and they are
     * neither administrator nor central registry) with 403 {@code OFFICE_NOT_ALLOWED}.
     */
    public static void requireOffice(Context ctx, String officeId) {
        Caller caller = ctx.attribute(CALLER);
        if (caller != null && caller.user().mayActFor(officeId)) {
            return;
        }
        throw new ProblemException(
                new Problem(
                        403,
                        "OFFICE_NOT_ALLOWED",
                        "not allowed to act for office " + officeId,
                        "คุณไม่มีสิทธิ์ดำเนินการแทนหน่วยงาน " + officeId,
                        "office"));
    }
}
