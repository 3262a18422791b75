package saraban.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import saraban.accounts.Role;

/**
 * The one table of who may use which route: every route Saraban registers matches a line here (a
 * test enumerates them all), and a route without one is refused to everybody.
 *
 * <p>A line is {@code "METHOD /path"} as the route is registered ({@code {param}} included), with
 * {@code *} for any method or any one path segment and a trailing {@code /**} for any rest; the
 * first line that matches decides. The roles:
 *
 * <ul>
 *   <li>ผู้ดูแลระบบ (admin): everything.
 *   <li>สารบรรณกลาง (central registry): everything but the administration of users and offices.
 *   <li>สารบรรณหน่วยงาน (unit clerk): issues, receives, forwards, takes and cancels numbers for
 *       their own offices; reads them; searches.
 *   <li>เจ้าหน้าที่ (staff): reads their offices' letters and registers, and searches; drafts
 *       letters (in Thai offices the officer who works on a matter writes the draft) but does not
 *       issue, receive, take numbers or cancel.
 * </ul>
 *
 * Which office a request acts for is checked beside this table: a path's {@code {office}} by {@link
 * Access}, an office in the body or of a stored letter by the route ({@link
 * Requests#requireOffice}).
 */
public final class AccessRules {

    /** Who may use a route: anybody, or a signed-in user with one of {@code roles}. */
    public record Rule(boolean open, Set<Role> roles) {
        public Rule {
            roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        }

        /** Whether {@code role} may use the route (for an open route: anybody may). */
        public boolean allows(Role role) {
            return open || roles.contains(role);
        }
    }

    static final Rule PUBLIC = new Rule(true, Set.of());
    static final Rule SIGNED_IN = roles(Role.values());
    static final Rule ISSUERS = roles(Role.ADMIN, Role.CENTRAL_REGISTRY, Role.UNIT_CLERK);
    static final Rule ADMIN = roles(Role.ADMIN);

    private record Line(String method, Pattern path, String source, Rule rule) {}

    private static final List<Line> TABLE = new ArrayList<>();

    static {
        // Open to anybody: the shell of the site, signing in, the public portal.
        line("GET /health", PUBLIC);
        line("GET /assets/**", PUBLIC);
        // Javalin names a static file's match "*": the style sheet and script under /assets/.
        line("GET *", PUBLIC);
        line("GET /signin", PUBLIC);
        line("POST /signin", PUBLIC);
        // A district's pages for sending forms back sit in the portal but need signing in.
        line("* /portal/submit", SIGNED_IN);
        line("* /portal/submit/**", SIGNED_IN);
        line("* /portal", PUBLIC);
        line("* /portal/**", PUBLIC);

        // Any signed-in user: their own session and password, the landing page.
        line("POST /signout", SIGNED_IN);
        line("GET /password", SIGNED_IN);
        line("POST /password", SIGNED_IN);
        line("GET /", SIGNED_IN);
        line("GET /api/me", SIGNED_IN);

        // Administration of users, tokens and offices.
        line("* /admin", ADMIN);
        line("* /admin/**", ADMIN);
        line("* /api/users", ADMIN);
        line("* /api/users/**", ADMIN);
        line("* /api/tokens/**", ADMIN);
        line("GET /api/offices", SIGNED_IN);
        line("GET /api/offices/{id}", SIGNED_IN);
        line("* /api/offices", ADMIN);
        line("* /api/offices/**", ADMIN);

        // Letters: anyone drafts and reads (of their offices); clerks issue.
        line("POST /api/letters/{id}/issue", ISSUERS);
        // Publishing on the portal, and its library of forms and manuals: issuers, for their
        // offices.
        line("POST /api/letters/{id}/publish", ISSUERS);
        line("POST /api/letters/{id}/unpublish", ISSUERS);
        line("GET /api/portal/**", SIGNED_IN);
        // Forms: their definitions and blank PDFs are for anybody (districts print them);
        // submissions for the signed-in, for their own offices; a circular asks for one.
        line("GET /api/forms", PUBLIC);
        line("GET /api/forms/**", PUBLIC);
        line("POST /api/forms/*/submissions", SIGNED_IN);
        line("POST /api/forms/*/drafts", SIGNED_IN);
        line("* /api/submissions/**", SIGNED_IN);
        line("POST /api/form-requests", ISSUERS);
        line("GET /api/form-requests/**", SIGNED_IN);
        line("* /api/portal/**", ISSUERS);
        line("* /api/letters", SIGNED_IN);
        line("* /api/letters/**", SIGNED_IN);
        line("POST /letters/*/issue", ISSUERS);
        line("POST /letters/*/publish", ISSUERS);
        line("POST /letters/*/unpublish", ISSUERS);
        line("* /letters/number", ISSUERS);
        line("* /letters", SIGNED_IN);
        line("* /letters/**", SIGNED_IN);

        // Incoming letters: clerks receive and forward; anyone reads (of their offices).
        line("GET /api/incoming/**", SIGNED_IN);
        // Receiving pages: the upload, its preview and the forward form are for clerks only.
        line("GET /incoming/new", ISSUERS);
        line("GET /incoming/new/**", ISSUERS);
        line("GET /incoming/{id}/forward", ISSUERS);
        line("* /api/incoming", ISSUERS);
        line("* /api/incoming/**", ISSUERS);
        line("GET /incoming", SIGNED_IN);
        line("GET /incoming/**", SIGNED_IN);
        line("* /incoming", ISSUERS);
        line("* /incoming/**", ISSUERS);

        // Registers: clerks take, reserve and cancel numbers; anyone reads.
        line("GET /api/registers/**", SIGNED_IN);
        line("GET /api/reservations/{id}", SIGNED_IN);
        line("* /api/registers/**", ISSUERS);
        line("* /api/reservations/**", ISSUERS);
        line("GET /registers", SIGNED_IN);
        line("GET /registers/**", SIGNED_IN);
        line("* /registers", ISSUERS);
        line("* /registers/**", ISSUERS);

        // Search: anyone, within their clearance.
        line("GET /api/search", SIGNED_IN);
        line("GET /search", SIGNED_IN);
    }

    private AccessRules() {}

    /** The rule of the route registered as {@code path} for {@code method}; empty if none. */
    public static Optional<Rule> find(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        for (Line line : TABLE) {
            if ((line.method().equals("*") || line.method().equals(m))
                    && line.path().matcher(path).matches()) {
                return Optional.of(line.rule());
            }
        }
        return Optional.empty();
    }

    private static Rule roles(Role... roles) {
        return new Rule(false, Set.of(roles));
    }

    private static void line(String spec, Rule rule) {
        String[] parts = spec.split(" ", 2);
        if (!parts[1].startsWith("/")) {
            TABLE.add(new Line(parts[0], Pattern.compile(Pattern.quote(parts[1])), spec, rule));
            return;
        }
        StringBuilder regex = new StringBuilder();
        String path = parts[1];
        boolean rest = path.endsWith("/**");
        if (rest) {
            path = path.substring(0, path.length() - 3);
        }
        for (String segment : path.split("/", -1)) {
            if (regex.length() > 0 || !segment.isEmpty()) {
                regex.append('/');
            }
            if (segment.equals("*")) {
                regex.append("[^/]+");
            } else if (!segment.isEmpty()) {
                regex.append(Pattern.quote(segment));
            }
        }
        if (path.equals("/")) {
            regex.setLength(0);
            regex.append('/');
        }
        if (rest) {
            regex.append("/.+");
        }
        TABLE.add(new Line(parts[0], Pattern.compile(regex.toString()), spec, rule));
    }
}
