package saraban.storage;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned SQL file, such as {@code V002__registers.sql}: version 2, description "registers".
 *
 * @param version from 1 up, unique
 * @param description the file name's words after {@code __}, underscores as spaces
 * @param fileName as found, for messages
 * @param sql the script with its type placeholders still in it
 * @param checksum SHA-256 of the script with line endings as {@code \n}, so that a checkout with
 *     CRLF line endings does not count as a change
 */
record Migration(int version, String description, String fileName, String sql, String checksum) {
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{3,})__([a-z0-9_]+)\\.sql");

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, not " + version);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank");
        }
        if (fileName == null || sql == null || checksum == null) {
            throw new IllegalArgumentException("fileName, sql and checksum must be given");
        }
    }

    /**
     * A migration from its file name and text; a name not like {@code V001__words.sql} is refused.
     */
    static Migration of(String fileName, String text) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "not a migration file name (like V001__create_files.sql): " + fileName);
        }
        String sql = text.replace("\r\n", "\n");
        return new Migration(
                Integer.parseInt(m.group(1)),
                m.group(2).replace('_', ' '),
                fileName,
                sql,
                Sha256.of(sql.getBytes(StandardCharsets.UTF_8)));
    }
}
