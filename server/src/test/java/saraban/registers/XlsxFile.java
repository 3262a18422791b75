package saraban.registers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An XLSX workbook read back from its XML parts, as a spreadsheet program reads it: the first
 * sheet's cells with their text, type and font, its frozen pane, column widths and page set-up.
 * Only what the register tests look at; no library, so nothing is interpreted for us.
 */
final class XlsxFile {

    /** A cell's font: bold, struck through, colour as written ({@code FF808080}, or null). */
    record Font(boolean bold, boolean strike, String color) {}

    /**
     * A cell as stored: {@code type} is the {@code t} attribute ({@code s} for shared text, {@code
     * n} or null for a number), {@code formula} whether it holds one.
     */
    record Cell(String text, String type, boolean formula, Font font) {}

    private final Map<String, String> parts;
    private final Element sheet;
    private final List<Map<Integer, Cell>> rows = new ArrayList<>();

    private XlsxFile(Map<String, String> parts) {
        this.parts = parts;
        this.sheet = parse(part("xl/worksheets/sheet1.xml")).getDocumentElement();
        List<String> shared = new ArrayList<>();
        NodeList items = parse(part("xl/sharedStrings.xml")).getElementsByTagName("si");
        for (int i = 0; i < items.getLength(); i++) {
            shared.add(items.item(i).getTextContent());
        }
        Element styles = parse(part("xl/styles.xml")).getDocumentElement();
        List<Font> fonts = new ArrayList<>();
        for (Element font : children(first(styles, "fonts"), "font")) {
            Element color = first(font, "color");
            fonts.add(
                    new Font(
                            first(font, "b") != null,
                            first(font, "strike") != null,
                            color == null ? null : color.getAttribute("rgb")));
        }
        List<Font> cellFonts = new ArrayList<>();
        for (Element xf : children(first(styles, "cellXfs"), "xf")) {
            cellFonts.add(fonts.get(Integer.parseInt(xf.getAttribute("fontId"))));
        }
        for (Element row : children(first(sheet, "sheetData"), "row")) {
            int r = Integer.parseInt(row.getAttribute("r")) - 1;
            while (rows.size() <= r) {
                rows.add(new HashMap<>());
            }
            for (Element c : children(row, "c")) {
                String type = c.hasAttribute("t") ? c.getAttribute("t") : null;
                Element v = first(c, "v");
                String text = v == null ? "" : v.getTextContent();
                if ("s".equals(type)) {
                    text = shared.get(Integer.parseInt(text));
                }
                int style = c.hasAttribute("s") ? Integer.parseInt(c.getAttribute("s")) : 0;
                rows.get(r)
                        .put(
                                column(c.getAttribute("r")),
                                new Cell(text, type, first(c, "f") != null, cellFonts.get(style)));
            }
        }
    }

    /**
     * Reads the parts through the zip's central directory, as spreadsheet programs do. (The writer
     * streams, so each entry's sizes follow its data in a Zip64 descriptor that Java 17's {@code
     * ZipInputStream} cannot read.)
     */
    static XlsxFile read(byte[] xlsx) {
        Map<String, String> parts = new HashMap<>();
        try {
            Path file = Files.createTempFile("register", ".xlsx");
            try {
                Files.write(file, xlsx);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry e : Collections.list(zip.entries())) {
                        try (InputStream in = zip.getInputStream(e)) {
                            parts.put(
                                    e.getName(),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new XlsxFile(parts);
    }

    /** A part's XML, as {@code xl/workbook.xml}. */
    String part(String name) {
        String xml = parts.get(name);
        if (xml == null) {
            throw new IllegalArgumentException("no part " + name + " in " + parts.keySet());
        }
        return xml;
    }

    int rowCount() {
        return rows.size();
    }

    /** The cell at a zero-based row and column; an empty cell when none was written. */
    Cell cell(int row, int column) {
        Cell c = row < rows.size() ? rows.get(row).get(column) : null;
        return c == null ? new Cell("", null, false, new Font(false, false, null)) : c;
    }

    /** The texts of a row's first {@code columns} cells. */
    List<String> texts(int row, int columns) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            out.add(cell(row, c).text());
        }
        return out;
    }

    String sheetName() {
        return first(parse(part("xl/workbook.xml")).getDocumentElement(), "sheet")
                .getAttribute("name");
    }

    /** The width of a zero-based column, in characters; 0 when not set. */
    double width(int column) {
        for (Element col : children(first(sheet, "cols"), "col")) {
            int min = Integer.parseInt(col.getAttribute("min")) - 1;
            int max = Integer.parseInt(col.getAttribute("max")) - 1;
            if (column >= min && column <= max) {
                return Double.parseDouble(col.getAttribute("width"));
            }
        }
        return 0;
    }

    /** An attribute of the sheet's first element of that name, as {@code pane}/{@code state}. */
    String attribute(String element, String attribute) {
        Element e = first(sheet, element);
        return e == null ? null : e.getAttribute(attribute);
    }

    private static int column(String ref) {
        int column = 0;
        for (char ch : ref.toCharArray()) {
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + (ch - 'A' + 1);
            }
        }
        return column - 1;
    }

    private static Element first(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
