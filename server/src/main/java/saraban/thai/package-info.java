/**
 * Thai text rules in one place: shaping for renderers without complex-script support (and the way
 * back for text layers). Other packages call in here and never re-implement a Thai rule; this
 * package depends on nothing else in Saraban.
 */
package saraban.thai;
