package saraban.accounts;

import io.javalin.security.RouteRole;
import java.util.Locale;

/**
 * What a user may do. A user has one or more roles; what each role allows on each route is the
 * table in {@code saraban.web.AccessRules}.
 */
public enum Role implements RouteRole {
    /** ผู้ดูแลระบบ: everything, users and offices included. */
    ADMIN("ผู้ดูแลระบบ"),
    /** สารบรรณกลาง: the agency's central registry; every office's correspondence. */
    CENTRAL_REGISTRY("สารบรรณกลาง"),
    /** สารบรรณหน่วยงาน: a unit's clerk; issues, receives and registers for their own offices. */
    UNIT_CLERK("สารบรรณหน่วยงาน"),
    /** เจ้าหน้าที่: reads their offices' letters and registers, drafts letters, searches. */
    STAFF("เจ้าหน้าที่");

    private final String thai;

    Role(String thai) {
        this.thai = thai;
    }

    /** The role's Thai name, as pages show it. */
    public String thai() {
        return thai;
    }

    /** Whether this role sees every office, not only the user's own. */
    public boolean seesEveryOffice() {
        return this == ADMIN || this == CENTRAL_REGISTRY;
    }

    /**
     * Reads a role by name in any case ({@code unit_clerk}, {@code UNIT-CLERK}) or by its Thai
     * name.
     *
     * @throws IllegalArgumentException {@code "not a role: ..."}
     */
    public static Role parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Role role : values()) {
            if (role.thai.equals(t)
                    || role.name().equals(t.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                return role;
            }
        }
        throw new IllegalArgumentException(
                "not a role: " + text + " (ADMIN, CENTRAL_REGISTRY, UNIT_CLERK, STAFF)");
    }
}
