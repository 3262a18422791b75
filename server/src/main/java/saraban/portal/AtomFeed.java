package saraban.portal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The portal's Atom 1.0 feed (RFC 4287) of newly published letters: written with an XML writer, so
 * Thai text and any markup in a subject come out as escaped text.
 */
final class AtomFeed {
    static final String NS = "http://www.w3.org/2005/Atom";
    static final String TYPE = "application/atom+xml; charset=utf-8";

    private AtomFeed() {}

    /**
     * @param base the site's address as the visitor reached it, e.g. {@code https://example.go.th}
     */
    static String write(String base, PortalService.Feed feed) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml:lang", "th");
            text(x, "id", base + "/portal/feed.atom");
            text(x, "title", "หนังสือเวียนที่เผยแพร่");
            text(x, "subtitle", "หนังสือเวียน คำสั่ง และประกาศ ที่เผยแพร่ใหม่");
            text(x, "updated", time(feed.updated()));
            link(x, "self", TYPE.split(";")[0], base + "/portal/feed.atom");
            link(x, "alternate", "text/html", base + "/portal");
            x.writeStartElement("author");
            text(x, "name", "เว็บไซต์เผยแพร่หนังสือเวียน");
            x.writeEndElement();
            text(x, "generator", "Saraban");
            List<Views.Circular> entries = feed.entries();
            for (int i = 0; i < entries.size(); i++) {
                Views.Circular c = entries.get(i);
                String published = time(feed.published().get(i));
                x.writeStartElement("entry");
                text(x, "id", base + c.url());
                text(
                        x,
                        "title",
                        c.kindLabel() + " ที่ " + c.referenceNumber() + " เรื่อง " + c.subject());
                text(x, "published", published);
                text(x, "updated", published);
                link(x, "alternate", "text/html", base + c.url());
                link(x, "enclosure", "application/pdf", base + c.pdfUrl());
                x.writeStartElement("author");
                text(x, "name", c.office());
                x.writeEndElement();
                text(x, "summary", "ลงวันที่ " + c.date() + " · " + c.office());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter x, String name, String value)
            throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href)
            throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    /** RFC 3339 in UTC, to the second. */
    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(
                t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
