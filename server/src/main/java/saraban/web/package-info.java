/**
 * What every route shares: the JSON configuration and the mapping of exceptions to problem bodies
 * with a stable code, an English title and a Thai message.
 */
package saraban.web;
