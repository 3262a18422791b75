/**
 * Who may sign in: users with their roles, offices and clearance, Argon2id password hashes,
 * sessions kept in the database, API tokens, and the slowing down of password guessing. {@link
 * saraban.accounts.AccountService} is the entry; {@link saraban.accounts.UserRoutes} its HTTP face
 * for programs. What each role may do on each route is {@code saraban.web.AccessRules}, not here.
 * Uses {@code storage}, {@code audit} and the clearance levels of {@code search}; knows nothing of
 * letters or registers.
 */
package saraban.accounts;
