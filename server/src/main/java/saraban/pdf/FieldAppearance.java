package saraban.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import saraban.thai.ThaiShaper;
import saraban.thai.ThaiText;

/**
 * The normal appearance of a text field, drawn as the engine draws Thai: normalised, broken into
 * lines between words, marks shaped to the font's positional variants. An empty field gets an empty
 * appearance (PDF/A wants one on every widget).
 */
final class FieldAppearance {
    /** Room between the field's edge and its text, in points. */
    private static final float PAD = 2f;

    private final PDDocument doc;
    private final PDType0Font font;
    private final COSName fontName;
    private final float size;
    private final float lineHeight;
    private final float ascent;

    FieldAppearance(
            PDDocument doc, PDType0Font font, COSName fontName, float size, float lineHeight) {
        this.doc = doc;
        this.font = font;
        this.fontName = fontName;
        this.size = size;
        this.lineHeight = lineHeight;
        float descent = Math.abs(font.getFontDescriptor().getDescent()) / 1000f * size;
        float fontAscent = font.getFontDescriptor().getAscent() / 1000f * size;
        // centre the font's box in the line
        this.ascent = fontAscent + (lineHeight - fontAscent - descent) / 2f;
    }

    PDAppearanceDictionary of(PDRectangle rect, String value, boolean multiline)
            throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        float w = rect.getWidth();
        float h = rect.getHeight();
        stream.setBBox(new PDRectangle(w, h));
        PDResources resources = new PDResources();
        resources.put(fontName, font);
        stream.setResources(resources);
        try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
            cs.beginMarkedContent(COSName.TX);
            if (value != null && !value.isEmpty()) {
                cs.saveGraphicsState();
                cs.addRect(1, 1, w - 2, h - 2);
                cs.clip();
                float scale = multiline ? fit(value, w - 2 * PAD, h - 2 * PAD) : 1f;
                List<String> lines =
                        multiline ? lines(value, w - 2 * PAD, scale) : List.of(oneLine(value));
                float lh = lineHeight * scale;
                float y = multiline ? h - PAD - ascent * scale : (h - lh) / 2f + lh - ascent;
                cs.beginText();
                cs.setFont(font, size * scale);
                cs.setNonStrokingColor(0f);
                cs.newLineAtOffset(PAD, y);
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        cs.newLineAtOffset(0, -lh);
                    }
                    cs.showText(ThaiShaper.shape(lines.get(i)));
                }
                cs.endText();
                cs.restoreGraphicsState();
            }
            cs.endMarkedContent();
        }
        PDAppearanceDictionary dict = new PDAppearanceDictionary();
        dict.setNormalAppearance(stream);
        return dict;
    }

    private static String oneLine(String value) {
        return ThaiText.prepareForLineBreaking(value).replace("\u200B", "").replace('\n', ' ');
    }

    /** Smallest text a filled-in box shrinks to, as a share of the field's size. */
    private static final float LEAST_SCALE = 0.6f;

    /**
     * How much to shrink the text so that all of it shows in a box of {@code width} by {@code
     * height}, as viewers do for fields with auto-sized text; at least {@link #LEAST_SCALE}.
     */
    private float fit(String value, float width, float height) throws IOException {
        for (float scale = 1f; scale > LEAST_SCALE; scale -= 0.05f) {
            List<String> lines = lines(value, width, scale);
            boolean narrow = true;
            for (String line : lines) {
                narrow &= width(line, scale) <= width;
            }
            if (narrow && lines.size() * lineHeight * scale <= height) {
                return scale;
            }
        }
        return LEAST_SCALE;
    }

    /** The text in lines no wider than {@code width}, broken at spaces and between Thai words. */
    List<String> lines(String value, float width, float scale) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : value.split("\n", -1)) {
            String prepared = ThaiText.prepareForLineBreaking(paragraph);
            StringBuilder line = new StringBuilder();
            for (String piece : pieces(prepared)) {
                String candidate = line + piece;
                if (line.length() > 0 && width(candidate.stripTrailing(), scale) > width) {
                    lines.add(line.toString().strip());
                    line = new StringBuilder(piece.stripLeading());
                } else {
                    line.append(piece);
                }
            }
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** Pieces that may not be split: a word and the space after it. */
    private static List<String> pieces(String prepared) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < prepared.length(); i++) {
            char c = prepared.charAt(i);
            if (c == '\u200B') {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
                if (c == ' ') {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private float width(String text, float scale) throws IOException {
        return font.getStringWidth(ThaiShaper.shape(text)) / 1000f * size * scale;
    }
}
