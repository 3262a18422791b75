/**
 * Saraban: an electronic correspondence office for Thai government agencies. {@link saraban.App} is
 * the composition root and {@link saraban.Settings} all of its configuration; each feature lives in
 * its own package with one public service.
 */
package saraban;
