package saraban.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Puts a laid-out stamp on a page: its font into the page's resources, and its drawing into a
 * content stream after the page's own, which is wrapped in {@code q}/{@code Q} so that whatever
 * state the page leaves behind cannot shift or recolour the stamp. On a tagged PDF the stamp is
 * marked as an artifact. Only objects of the page are changed or added, so an incremental update
 * stays small.
 */
final class StampPainter {

    private StampPainter() {}

    /**
     * Draws {@code layout} on {@code page} into {@code box} (in {@code view}'s coordinates) at
     * {@code scale}, after the page's own content, in a graphics state of its own.
     */
    static void paint(
            PDDocument doc,
            PDPage page,
            PageView view,
            Rectangle2D box,
            float scale,
            StampLayout layout,
            StampFont font)
            throws IOException {
        COSDictionary fontDict = font.embed(layout.text(), doc.getDocument());
        String fontName = addFont(page, fontDict);
        StringBuilder ops = new StringBuilder(2048).append("Q\nq\n");
        boolean tagged =
                doc.getDocumentCatalog().getMarkInfo() != null
                        && doc.getDocumentCatalog().getMarkInfo().isMarked();
        if (tagged) {
            ops.append("/Artifact BMC\n");
        }
        AffineTransform m = new AffineTransform(view.toUser());
        m.translate(box.getX(), box.getY());
        m.scale(scale, scale);
        double[] f = new double[6];
        m.getMatrix(f);
        StampLayout.op(ops, "%s %s %s %s %s %s cm", f[0], f[1], f[2], f[3], f[4], f[5]);
        ops.append(colour(doc, layout.template().rgb()));
        ops.append(layout.operators(fontName, font));
        if (tagged) {
            ops.append("EMC\n");
        }
        ops.append("Q\n");

        COSStream before = doc.getDocument().createCOSStream();
        try (OutputStream out = before.createOutputStream()) {
            out.write("q\n".getBytes(StandardCharsets.US_ASCII));
        }
        COSStream after = doc.getDocument().createCOSStream();
        try (OutputStream out = after.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
        }
        COSArray contents = new COSArray();
        contents.add(before);
        COSBase existing = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (existing instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                contents.add(array.get(i));
            }
        } else if (existing instanceof COSStream) {
            contents.add(page.getCOSObject().getItem(COSName.CONTENTS));
        }
        contents.add(after);
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
    }

    /**
     * Adds {@code fontDict} to the page's own font resources under a new name, without changing
     * resources the page shares with others.
     */
    private static String addFont(PDPage page, COSDictionary fontDict) {
        COSDictionary pageDict = page.getCOSObject();
        COSDictionary resources = pageDict.getCOSDictionary(COSName.RESOURCES);
        if (resources == null) {
            resources = new COSDictionary();
            if (page.getResources() != null) {
                resources.addAll(page.getResources().getCOSObject()); // inherited: copied
            }
            pageDict.setItem(COSName.RESOURCES, resources);
        }
        COSDictionary fonts = new COSDictionary();
        COSDictionary existing = resources.getCOSDictionary(COSName.FONT);
        if (existing != null) {
            fonts.addAll(existing);
        }
        String name = "SarabanStamp1";
        for (int n = 2; fonts.containsKey(COSName.getPDFName(name)); n++) {
            name = "SarabanStamp" + n;
        }
        fonts.setItem(COSName.getPDFName(name), fontDict);
        resources.setItem(COSName.FONT, fonts);
        return name;
    }

    /**
     * The ink colour in the colour space the document declares for output: CMYK or grey for a PDF/A
     * file made for such a press, else RGB.
     */
    private static String colour(PDDocument doc, int rgb) {
        float r = ((rgb >> 16) & 0xFF) / 255f;
        float g = ((rgb >> 8) & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        int components = 3;
        try {
            for (PDOutputIntent intent : doc.getDocumentCatalog().getOutputIntents()) {
                COSBase profile =
                        intent.getCOSObject().getDictionaryObject(COSName.DEST_OUTPUT_PROFILE);
                if (profile instanceof COSStream stream) {
                    components = stream.getInt(COSName.N, 3);
                }
            }
        } catch (RuntimeException e) {
            components = 3;
        }
        StringBuilder ops = new StringBuilder();
        if (components == 4) {
            // the usual naive conversion; a press profile would do better, but ink is ink
            float k = 1 - Math.max(r, Math.max(g, b));
            float d = k < 1 ? 1 - k : 1;
            StampLayout.op(
                    ops,
                    "%s %s %s %s K %s %s %s %s k",
                    (1 - r - k) / d,
                    (1 - g - k) / d,
                    (1 - b - k) / d,
                    k,
                    (1 - r - k) / d,
                    (1 - g - k) / d,
                    (1 - b - k) / d,
                    k);
        } else if (components == 1) {
            float grey = 0.3f * r + 0.59f * g + 0.11f * b;
            StampLayout.op(ops, "%s G %s g", grey, grey);
        } else {
            StampLayout.op(ops, "%s %s %s RG %s %s %s rg", r, g, b, r, g, b);
        }
        return ops.toString();
    }
}
