/**
 * The loop of a circular that asks districts for a form: a submission received as an incoming
 * letter of the office that issued the circular (receive number, stamp, register row, search), the
 * district's acknowledgement, the district's pages under {@code /portal/submit}, and the circular's
 * status per district (read, submitted, late).
 *
 * <p>Builds on {@code forms} and {@code receiving}; they must not depend on this package.
 */
package saraban.submitting;
