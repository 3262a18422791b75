package saraban.accounts;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import saraban.search.SecrecyLevel;

/**
 * Someone who may sign in, as the rest of Saraban sees them: never with the password hash.
 *
 * @param username the sign-in name, lower case: what the audit log records as the actor
 * @param displayName the name pages show, in Thai as a rule
 * @param offices the ids of the offices the user works for ({@code ss-0017-2})
 * @param clearance the highest ชั้นความลับ the user may see
 * @param mustChangePassword true until the user replaces a password someone else chose
 */
public record User(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        SortedSet<String> offices,
        SecrecyLevel clearance,
        boolean disabled,
        boolean mustChangePassword) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(clearance, "clearance");
        roles =
                roles.isEmpty()
                        ? Set.of()
                        : java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
        offices = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(offices));
    }

    /** Whether the user has {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the user administers Saraban ({@link Role#ADMIN}). */
    public boolean admin() {
        return has(Role.ADMIN);
    }

    /**
     * Whether the user may act for {@code officeId}: an office of their own, or any office for the
     * administrator and the central registry.
     */
    public boolean mayActFor(String officeId) {
        return roles.stream().anyMatch(Role::seesEveryOffice) || offices.contains(officeId);
    }
}
