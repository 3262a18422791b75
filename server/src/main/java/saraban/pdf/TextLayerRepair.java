package saraban.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Rewrites the ToUnicode maps of a PDF's fonts so that glyphs drawn from Thai positional variants
 * (private use code points chosen by the shaper) extract as the Thai characters they stand for.
 * Without this, copying "ให้" from the PDF would give a private-use character instead of the tone
 * mark.
 */
final class TextLayerRepair {

    private TextLayerRepair() {}

    /**
     * Returns the PDF with every font's ToUnicode map repaired; the PDF unchanged when none needed
     * it.
     */
    static byte[] repair(byte[] pdf) {
        byte[] patched = InPlaceCMapPatch.apply(pdf);
        return patched != null ? patched : repairWithPdfBox(pdf);
    }

    /** The general way: parse the PDF, rewrite each ToUnicode stream, save the whole document. */
    static byte[] repairWithPdfBox(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            boolean changed = false;
            for (PDPage page : doc.getPages()) {
                changed |= repairResources(page.getResources(), seen);
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfRenderException(
                    "the PDF text layer could not be repaired: " + e.getMessage(), e);
        }
    }

    /**
     * Repairs the fonts of one resource dictionary; PDFBox's stamps use this on pages they draw on.
     */
    static boolean repairResources(PDResources resources, Set<COSStream> seen) throws IOException {
        if (resources == null) {
            return false;
        }
        boolean changed = false;
        for (COSName name : resources.getFontNames()) {
            COSBase font =
                    resources
                            .getCOSObject()
                            .getCOSDictionary(COSName.FONT)
                            .getDictionaryObject(name);
            if (font instanceof COSDictionary dict
                    && dict.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode
                    && seen.add(toUnicode)) {
                changed |= repairStream(toUnicode);
            }
        }
        return changed;
    }

    static boolean repairStream(COSStream toUnicode) throws IOException {
        String cmap;
        try (InputStream in = toUnicode.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        ToUnicodeMap map = ToUnicodeMap.parse(cmap);
        ToUnicodeMap repaired = map.withOriginalThai();
        if (repaired.equals(map)) {
            return false;
        }
        try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(repaired.toCMap().getBytes(StandardCharsets.ISO_8859_1));
        }
        return true;
    }
}
