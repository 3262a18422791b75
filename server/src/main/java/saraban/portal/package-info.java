/**
 * The public portal at {@code /portal}, for anyone without signing in: published circulars (and
 * orders and announcements) with their enclosure files, a library of forms and manuals with
 * versions kept, a list by year and office, search over public documents only, an Atom feed, and
 * stable download addresses ({@code /portal/files/{sha256}/{name}}, {@code
 * /portal/forms/{id}/versions/{n}}) with ETags and Thai file names.
 *
 * <p>Public face: {@link saraban.portal.PortalService}, {@link saraban.portal.PortalRoutes} (the
 * public pages) and {@link saraban.portal.PortalApiRoutes} (the clerk's library actions). Letters
 * are published by {@code letters} (the rules — issued, never secret — live there); this package
 * reads published letters with read-only SQL and shows them. Nothing unpublished is reachable: a
 * draft, a secret or never-published letter answers 404 exactly like nothing; a withdrawn one 410.
 *
 * <p>Uses {@code letters}, {@code registers} (office names), {@code search} (only what is indexed
 * as published), {@code storage}, {@code thai} and {@code web}; nothing depends on it.
 */
package saraban.portal;
