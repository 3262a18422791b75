package saraban.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import saraban.search.SecrecyLevel;

/**
 * What an administrator states about a user when creating or changing one: the JSON of {@code POST
 * /api/users} and {@code PUT /api/users/{username}}.
 *
 * @param username letters, digits, {@code . _ -}; 2–64 characters; stored in lower case
 * @param roles at least one of {@code ADMIN}, {@code CENTRAL_REGISTRY}, {@code UNIT_CLERK}, {@code
 *     STAFF}
 * @param offices office ids; a unit clerk and staff need at least one
 * @param clearance {@code NONE} when absent
 */
public record UserRequest(
        String username,
        String displayName,
        List<String> roles,
        List<String> offices,
        String clearance,
        Boolean disabled) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{2,64}");

    public UserRequest {
        if (username == null || !NAME.matcher(lower(username)).matches()) {
            throw AccountProblems.invalid(
                    "username",
                    "username must be 2-64 letters, digits, '.', '_' or '-', not " + username,
                    "ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษ ตัวเลข . _ หรือ - ยาว 2–64 ตัว");
        }
        username = lower(username);
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw AccountProblems.invalid(
                    "displayName", "displayName must not be blank", "ต้องระบุชื่อที่แสดงของผู้ใช้");
        }
        displayName = displayName.strip();
        roles = roles == null ? List.of() : List.copyOf(roles);
        offices = offices == null ? List.of() : List.copyOf(offices);
        if (roles.isEmpty()) {
            throw AccountProblems.invalid(
                    "roles",
                    "roles must name at least one role",
                    "ผู้ใช้ต้องมีบทบาทอย่างน้อยหนึ่งบทบาท");
        }
        disabled = disabled != null && disabled;
    }

    /** The roles, read. */
    public Set<Role> roleSet() {
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (String role : roles) {
            try {
                out.add(Role.parse(role));
            } catch (IllegalArgumentException e) {
                throw AccountProblems.invalid("roles", e.getMessage(), "ไม่รู้จักบทบาท " + role);
            }
        }
        return out;
    }

    /** The office ids, trimmed. */
    public SortedSet<String> officeSet() {
        SortedSet<String> out = new TreeSet<>();
        for (String office : offices) {
            if (office == null || office.isBlank()) {
                throw AccountProblems.invalid(
                        "offices", "an office id must not be blank", "รหัสหน่วยงานต้องไม่ว่าง");
            }
            out.add(office.strip());
        }
        return out;
    }

    /** The clearance, read; {@code NONE} when absent. */
    public SecrecyLevel clearanceLevel() {
        try {
            return SecrecyLevel.parse(clearance);
        } catch (IllegalArgumentException e) {
            throw AccountProblems.invalid(
                    "clearance",
                    e.getMessage(),
                    "ระดับชั้นความลับต้องเป็น NONE, CONFIDENTIAL, SECRET หรือ TOP_SECRET");
        }
    }

    static String lower(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
