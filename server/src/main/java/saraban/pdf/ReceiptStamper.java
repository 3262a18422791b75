package saraban.pdf;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import saraban.thai.ThaiDates;

/**
 * Puts receipt stamps (ตรารับหนังสือ) on incoming letters: a box at the top right of page 1 with
 * the receiving office's name, its receive number, the date and the time, drawn as vector text in
 * the body font with the same Thai shaping and text-layer repair as letters, so that copying or
 * searching the stamp gives its Thai text back.
 *
 * <p>The stamp never covers what is on the page: it goes to the first free place in the page's
 * top-right area (text, images, drawings and annotations are looked at), else shrinks, down to the
 * template's minimum scale, else goes on a strip added above the page. A second stamp (a unit's,
 * after forwarding) sees the first as text on the page and goes beside or below it.
 *
 * <p>A signed document is stamped as an incremental update, so its signatures still verify over the
 * bytes they signed; other documents are saved whole. PDF/A stays PDF/A.
 *
 * <p>The layout comes from {@code receipt.properties} in the stamps folder and is read again when
 * that file changes. One stamper per process; thread-safe.
 */
public final class ReceiptStamper {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptStamper.class);
    private static final float CM = 72f / 2.54f;

    /** Characters that vary from stamp to stamp; every embedded font subset holds them. */
    private static final String VARYING = varyingCharacters();

    private final FontSet fonts;
    private final StampFont font;
    private final Path templateFile;
    private volatile Loaded template;

    private record Loaded(FileTime modified, StampTemplate template) {}

    /** Where a stamp goes, in the page's view, and at what scale. */
    private record Spot(Rectangle2D box, float scale, Placement placement, PageView view) {}

    /**
     * @param fonts the body font family; stamps use its regular face
     * @param stampsTemplateDir the folder holding {@code receipt.properties}
     * @throws PdfRenderException when the template is missing or wrong
     * @throws FontUnavailableException when the font cannot be read
     */
    public ReceiptStamper(FontSet fonts, Path stampsTemplateDir) {
        this.fonts = fonts;
        this.font = StampFont.load(fonts.faces().get(0).file(), VARYING);
        this.templateFile = stampsTemplateDir.resolve(StampTemplate.FILE);
        template();
    }

    /**
     * Stamps page 1 of {@code pdf} and returns the new PDF with where the stamp went.
     *
     * @throws PdfRejectedException when {@code pdf} is not a PDF, is encrypted or is unreadable
     * @throws IllegalArgumentException when the stamp has characters the font cannot draw
     * @throws PdfRenderException when the template is wrong
     */
    public Stamped stamp(byte[] pdf, ReceiptStamp stamp) {
        checkHeader(pdf);
        StampTemplate t = template();
        StampLayout layout = StampLayout.of(t, stamp, font, fonts);
        try (PDDocument doc = load(pdf)) {
            if (doc.getNumberOfPages() == 0) {
                throw new PdfRejectedException(
                        PdfRejectedException.Reason.CORRUPT, "the PDF has no pages");
            }
            PDPage page = doc.getPage(0);
            boolean signed = !doc.getSignatureDictionaries().isEmpty();
            if (signed) {
                LOG.info(
                        "receipt stamp {}: the document is signed; the stamp is added as an"
                                + " incremental update, leaving the signed bytes as they are",
                        stamp.number());
                if (forbidsChanges(doc)) {
                    LOG.warn(
                            "receipt stamp {}: the document is certified with no changes"
                                    + " allowed; its signature still verifies over the signed"
                                    + " revision, but viewers will report the stamp as a change",
                            stamp.number());
                }
            }
            Spot spot = place(page, t, stamp);
            StampPainter.paint(doc, page, spot.view(), spot.box(), spot.scale(), layout, font);
            byte[] out = save(doc, signed, pdf.length);
            Rectangle2D box = spot.box();
            return new Stamped(
                    out,
                    1,
                    (float) box.getX(),
                    (float) box.getY(),
                    (float) box.getWidth(),
                    (float) box.getHeight(),
                    spot.placement(),
                    signed);
        } catch (PdfRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reads lazily, so a damaged object may only show when it is used or saved
            LOG.warn("receipt stamp {}: the PDF could not be stamped", stamp.number(), e);
            throw new PdfRejectedException(
                    PdfRejectedException.Reason.CORRUPT,
                    "the PDF cannot be read: " + e.getMessage(),
                    e);
        }
    }

    /** Whether a certification signature (DocMDP, P = 1) forbids any change to the document. */
    private static boolean forbidsChanges(PDDocument doc) {
        COSDictionary perms =
                doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        COSDictionary signature = perms == null ? null : perms.getCOSDictionary(COSName.DOCMDP);
        COSArray references = signature == null ? null : signature.getCOSArray(COSName.REFERENCE);
        if (references == null) {
            return false;
        }
        for (int i = 0; i < references.size(); i++) {
            if (references.getObject(i) instanceof COSDictionary reference) {
                COSDictionary params = reference.getCOSDictionary(COSName.TRANSFORM_PARAMS);
                if (params != null && params.getInt(COSName.P, 2) == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private Spot place(PDPage page, StampTemplate t, ReceiptStamp stamp) {
        PageView view = PageView.of(page);
        List<Rectangle2D> obstacles = new ArrayList<>();
        boolean readable = true;
        Rectangle2D area = area(view, t);
        try {
            Rectangle2D userArea = view.toUser().createTransformedShape(area).getBounds2D();
            for (Rectangle2D box : PageObstacles.of(page, userArea)) {
                obstacles.add(view.toView(box));
            }
        } catch (IOException | RuntimeException e) {
            readable = false;
            LOG.warn(
                    "receipt stamp {}: page 1's content cannot be read ({}); the stamp goes on a"
                            + " strip above the page, where it cannot cover anything",
                    stamp.number(),
                    e.toString());
        }
        if (readable) {
            FreeSpace space = new FreeSpace(area, obstacles, t.gap());
            for (float scale = 1f; scale >= t.minScale() - 1e-4f; scale -= 0.05f) {
                Optional<Rectangle2D> box = space.find(t.width() * scale, t.height() * scale);
                if (box.isPresent()) {
                    Placement how = scale == 1f ? Placement.FREE_SPACE : Placement.SHRUNK;
                    LOG.info(
                            "receipt stamp {}: {} at x={} y={} cm on page 1 ({} by {} cm; {}"
                                    + " marks on the page, searched {} by {} cm at the top right)",
                            stamp.number(),
                            how == Placement.FREE_SPACE
                                    ? "free space"
                                    : String.format(
                                            Locale.ROOT,
                                            "shrunk to %.0f %% (no free place at full size)",
                                            scale * 100),
                            cm(box.get().getX()),
                            cm(box.get().getY()),
                            cm(view.width()),
                            cm(view.height()),
                            obstacles.size(),
                            cm(t.areaWidth()),
                            cm(t.areaHeight()));
                    return new Spot(box.get(), scale, how, view);
                }
            }
        }
        float strip = t.height() + 2 * t.inset();
        PageView grown = PageView.growTop(page, strip);
        Rectangle2D box =
                new FreeSpace(area(grown, t), obstacles, t.gap())
                        .find(t.width(), t.height())
                        .orElse(
                                new Rectangle2D.Double(
                                        grown.width() - t.inset() - t.width(),
                                        grown.height() - t.inset() - t.height(),
                                        t.width(),
                                        t.height()));
        LOG.info(
                "receipt stamp {}: no free place down to {} % in the top-right area; the page"
                        + " grew by a {} cm strip at the top and the stamp went there",
                stamp.number(), Math.round(t.minScale() * 100), cm(strip));
        return new Spot(box, 1f, Placement.MARGIN_STRIP, grown);
    }

    /** The top-right area searched, inside the page's inset. */
    private static Rectangle2D area(PageView view, StampTemplate t) {
        double right = view.width() - t.inset();
        double top = view.height() - t.inset();
        double width = Math.min(t.areaWidth(), right);
        double height = Math.min(t.areaHeight(), top);
        return new Rectangle2D.Double(right - width, top - height, width, height);
    }

    private static byte[] save(PDDocument doc, boolean incremental, int size) throws IOException {
        // room for the embedded font subset (some 30 kB) and the stamp, so the buffer never grows
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 64 * 1024);
        if (incremental) {
            doc.saveIncremental(out);
        } else {
            // no object streams: PDF/A-1 forbids them, and they would only cost time here
            doc.save(out, CompressParameters.NO_COMPRESSION);
        }
        return out.toByteArray();
    }

    private static PDDocument load(byte[] pdf) {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new PdfRejectedException(
                    PdfRejectedException.Reason.ENCRYPTED, "the PDF is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            throw new PdfRejectedException(
                    PdfRejectedException.Reason.CORRUPT,
                    "the PDF cannot be read: " + e.getMessage(),
                    e);
        }
        if (doc.isEncrypted()) {
            try {
                doc.close();
            } catch (IOException e) {
                // nothing was written; closing only frees memory
            }
            throw new PdfRejectedException(
                    PdfRejectedException.Reason.ENCRYPTED,
                    "the PDF is encrypted; it cannot be stamped without changing its protection");
        }
        return doc;
    }

    private static void checkHeader(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new PdfRejectedException(PdfRejectedException.Reason.EMPTY, "the file is empty");
        }
        String start = new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1);
        if (!start.contains("%PDF-")) {
            throw new PdfRejectedException(
                    PdfRejectedException.Reason.NOT_PDF, "the file is not a PDF (no %PDF- header)");
        }
    }

    private StampTemplate template() {
        try {
            FileTime modified = Files.getLastModifiedTime(templateFile);
            Loaded loaded = template;
            if (loaded == null || !loaded.modified().equals(modified)) {
                loaded = new Loaded(modified, StampTemplate.load(templateFile));
                template = loaded;
                LOG.info("receipt stamp template read from {}", templateFile);
            }
            return loaded.template();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PdfRenderException(
                    "stamp template "
                            + templateFile
                            + " is missing; it belongs in templates/stamps/ (set SARABAN_TEMPLATES"
                            + " to the project's templates folder)",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cm(double points) {
        return String.format(Locale.ROOT, "%.1f", points / CM);
    }

    private static String varyingCharacters() {
        StringBuilder chars = new StringBuilder("๐๑๒๓๔๕๖๗๘๙0123456789 .:/-น");
        for (int month = 1; month <= 12; month++) {
            chars.append(ThaiDates.monthAbbreviation(month));
        }
        return chars.toString();
    }
}
