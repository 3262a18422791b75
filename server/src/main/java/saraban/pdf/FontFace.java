package saraban.pdf;

import java.nio.file.Path;

/**
 * One font file of a family, with the FO attributes that select it.
 *
 * @param file the TrueType file
 * @param style {@code normal} or {@code italic}
 * @param weight {@code normal} or {@code bold}
 */
record FontFace(Path file, String style, String weight) {}
