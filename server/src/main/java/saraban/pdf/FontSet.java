package saraban.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The Thai body font family letters are set in, found and checked once at start-up.
 *
 * <p>Templates state sizes the way the regulation does ("16 pt TH SarabunPSK"); {@link
 * #points(double)} turns such a size into the point size of this family, and {@link
 * #lineHeight(double)} into the single-spaced line height of this family's own metrics.
 */
public final class FontSet {

    /** The family name templates use in {@code font-family}. */
    public static final String FAMILY = "Sarabun";

    /**
     * Height of the consonant ko kai in TH SarabunPSK, in em: Laksaman's ko kai (0.602 em) drawn
     * 1.505 times larger than PSK's, measured by comparing both fonts at the same point size.
     */
    private static final double PSK_KO_KAI_HEIGHT_EM = 0.602 / 1.505;

    private static final List<Path> SYSTEM_FONT_DIRS =
            List.of(
                    Path.of("/usr/share/fonts"),
                    Path.of("/usr/local/share/fonts"),
                    Path.of(System.getProperty("user.home"), ".fonts"),
                    Path.of(System.getProperty("user.home"), ".local/share/fonts"));

    private final String name;
    private final List<FontFace> faces;
    private final double sizeVsPsk;
    private final double lineHeightEm;

    private FontSet(String name, List<FontFace> faces, double sizeVsPsk, double lineHeightEm) {
        this.name = name;
        this.faces = List.copyOf(faces);
        this.sizeVsPsk = sizeVsPsk;
        this.lineHeightEm = lineHeightEm;
    }

    /**
     * Loads family {@code name} as described by {@code fontsDir/fonts.properties}, looking for its
     * files in {@code fontsDir} and then in the system font folders.
     *
     * @throws FontUnavailableException with a sentence saying what to install
     */
    public static FontSet load(Path fontsDir, String name) {
        Properties props = readProperties(fontsDir.resolve("fonts.properties"));
        String regular = props.getProperty(name + ".regular");
        if (regular == null) {
            throw new FontUnavailableException(
                    "Font family '"
                            + name
                            + "' is not described in "
                            + fontsDir.resolve("fonts.properties")
                            + "; set SARABAN_FONT to one of the families listed there.");
        }
        Path regularFile =
                find(fontsDir, regular)
                        .orElseThrow(
                                () ->
                                        new FontUnavailableException(
                                                "No usable Thai font: "
                                                        + regular
                                                        + " is neither in "
                                                        + fontsDir
                                                        + " nor in the system font folders. Build the"
                                                        + " project once (it fetches the Debian package"
                                                        + " fonts-tlwg-laksaman-ttf), install that package,"
                                                        + " or copy the font files into fonts/."));
        List<FontFace> faces = new ArrayList<>();
        faces.add(new FontFace(regularFile, "normal", "normal"));
        addIfFound(faces, fontsDir, props.getProperty(name + ".bold"), "normal", "bold");
        addIfFound(faces, fontsDir, props.getProperty(name + ".italic"), "italic", "normal");
        addIfFound(faces, fontsDir, props.getProperty(name + ".bold-italic"), "italic", "bold");

        Metrics metrics = measure(regularFile);
        String configured = props.getProperty(name + ".size-vs-psk");
        double sizeVsPsk =
                configured != null
                        ? Double.parseDouble(configured.trim())
                        : metrics.koKaiHeightEm() / PSK_KO_KAI_HEIGHT_EM;
        if (!(sizeVsPsk > 0.3 && sizeVsPsk < 3)) {
            throw new FontUnavailableException(
                    "Font "
                            + regularFile
                            + " does not look like a Thai body font (size factor "
                            + sizeVsPsk
                            + ")");
        }
        return new FontSet(name, faces, sizeVsPsk, metrics.lineHeightEm());
    }

    /**
     * The file of the upright face of the given weight ({@code normal} or {@code bold}), for a web
     * page that sets text in the letters' font; empty when the family has no such face.
     */
    public java.util.Optional<Path> uprightFace(String weight) {
        return faces.stream()
                .filter(f -> f.style().equals("normal") && f.weight().equals(weight))
                .map(FontFace::file)
                .findFirst();
    }

    /** The family's configured name, e.g. {@code laksaman}. */
    public String name() {
        return name;
    }

    /** How much larger this family draws than TH SarabunPSK at the same point size. */
    public double sizeVsPsk() {
        return sizeVsPsk;
    }

    /** The point size of this family that looks like {@code pskPoints} of TH SarabunPSK. */
    public double points(double pskPoints) {
        return pskPoints / sizeVsPsk;
    }

    /**
     * Single line spacing, in points, for text that looks like {@code pskPoints} of TH SarabunPSK.
     */
    public double lineHeight(double pskPoints) {
        return points(pskPoints) * lineHeightEm;
    }

    /**
     * How wide {@code text} is set in the regular face at the size that looks like {@code
     * pskPoints} of TH SarabunPSK, in points: for a label column that must hold its label on one
     * line. Thai marks take no width, as in the PDF.
     */
    public double textWidth(String text, double pskPoints) {
        String key = pskPoints + "|" + text;
        Double known = widths.get(key);
        if (known != null) {
            return known;
        }
        double width = measureWidth(text, pskPoints);
        if (widths.size() < MAX_REMEMBERED_WIDTHS) {
            widths.put(key, width);
        }
        return width;
    }

    /**
     * Labels recur in every letter and laying them out with Java2D costs more than the rest of
     * filling a template; a few hundred distinct labels is all a set of templates has.
     */
    private static final int MAX_REMEMBERED_WIDTHS = 512;

    private final java.util.Map<String, Double> widths =
            new java.util.concurrent.ConcurrentHashMap<>();

    private double measureWidth(String text, double pskPoints) {
        java.awt.Font font = regularAwtFont().deriveFont((float) points(pskPoints));
        java.awt.font.FontRenderContext context =
                new java.awt.font.FontRenderContext(null, true, true);
        return font.getStringBounds(text, context).getWidth();
    }

    private volatile java.awt.Font regularAwt;

    private java.awt.Font regularAwtFont() {
        java.awt.Font font = regularAwt;
        if (font == null) {
            FontFace regular =
                    faces.stream()
                            .filter(f -> f.style().equals("normal") && f.weight().equals("normal"))
                            .findFirst()
                            .orElse(faces.get(0));
            try {
                font =
                        java.awt.Font.createFont(
                                java.awt.Font.TRUETYPE_FONT, regular.file().toFile());
            } catch (java.awt.FontFormatException | java.io.IOException e) {
                throw new FontUnavailableException(
                        "cannot read " + regular.file() + " to measure text: " + e.getMessage());
            }
            regularAwt = font;
        }
        return font;
    }

    List<FontFace> faces() {
        return faces;
    }

    /** FOP's {@code <fonts>} element registering every face of this family as {@link #FAMILY}. */
    String fopFontsXml() {
        StringBuilder xml = new StringBuilder("<fonts>");
        for (FontFace face : faces) {
            xml.append(
                    String.format(
                            Locale.ROOT,
                            "<font kerning=\"no\" embedding-mode=\"subset\" embed-url=\"%s\">"
                                    + "<font-triplet name=\"%s\" style=\"%s\" weight=\"%s\"/></font>",
                            face.file().toUri(),
                            FAMILY,
                            face.style(),
                            face.weight()));
        }
        return xml.append("</fonts>").toString();
    }

    private record Metrics(double koKaiHeightEm, double lineHeightEm) {}

    private static Metrics measure(Path file) {
        try (TrueTypeFont ttf =
                new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            int gid = ttf.getUnicodeCmapLookup().getGlyphId(0x0E01);
            GlyphData koKai = gid == 0 ? null : ttf.getGlyph().getGlyph(gid);
            if (koKai == null) {
                throw new FontUnavailableException(
                        "Font "
                                + file
                                + " has no Thai letters; Saraban needs a Thai font such as Laksaman.");
            }
            double em = ttf.getUnitsPerEm();
            double winLines =
                    ttf.getOS2Windows().getWinAscent() + ttf.getOS2Windows().getWinDescent();
            return new Metrics(koKai.getYMaximum() / em, winLines / em);
        } catch (IOException e) {
            throw new FontUnavailableException(
                    "Font " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void addIfFound(
            List<FontFace> faces, Path fontsDir, String fileName, String style, String weight) {
        if (fileName != null) {
            find(fontsDir, fileName).ifPresent(f -> faces.add(new FontFace(f, style, weight)));
        }
    }

    private static Optional<Path> find(Path fontsDir, String fileName) {
        Path local = fontsDir.resolve(fileName);
        if (Files.isRegularFile(local)) {
            return Optional.of(local.toAbsolutePath());
        }
        for (Path dir : SYSTEM_FONT_DIRS) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files =
                    Files.find(dir, 6, (p, a) -> p.getFileName().toString().equals(fileName))) {
                Optional<Path> hit = files.findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            } catch (IOException e) {
                // an unreadable system folder is no reason to fail: look in the next one
            }
        }
        return Optional.empty();
    }

    private static Properties readProperties(Path file) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FontUnavailableException(
                    "Font configuration "
                            + file
                            + " is missing; set SARABAN_FONTS to the project's fonts/ folder.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }
}
