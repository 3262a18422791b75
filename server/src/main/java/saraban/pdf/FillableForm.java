package saraban.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Turns a page laid out by FOP into a fillable PDF (AcroForm): every link the template made to
 * {@code field:NAME} becomes a text field over the same place, in the body font embedded whole, so
 * that a viewer can draw whatever a district types. Values given are drawn by {@link
 * FieldAppearance} with Thai marks placed by the shaper, because PDFBox and most viewers draw one
 * glyph per character; the interactive form says {@code NeedAppearances false} (as PDF/A requires)
 * so viewers show those appearances instead of making their own.
 *
 * <p>{@link #read} gives back what a filled copy holds, whoever filled it.
 */
public final class FillableForm {

    /** The link target prefix the template marks inputs with. */
    public static final String LINK_PREFIX = "field:";

    /**
     * An input of the form.
     *
     * @param tooltip what a viewer shows when the pointer rests on the field (the Thai label)
     * @param maxLength most characters a viewer lets the user type; 0 for no limit
     * @param pskPoints the text size, in points of TH SarabunPSK
     * @param height the field's height in points, downwards from the top of the template's mark; 0
     *     for one line of text centred on the mark
     */
    public record Input(
            String name,
            String tooltip,
            boolean multiline,
            boolean readOnly,
            int maxLength,
            double pskPoints,
            float height) {}

    private FillableForm() {}

    /**
     * The fillable PDF: {@code pdf} with its {@code field:} links replaced by {@code inputs} and
     * {@code values} (by field name) filled in.
     *
     * @throws PdfRenderException when the page marks an input that {@code inputs} lacks, or the
     *     other way round
     */
    public static byte[] build(
            byte[] pdf, FontSet fonts, Map<String, Input> inputs, Map<String, String> values) {
        Path fontFile =
                fonts.uprightFace("normal")
                        .orElseThrow(() -> new PdfRenderException("no regular face", null));
        try (PDDocument doc = Loader.loadPDF(pdf);
                InputStream fontIn = Files.newInputStream(fontFile)) {
            PDType0Font font = PDType0Font.load(doc, fontIn, false);
            if (font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)
                    instanceof COSStream toUnicode) {
                TextLayerRepair.repairStream(toUnicode);
            }
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources resources = new PDResources();
            COSName fontName = resources.add(font);
            form.setDefaultResources(resources);
            form.setDefaultAppearance(da(fontName, (float) fonts.points(14)));
            form.setNeedAppearances(false);
            Map<Double, FieldAppearance> appearances = new java.util.HashMap<>();

            Map<String, List<Mark>> marks = marks(doc);
            for (String name : marks.keySet()) {
                if (!inputs.containsKey(name)) {
                    throw new PdfRenderException(
                            "the template marks an input "
                                    + name
                                    + " that the form does not define",
                            null);
                }
            }
            for (Input input : inputs.values()) {
                List<Mark> places = marks.get(input.name());
                if (places == null) {
                    throw new PdfRenderException(
                            "the template has no place for the form's input " + input.name(), null);
                }
                PDTextField field = new PDTextField(form);
                field.setPartialName(input.name());
                field.setAlternateFieldName(input.tooltip());
                field.setMultiline(input.multiline());
                field.setReadOnly(input.readOnly());
                if (input.maxLength() > 0) {
                    field.setMaxLen(input.maxLength());
                }
                float size = (float) fonts.points(input.pskPoints());
                float lineHeight = (float) fonts.lineHeight(input.pskPoints());
                FieldAppearance appearance =
                        appearances.computeIfAbsent(
                                input.pskPoints(),
                                p -> new FieldAppearance(doc, font, fontName, size, lineHeight));
                field.setDefaultAppearance(da(fontName, size));
                String value = values.get(input.name());
                if (value != null && !value.isEmpty()) {
                    // set directly: PDFBox would draw its own, unshaped, appearance
                    field.getCOSObject().setString(COSName.V, value);
                }
                List<PDAnnotationWidget> widgets = new ArrayList<>();
                for (Mark mark : places) {
                    PDAnnotationWidget widget =
                            places.size() == 1
                                    ? field.getWidgets().get(0)
                                    : new PDAnnotationWidget();
                    PDRectangle r = mark.rect();
                    // a row's input hangs from its mark; a one-line input is centred on it
                    float height = input.height() > 0 ? input.height() : lineHeight;
                    float top =
                            input.height() > 0
                                    ? r.getUpperRightY()
                                    : (r.getLowerLeftY() + r.getUpperRightY() + lineHeight) / 2;
                    PDRectangle rect =
                            new PDRectangle(r.getLowerLeftX(), top - height, r.getWidth(), height);
                    widget.setRectangle(rect);
                    widget.setPage(mark.page());
                    widget.setPrinted(true);
                    widget.setAppearance(appearance.of(rect, value, input.multiline()));
                    mark.page().getAnnotations().add(widget);
                    widgets.add(widget);
                }
                if (widgets.size() > 1) {
                    field.setWidgets(widgets);
                }
                form.getFields().add(field);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pdf.length * 2);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfRenderException(
                    "the fillable form could not be made: " + e.getMessage(), e);
        }
    }

    private static String da(COSName font, float size) {
        return String.format(java.util.Locale.ROOT, "/%s %.2f Tf 0 g", font.getName(), size);
    }

    /**
     * The value of every field of a filled form, by field name; empty fields give empty strings.
     *
     * @throws PdfRejectedException when the file is no readable PDF or is encrypted
     */
    public static Map<String, String> read(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new PdfRejectedException(PdfRejectedException.Reason.EMPTY, "the file is empty");
        }
        String head =
                new String(
                        pdf,
                        0,
                        Math.min(pdf.length, 1024),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw new PdfRejectedException(PdfRejectedException.Reason.NOT_PDF, "not a PDF");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted()) {
                throw new PdfRejectedException(
                        PdfRejectedException.Reason.ENCRYPTED, "the PDF is encrypted");
            }
            Map<String, String> values = new LinkedHashMap<>();
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form != null) {
                for (PDField field : form.getFieldTree()) {
                    if (field
                            instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField) {
                        values.put(field.getFullyQualifiedName(), field.getValueAsString());
                    }
                }
            }
            return values;
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new PdfRejectedException(
                    PdfRejectedException.Reason.ENCRYPTED, "the PDF is protected by a password", e);
        } catch (IOException e) {
            throw new PdfRejectedException(
                    PdfRejectedException.Reason.CORRUPT,
                    "the PDF cannot be read: " + e.getMessage(),
                    e);
        }
    }

    private record Mark(PDPage page, PDRectangle rect) {}

    /** The template's {@code field:} links by name, in page order; the links are removed. */
    private static Map<String, List<Mark>> marks(PDDocument doc) throws IOException {
        Map<String, List<Mark>> marks = new LinkedHashMap<>();
        for (PDPage page : doc.getPages()) {
            List<PDAnnotation> annotations = page.getAnnotations();
            List<PDAnnotation> keep = new ArrayList<>();
            java.util.Set<PDAnnotation> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDAnnotation a : annotations) {
                String name =
                        a instanceof PDAnnotationLink link ? fieldName(link.getAction()) : null;
                if (name == null || !seen.add(a)) {
                    keep.add(a);
                } else {
                    marks.computeIfAbsent(name, n -> new ArrayList<>())
                            .add(new Mark(page, a.getRectangle()));
                }
            }
            page.setAnnotations(keep);
        }
        return marks;
    }

    private static String fieldName(PDAction action) {
        if (action instanceof PDActionURI uri
                && uri.getURI() != null
                && uri.getURI().startsWith(LINK_PREFIX)) {
            return uri.getURI().substring(LINK_PREFIX.length());
        }
        return null;
    }
}
