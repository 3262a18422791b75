package saraban.pdf;

import java.util.function.UnaryOperator;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes an FO document on to FOP with every run of text prepared for Thai typesetting (normalised,
 * segmented with break opportunities, glyph variants chosen). Text inside foreign objects (SVG) is
 * left alone. A text node may arrive in several {@code characters} calls, so text is gathered until
 * the next tag.
 */
final class ThaiTextFilter extends XMLFilterImpl {

    private static final String FO_NS = "http://www.w3.org/1999/XSL/Format";

    private final UnaryOperator<String> prepare;
    private final StringBuilder pending = new StringBuilder();
    private int foreignDepth;

    ThaiTextFilter(UnaryOperator<String> prepare) {
        this.prepare = prepare;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
            throws SAXException {
        flush();
        if (foreignDepth > 0
                || (FO_NS.equals(uri) && "instream-foreign-object".equals(localName))) {
            foreignDepth++;
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        flush();
        if (foreignDepth > 0) {
            foreignDepth--;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        pending.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        pending.append(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        flush();
        super.processingInstruction(target, data);
    }

    @Override
    public void endDocument() throws SAXException {
        flush();
        super.endDocument();
    }

    private void flush() throws SAXException {
        if (pending.length() == 0) {
            return;
        }
        String text = pending.toString();
        pending.setLength(0);
        String out = foreignDepth > 0 || text.isBlank() ? text : prepare.apply(text);
        super.characters(out.toCharArray(), 0, out.length());
    }
}
