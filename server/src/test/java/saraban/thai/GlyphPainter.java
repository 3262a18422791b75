package saraban.thai;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Draws Thai words with Laksaman in the two ways the comparison needs: shaped by the JDK's HarfBuzz
 * (TextLayout and Font.layoutGlyphVector apply the font's GSUB and GPOS), and one default glyph per
 * char at the sum of the advances before it, as FOP places glyphs with shaping off.
 */
final class GlyphPainter {

    /** Pixels per em: one font unit is 0.12 px, so a 100-unit offset shows as 12 px. */
    static final float FONT_PIXELS = 120f;

    private static final int MARGIN = 100;
    private static final int BASELINE = 200;
    private static final int HEIGHT = 320;
    private static final int MID_GREY = 128;

    private final Font font;
    private final int[] standsFor;
    private final FontRenderContext context = new FontRenderContext(null, true, true);

    private GlyphPainter(Font font, int[] standsFor) {
        this.font = font;
        this.standsFor = standsFor;
    }

    /** Loads Laksaman from the project's fonts folder, else from the Debian package's folder. */
    static GlyphPainter laksaman() throws IOException, FontFormatException {
        Path fetched = Path.of(System.getProperty("saraban.home", "."), "fonts", "Laksaman.ttf");
        Path file =
                Files.isRegularFile(fetched)
                        ? fetched
                        : Path.of("/usr/share/fonts/truetype/tlwg/Laksaman.ttf");
        Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(FONT_PIXELS);
        try (TrueTypeFont names = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
            PostScriptTable post = names.getPostScript();
            int[] standsFor = new int[names.getNumberOfGlyphs()];
            for (int glyph = 0; glyph < standsFor.length; glyph++) {
                standsFor[glyph] = codePointNamed(post.getName(glyph));
            }
            return new GlyphPainter(font, standsFor);
        }
    }

    /** {@code uni0E49.low} names a form of U+0E49; other names stand for no character (-1). */
    static int codePointNamed(String glyphName) {
        if (glyphName == null || !glyphName.matches("uni[0-9A-F]{4}(\\..*)?")) {
            return -1;
        }
        return Integer.parseInt(glyphName.substring(3, 7), 16);
    }

    /** The character the font's name for the glyph of {@code c} says it stands for. */
    int standsFor(char c) {
        return standsFor[font.createGlyphVector(context, new char[] {c}).getGlyphCode(0)];
    }

    /** The word as TextLayout draws it. */
    BufferedImage textLayoutImage(String word) {
        TextLayout layout = new TextLayout(word, font, context);
        BufferedImage image = blank(layout.getAdvance());
        Graphics2D g = graphics(image);
        layout.draw(g, MARGIN, BASELINE);
        g.dispose();
        return image;
    }

    /** The glyphs HarfBuzz picks and places for the word, as TextLayout gets them. */
    GlyphVector harfBuzz(String word) {
        char[] chars = word.toCharArray();
        return font.layoutGlyphVector(context, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
    }

    /** The chars' default glyphs, each at the sum of the advances before it; no shaping. */
    GlyphVector glyphByGlyph(String chars) {
        int[] codes = new int[chars.length()];
        float[] advances = new float[chars.length()];
        for (int i = 0; i < chars.length(); i++) {
            GlyphVector one = font.createGlyphVector(context, new char[] {chars.charAt(i)});
            codes[i] = one.getGlyphCode(0);
            advances[i] = one.getGlyphMetrics(0).getAdvanceX();
        }
        GlyphVector glyphs = font.createGlyphVector(context, codes);
        float x = 0;
        for (int i = 0; i < codes.length; i++) {
            glyphs.setGlyphPosition(i, new Point2D.Float(x, 0));
            x += advances[i];
        }
        glyphs.setGlyphPosition(codes.length, new Point2D.Float(x, 0));
        return glyphs;
    }

    BufferedImage image(GlyphVector glyphs) {
        BufferedImage image = blank((float) glyphs.getLogicalBounds().getWidth());
        Graphics2D g = graphics(image);
        g.drawGlyphVector(glyphs, MARGIN, BASELINE);
        g.dispose();
        return image;
    }

    /** Each glyph with the box of the ink it leaves when drawn on its own. */
    List<PlacedGlyph> placed(GlyphVector glyphs) {
        List<PlacedGlyph> placed = new ArrayList<>(glyphs.getNumGlyphs());
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            int code = glyphs.getGlyphCode(i);
            Point2D at = glyphs.getGlyphPosition(i);
            GlyphVector one = font.createGlyphVector(context, new int[] {code});
            Rectangle ink = inkBox(one, MARGIN + (float) at.getX(), BASELINE + (float) at.getY());
            placed.add(new PlacedGlyph(code < standsFor.length ? standsFor[code] : -1, ink));
        }
        return placed;
    }

    static boolean inked(BufferedImage image, int x, int y) {
        return x < image.getWidth()
                && y < image.getHeight()
                && image.getRaster().getSample(x, y, 0) < MID_GREY;
    }

    private Rectangle inkBox(GlyphVector one, float x, float y) {
        Rectangle bounds = one.getPixelBounds(context, x, y);
        BufferedImage image =
                new BufferedImage(
                        bounds.width + 2, bounds.height + 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = graphics(image);
        g.drawGlyphVector(one, x - bounds.x + 1, y - bounds.y + 1);
        g.dispose();
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (int row = 0; row < image.getHeight(); row++) {
            for (int column = 0; column < image.getWidth(); column++) {
                if (inked(image, column, row)) {
                    left = Math.min(left, column);
                    right = Math.max(right, column);
                    top = Math.min(top, row);
                    bottom = Math.max(bottom, row);
                }
            }
        }
        if (left > right) {
            return new Rectangle((int) x, (int) y, 0, 0);
        }
        return new Rectangle(
                bounds.x - 1 + left, bounds.y - 1 + top, right - left + 1, bottom - top + 1);
    }

    private static BufferedImage blank(float advance) {
        return new BufferedImage(
                (int) Math.ceil(advance) + 2 * MARGIN, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    }

    private Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(
                RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(font);
        return g;
    }
}
