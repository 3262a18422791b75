package saraban.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import saraban.thai.ThaiShaper;

/**
 * The font stamps are drawn in, read once: glyph ids and advance widths to measure and encode text,
 * and embeddable subsets built by PDFBox, with a repaired text layer, once per set of characters.
 *
 * <p>A stamp's characters change little from one letter to the next (the office's name, its label,
 * digits, month abbreviations), so each subset is kept and copied into every document that needs
 * it: no font is parsed, subset or compressed per stamp. Thread-safe.
 *
 * <p>Text is drawn with PDFBox's Identity-H encoding of subsets: the code of a glyph is its id in
 * the whole font, and the subset's CIDToGIDMap finds it in the subset.
 */
final class StampFont {

    /** Subsets kept at most; a server has a few per office. */
    private static final int KEEP = 256;

    private final byte[] program;
    private final Map<Integer, Glyph> glyphs;
    private final float ascent;
    private final float descent;
    private final String alwaysIncluded;
    private final Map<String, FrozenCos> subsets = new ConcurrentHashMap<>();

    /** A glyph: its id in the font and its advance width in thousandths of the font size. */
    private record Glyph(int id, float advance) {}

    private StampFont(
            byte[] program,
            Map<Integer, Glyph> glyphs,
            float ascent,
            float descent,
            String alwaysIncluded) {
        this.program = program;
        this.glyphs = Map.copyOf(glyphs);
        this.ascent = ascent;
        this.descent = descent;
        this.alwaysIncluded = alwaysIncluded;
    }

    /**
     * Reads the TrueType font {@code file}; every subset made from it will also hold the characters
     * of {@code alwaysIncluded} (those that vary from stamp to stamp, such as digits).
     */
    static StampFont load(Path file, String alwaysIncluded) {
        try {
            byte[] program = Files.readAllBytes(file);
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(program))) {
                float em = ttf.getUnitsPerEm();
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                Map<Integer, Glyph> glyphs = new HashMap<>();
                for (int c = 0x20; c <= 0xFFFF; c++) {
                    int gid = Character.isSurrogate((char) c) ? 0 : cmap.getGlyphId(c);
                    if (gid != 0) {
                        glyphs.put(c, new Glyph(gid, ttf.getAdvanceWidth(gid) * 1000f / em));
                    }
                }
                OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
                return new StampFont(
                        program,
                        glyphs,
                        os2.getWinAscent() / em,
                        os2.getWinDescent() / em,
                        alwaysIncluded);
            }
        } catch (IOException e) {
            throw new FontUnavailableException(
                    "Font " + file + " cannot be read for stamps: " + e.getMessage(), e);
        }
    }

    /** Height above the baseline of the font's tallest marks, in font sizes. */
    float ascent() {
        return ascent;
    }

    /** Depth below the baseline of the font's lowest marks, in font sizes, as a positive number. */
    float descent() {
        return descent;
    }

    /** The width of {@code shaped} text at {@code size}, in points. */
    float width(String shaped, float size) {
        float thousandths = 0;
        for (int i = 0; i < shaped.length(); i++) {
            thousandths += glyph(shaped.charAt(i)).advance();
        }
        return thousandths * size / 1000f;
    }

    /** {@code shaped} text as a string operand of {@code Tj}: {@code <0012003A>}. */
    String encode(String shaped) {
        StringBuilder hex = new StringBuilder(2 + 4 * shaped.length()).append('<');
        for (int i = 0; i < shaped.length(); i++) {
            int id = glyph(shaped.charAt(i)).id();
            for (int shift = 12; shift >= 0; shift -= 4) {
                hex.append(Character.toUpperCase(Character.forDigit((id >> shift) & 0xF, 16)));
            }
        }
        return hex.append('>').toString();
    }

    /**
     * A Type0 font dictionary, new objects owned by {@code doc}, that can draw every character of
     * {@code text} and whose text layer gives back the Thai characters the shaper started from.
     */
    COSDictionary embed(String text, COSDocument doc) {
        TreeSet<Integer> chars = new TreeSet<>();
        for (int i = 0; i < text.length(); i++) {
            chars.add(drawnAs(text.charAt(i)));
        }
        alwaysIncluded.chars().filter(glyphs::containsKey).forEach(chars::add);
        StringBuilder key = new StringBuilder(chars.size());
        chars.forEach(c -> key.append((char) c.intValue()));
        if (subsets.size() >= KEEP) {
            subsets.clear();
        }
        FrozenCos font = subsets.computeIfAbsent(key.toString(), this::subset);
        try {
            return (COSDictionary) font.copyInto(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FrozenCos subset(String chars) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(program));
                PDDocument scratch = new PDDocument()) {
            PDType0Font font = PDType0Font.load(scratch, ttf, true);
            chars.chars().forEach(font::addToSubset);
            font.subset();
            COSDictionary dict = font.getCOSObject();
            if (dict.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode) {
                TextLayerRepair.repairStream(toUnicode);
            }
            return FrozenCos.of(dict);
        } catch (IOException e) {
            throw new PdfRenderException("the stamp's font could not be subset: " + e, e);
        }
    }

    private Glyph glyph(char c) {
        return glyphs.get(drawnAs(c));
    }

    /**
     * The character whose glyph draws {@code c}: itself, or for a positional variant the font
     * lacks, the plain Thai character (a mark a little out of place rather than no stamp).
     *
     * @throws IllegalArgumentException when the font has neither
     */
    private int drawnAs(char c) {
        if (glyphs.containsKey((int) c)) {
            return c;
        }
        int original = ThaiShaper.originalOf(c);
        if (original != c && glyphs.containsKey(original)) {
            return original;
        }
        throw new IllegalArgumentException(
                String.format(Locale.ROOT, "the stamp's font has no glyph for U+%04X", (int) c));
    }
}
