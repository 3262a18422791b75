package saraban.accounts;

/**
 * A signed-in browser: the user as the session found them, and the session's CSRF token, which
 * every form and script of the session sends back.
 */
public record Session(User user, String csrf) {}
