package saraban.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import saraban.thai.ThaiText;

/**
 * Turns XSL-FO into PDF/A-2b with correct Thai: text is prepared by {@link ThaiText} on its way
 * into FOP (complex-script shaping off), and the PDF's text layer is repaired afterwards so that
 * copying and searching return the original Thai characters.
 *
 * <p>One engine per process: it holds the only {@link FopFactory}. Thread-safe.
 */
public final class PdfEngine {

    private final FopFactory fopFactory;
    private final FontSet fonts;

    /**
     * FOP's configuration is not thread-safe inside newFop() (intermittent NPE under two threads).
     */
    private final Object newFopLock = new Object();

    private final SAXParserFactory saxFactory;

    /**
     * @param fonts the body font family
     * @param baseUri where relative resource references in FO (images) are resolved
     */
    public PdfEngine(FontSet fonts, URI baseUri) {
        this.fonts = fonts;
        this.fopFactory = newFopFactory(fonts, baseUri);
        this.saxFactory = SAXParserFactory.newInstance();
        saxFactory.setNamespaceAware(true);
        try {
            saxFactory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            saxFactory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    /**
     * Renders a small Thai document once, at start-up: proves that FOP, the font and the text-layer
     * repair work together, and leaves their classes loaded and their caches filled so the first
     * letter a user asks for is not the slow one.
     *
     * @throws PdfRenderException when nothing usable comes out
     */
    public void selfCheck() {
        String fo =
                "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" font-family=\""
                        + FontSet.FAMILY
                        + "\"><fo:layout-master-set><fo:simple-page-master master-name=\"a4\""
                        + " page-height=\"29.7cm\" page-width=\"21cm\" margin=\"2cm\"><fo:region-body/>"
                        + "</fo:simple-page-master></fo:layout-master-set><fo:page-sequence"
                        + " master-reference=\"a4\"><fo:flow flow-name=\"xsl-region-body\"><fo:block>"
                        + "ตรวจความพร้อมของระบบ ผู้ให้ข้อมูล ๑๒๓</fo:block></fo:flow></fo:page-sequence>"
                        + "</fo:root>";
        byte[] pdf = render(fo, new Date(0));
        if (pdf.length < 1000) {
            throw new PdfRenderException(
                    "FOP produced no usable PDF with font " + fonts.name(), null);
        }
    }

    /** The font family this engine sets text in. */
    public FontSet fonts() {
        return fonts;
    }

    /** Renders FO to a PDF/A-2b document whose text extracts as the original Thai. */
    public byte[] render(String fo, Date creationDate) {
        byte[] raw = renderFop(fo, creationDate, true);
        return TextLayerRepair.repair(raw);
    }

    /**
     * FOP alone on {@code fo}: no Thai preparation, no text-layer repair. For benchmarks and tests
     * that compare the engine with bare FOP on the same, already prepared, FO.
     */
    public byte[] renderWithFopOnly(String fo, Date creationDate) {
        return renderFop(fo, creationDate, false);
    }

    /** The FO that {@link #render} hands to FOP: every text run prepared by {@link ThaiText}. */
    public String prepare(String fo) {
        try {
            SAXTransformerFactory factory =
                    (SAXTransformerFactory) TransformerFactory.newInstance();
            TransformerHandler serializer = factory.newTransformerHandler();
            StringWriter out = new StringWriter(fo.length() + fo.length() / 8);
            serializer.setResult(new StreamResult(out));
            ThaiTextFilter filter = new ThaiTextFilter(ThaiText::forPdf);
            filter.setParent(saxFactory.newSAXParser().getXMLReader());
            filter.setContentHandler(serializer);
            filter.parse(new InputSource(new StringReader(fo)));
            return out.toString();
        } catch (TransformerException
                | SAXException
                | IOException
                | ParserConfigurationException e) {
            throw new PdfRenderException("FO could not be prepared: " + e.getMessage(), e);
        }
    }

    private byte[] renderFop(String fo, Date creationDate, boolean prepareText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            FOUserAgent agent = fopFactory.newFOUserAgent();
            agent.setCreationDate(creationDate);
            agent.setProducer("Saraban");
            agent.setCreator("Saraban");
            Fop fop;
            synchronized (newFopLock) {
                fop = fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
            }
            XMLReader reader = saxFactory.newSAXParser().getXMLReader();
            if (prepareText) {
                ThaiTextFilter filter = new ThaiTextFilter(ThaiText::forPdf);
                filter.setParent(reader);
                reader = filter;
            }
            reader.setContentHandler(fop.getDefaultHandler());
            reader.parse(new InputSource(new StringReader(fo)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new PdfRenderException("FOP could not render the document: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PdfRenderException("FOP failed while rendering: " + e, e);
        }
        return out.toByteArray();
    }

    private static FopFactory newFopFactory(FontSet fonts, URI baseUri) {
        String config =
                "<fop version=\"1.0\">"
                        + "<complex-scripts disabled=\"true\"/>"
                        + "<renderers><renderer mime=\"application/pdf\">"
                        + "<pdf-a-mode>PDF/A-2b</pdf-a-mode>"
                        // ToUnicode maps uncompressed, so the text layer is repaired in place
                        + "<filterList type=\"default\"><value>null</value></filterList>"
                        + fonts.fopFontsXml()
                        + "</renderer></renderers></fop>";
        try {
            return new FopConfParser(
                            new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)),
                            baseUri)
                    .getFopFactoryBuilder()
                    .build();
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("FOP configuration rejected: " + e.getMessage(), e);
        }
    }
}
