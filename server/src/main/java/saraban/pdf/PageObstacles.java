package saraban.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Everything drawn on a page that a stamp must not cover, as rectangles in user space: each string
 * of text (spaces aside; invisible text too, since a scan's OCR layer marks where its words are),
 * each image (a scan: where it has ink, see {@link ImageInk}), each stroked line segment and filled
 * shape (white fills aside: they are backgrounds), and each visible annotation. One pass over the
 * page's content, without rendering.
 */
final class PageObstacles extends PDFGraphicsStreamEngine {

    /** More page content than this is not a letter but an attack (a decompression bomb). */
    private static final int MAX_CONTENT = 32 << 20;

    /** An image covering this share of the page is taken for a scan and looked into for ink. */
    private static final double SCAN_SHARE = 0.3;

    /** Larger images are not decoded (a 600 dpi A4 scan has 35 million pixels). */
    private static final long MAX_SCAN_PIXELS = 60_000_000L;

    private Rectangle2D area;
    private double pageArea;

    private final List<Rectangle2D> boxes = new ArrayList<>();
    private final Map<PDFont, float[]> glyphHeights = new IdentityHashMap<>();

    private final PathBoxes path = new PathBoxes();

    /** Whether the current fill colour is white, with its values saved by {@code q}. */
    private boolean whiteFill;

    private final Deque<Boolean> savedWhiteFill = new ArrayDeque<>();

    private PageObstacles(PDPage page) {
        super(page);
        // Colour operators reduced to "is the fill white?": PDFBox's own turn each colour into a
        // colour space, which on a PDF/A page with a default RGB space means loading its ICC
        // profile, and that cost more than the rest of the page together.
        for (String name : List.of("g", "rg", "k", "cs", "sc", "scn")) {
            addOperator(new ColourOperators.Fill(this, name, white -> whiteFill = white));
        }
        for (String name : List.of("G", "RG", "K", "CS", "SC", "SCN")) {
            addOperator(new ColourOperators.Ignored(this, name));
        }
    }

    /**
     * The obstacles on {@code page}, in its user space. Large images (scans) are looked into where
     * they cross {@code area}, the part of the page (in user space) where a stamp may go.
     */
    static List<Rectangle2D> of(PDPage page, Rectangle2D area) throws IOException {
        PageObstacles engine = new PageObstacles(page);
        engine.area = area;
        PDRectangle crop = page.getCropBox();
        engine.pageArea = crop.getWidth() * crop.getHeight();
        if (page.hasContents()) {
            byte[] content;
            try (InputStream in = page.getContents()) {
                content = in.readNBytes(MAX_CONTENT + 1);
            }
            if (content.length > MAX_CONTENT) {
                throw new IOException(
                        "the page's content is larger than " + MAX_CONTENT + " bytes");
            }
            engine.processChildStream(new DecodedContent(page, content), page);
        }
        for (PDAnnotation annotation : page.getAnnotations()) {
            PDRectangle r = annotation.getRectangle();
            if (r != null
                    && !annotation.isHidden()
                    && !annotation.isNoView()
                    && shows(annotation)) {
                engine.boxes.add(
                        new Rectangle2D.Float(
                                r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()));
            }
        }
        return engine.boxes;
    }

    /**
     * A page's content decoded into memory once. PDFBox parses a page's own stream through a view
     * that seeks before every byte it reads; that made reading a page of text several times slower
     * than everything else a stamp does.
     */
    private record DecodedContent(PDPage page, byte[] content) implements PDContentStream {
        @Override
        public InputStream getContents() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public RandomAccessRead getContentsForRandomAccess() {
            return new RandomAccessReadBuffer(content);
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() {
            return new RandomAccessReadBuffer(content);
        }

        @Override
        public PDResources getResources() {
            return page.getResources();
        }

        @Override
        public PDRectangle getBBox() {
            return page.getBBox();
        }

        @Override
        public Matrix getMatrix() {
            return page.getMatrix();
        }
    }

    /** Links and pop-up notes draw nothing on the page itself. */
    private static boolean shows(PDAnnotation annotation) {
        String subtype = annotation.getSubtype();
        return !"Link".equals(subtype) && !"Popup".equals(subtype);
    }

    /**
     * A whole string at once instead of glyph by glyph (as PDFBox would call {@code showGlyph}):
     * its box is the advance of its glyphs by the font's height, and the text matrix moves on by
     * that advance as ISO 32000-1, 9.4.4, says. Several times faster on a page of text, and one box
     * per string instead of one per glyph.
     */
    @Override
    protected void showText(byte[] string) throws IOException {
        PDTextState state = getGraphicsState().getTextState();
        PDFont font = state.getFont();
        if (font == null) {
            super.showText(string); // PDFBox substitutes a default font and warns
            return;
        }
        float size = state.getFontSize();
        float horizontalScaling = state.getHorizontalScaling() / 100f;
        float charSpacing = state.getCharacterSpacing();
        float wordSpacing = state.getWordSpacing();
        boolean vertical = font.isVertical();
        boolean identity = isIdentityH(font);
        ByteArrayInputStream in = new ByteArrayInputStream(string);
        float advance = 0;
        boolean ink = false;
        while (in.available() > 0) {
            int before = in.available();
            // Identity-H (FOP's and most embedded fonts): two bytes per code, no CMap to consult
            int code = identity ? (in.read() << 8) | Math.max(0, in.read()) : font.readCode(in);
            boolean space = before - in.available() == 1 && code == 32;
            Vector w = font.getDisplacement(code);
            advance +=
                    vertical
                            ? w.getY() * size + charSpacing + (space ? wordSpacing : 0)
                            : (w.getX() * size + charSpacing + (space ? wordSpacing : 0))
                                    * horizontalScaling;
            if (!ink) {
                String text = font.toUnicode(code);
                ink = text == null || !text.isBlank();
            }
        }
        Matrix textMatrix = getTextMatrix();
        if (ink) {
            float[] height = glyphHeights.computeIfAbsent(font, PageObstacles::glyphHeight);
            float rise = state.getRise();
            Matrix toUser =
                    textMatrix.multiply(getGraphicsState().getCurrentTransformationMatrix());
            if (vertical) {
                add(
                        toUser,
                        -size / 2,
                        Math.min(0, advance) + rise,
                        size / 2,
                        Math.max(0, advance) + rise);
            } else {
                add(
                        toUser,
                        Math.min(0, advance),
                        height[0] * size + rise,
                        Math.max(0, advance),
                        height[1] * size + rise);
            }
        }
        if (vertical) {
            textMatrix.translate(0, advance);
        } else {
            textMatrix.translate(advance, 0);
        }
    }

    private final Map<PDFont, Boolean> identityH = new IdentityHashMap<>();

    private boolean isIdentityH(PDFont font) {
        return identityH.computeIfAbsent(
                font,
                f ->
                        f instanceof PDType0Font
                                && COSName.IDENTITY_H.equals(
                                        f.getCOSObject().getDictionaryObject(COSName.ENCODING)));
    }

    /** Adds the box of a rectangle given in the coordinates that {@code m} takes to user space. */
    private void add(Matrix m, float x1, float y1, float x2, float y2) {
        float a = m.getScaleX();
        float b = m.getShearY();
        float c = m.getShearX();
        float d = m.getScaleY();
        float e = m.getTranslateX();
        float f = m.getTranslateY();
        float[] xs = {
            a * x1 + c * y1 + e, a * x2 + c * y1 + e, a * x1 + c * y2 + e, a * x2 + c * y2 + e
        };
        float[] ys = {
            b * x1 + d * y1 + f, b * x2 + d * y1 + f, b * x1 + d * y2 + f, b * x2 + d * y2 + f
        };
        float minX = Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3]));
        float maxX = Math.max(Math.max(xs[0], xs[1]), Math.max(xs[2], xs[3]));
        float minY = Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]));
        float maxY = Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]));
        boxes.add(new Rectangle2D.Float(minX, minY, maxX - minX, maxY - minY));
    }

    /**
     * The vertical extent of a font's glyphs in text space: its bounding box when that looks sane,
     * else ascent and descent, else a guess. From the font's descriptor, without reading its
     * program.
     */
    private static float[] glyphHeight(PDFont font) {
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null) {
            PDRectangle bbox = d.getFontBoundingBox();
            if (bbox != null && bbox.getHeight() > 500 && bbox.getHeight() < 3000) {
                return new float[] {bbox.getLowerLeftY() / 1000f, bbox.getUpperRightY() / 1000f};
            }
            if (d.getAscent() > 0) {
                return new float[] {Math.min(d.getDescent(), 0) / 1000f, d.getAscent() / 1000f};
            }
        }
        return new float[] {-0.3f, 1f};
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        int before = boxes.size();
        add(ctm, 0, 0, 1, 1);
        Rectangle2D box = boxes.get(before);
        boolean scan =
                box.getWidth() * box.getHeight() >= SCAN_SHARE * pageArea
                        && !image.isStencil()
                        && (long) image.getWidth() * image.getHeight() <= MAX_SCAN_PIXELS
                        && area != null
                        && box.intersects(area);
        if (scan) {
            try {
                List<Rectangle2D> ink = ImageInk.boxes(image, ctm, area);
                boxes.remove(before);
                boxes.addAll(ink);
            } catch (IOException | RuntimeException e) {
                // an image that cannot be decoded stays an obstacle as a whole
            }
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo((float) p0.getX(), (float) p0.getY());
        path.lineTo((float) p1.getX(), (float) p1.getY());
        path.lineTo((float) p2.getX(), (float) p2.getY());
        path.lineTo((float) p3.getX(), (float) p3.getY());
        path.close();
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.current();
    }

    @Override
    public void closePath() {
        path.close();
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        boxes.addAll(path.stroked(transformWidth(getGraphicsState().getLineWidth())));
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        if (!whiteFill) {
            boxes.addAll(path.filled());
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        if (!whiteFill) {
            boxes.addAll(path.filled());
        }
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // the path is painted or discarded by the operator that follows
    }

    @Override
    public void shadingFill(COSName shadingName) {
        boxes.add(getGraphicsState().getCurrentClippingPath().getBounds2D());
    }

    @Override
    public void saveGraphicsState() {
        super.saveGraphicsState();
        savedWhiteFill.push(whiteFill);
    }

    @Override
    public void restoreGraphicsState() {
        super.restoreGraphicsState();
        if (!savedWhiteFill.isEmpty()) {
            whiteFill = savedWhiteFill.pop();
        }
    }
}
