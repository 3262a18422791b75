/**
 * What every route shares: the JSON configuration, the mapping of exceptions to problem bodies with
 * a stable code, an English title and a Thai message, the pages' frame, and who may do what:
 * sessions and API tokens ({@link saraban.web.Access}), the CSRF check, the one table of route →
 * roles ({@link saraban.web.AccessRules}), the sign-in pages and the signed-in landing page. Uses
 * the features' services; knows nothing of their internals.
 */
package saraban.web;
