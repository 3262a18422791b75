package saraban.letters;

import com.ibm.icu.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import saraban.thai.ThaiNormalizer;

/**
 * Names an uploaded file may keep: no folders, no control or reserved characters, Thai repaired by
 * {@code thai}, at most {@value #MAX_LENGTH} characters, and an extension that matches what the
 * bytes are ({@code แบบฟอร์ม.exe} holding a PDF becomes {@code แบบฟอร์ม.exe.pdf}).
 */
final class FileNames {
    static final int MAX_LENGTH = 120;

    /** Characters Windows, macOS or a shell treat specially, and control characters. */
    private static final Pattern RESERVED = Pattern.compile("[\\p{Cntrl}<>:\"/\\\\|?*%]");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> DEVICE_NAMES =
            Set.of(
                    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2",
                    "lpt3");

    private FileNames() {}

    /** A safe name for bytes of {@code type}, from the name the sender gave ({@code null} too). */
    static String safe(String given, FileTypes type, String fallback) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = ThaiNormalizer.normalize(name);
        name = RESERVED.matcher(name).replaceAll("_");
        name = SPACES.matcher(name).replaceAll(" ");
        name = strip(name);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (!type.extensions.contains(extension)) {
            base = dot > 0 ? name : base;
            extension = type.extension();
        }
        base = strip(base);
        if (base.isEmpty() || base.chars().allMatch(c -> c == '_')) {
            base = fallback;
        }
        if (DEVICE_NAMES.contains(base.toLowerCase(Locale.ROOT))) {
            base = "_" + base;
        }
        return truncate(base, MAX_LENGTH - extension.length() - 1) + "." + extension;
    }

    /**
     * Leading and trailing spaces and dots go: a leading dot hides a file, a trailing one is lost.
     */
    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == '.' || s.charAt(from) == ' ')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == '.' || s.charAt(to - 1) == ' ')) {
            to--;
        }
        return s.substring(from, to);
    }

    /** At most {@code max} characters, cut between graphemes so a Thai mark keeps its letter. */
    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(s);
        int end = graphemes.preceding(max + 1);
        return strip(s.substring(0, Math.max(end, 0)));
    }
}
