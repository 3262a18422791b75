package saraban.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * A tree of PDF objects (a font with its streams) kept as plain, immutable Java values, so that any
 * number of threads can copy it into their documents at once. PDFBox's own objects cannot be shared
 * that way: a stream reads through a shared buffer, and an object belongs to one document. Stream
 * data is kept encoded and copied as is, so nothing is compressed again per copy.
 */
final class FrozenCos {

    private record Dict(Map<COSName, Object> entries) {}

    private record Stream(Map<COSName, Object> entries, byte[] raw) {}

    private record Str(byte[] bytes) {}

    private final Object root;

    private FrozenCos(Object root) {
        this.root = root;
    }

    /** Freezes {@code object} and everything it refers to. */
    static FrozenCos of(COSBase object) throws IOException {
        return new FrozenCos(freeze(object, new IdentityHashMap<>()));
    }

    /** A fresh copy of the tree, made of new objects that {@code doc} may own. */
    COSBase copyInto(COSDocument doc) throws IOException {
        return thaw(root, doc);
    }

    private static Object freeze(COSBase object, IdentityHashMap<COSBase, Boolean> path)
            throws IOException {
        COSBase base = object instanceof COSObject ref ? ref.getObject() : object;
        if (base == null || base instanceof COSNull) {
            return COSNull.NULL;
        }
        if (path.put(base, Boolean.TRUE) != null) {
            throw new IOException("a font's objects refer back to themselves");
        }
        try {
            if (base instanceof COSStream stream) {
                byte[] raw;
                try (InputStream in = stream.createRawInputStream()) {
                    raw = in.readAllBytes();
                }
                return new Stream(entries(stream, path), raw);
            }
            if (base instanceof COSDictionary dict) {
                return new Dict(entries(dict, path));
            }
            if (base instanceof COSArray array) {
                List<Object> items = new ArrayList<>(array.size());
                for (int i = 0; i < array.size(); i++) {
                    items.add(freeze(array.get(i), path));
                }
                return List.copyOf(items);
            }
            if (base instanceof COSString string) {
                return new Str(string.getBytes().clone());
            }
            if (base instanceof COSInteger number) {
                return number.longValue();
            }
            if (base instanceof COSFloat number) {
                return number.floatValue();
            }
            if (base instanceof COSName || base instanceof COSBoolean) {
                return base; // immutable, and shared by PDFBox itself
            }
            throw new IOException("cannot keep a " + base.getClass().getSimpleName());
        } finally {
            path.remove(base);
        }
    }

    private static Map<COSName, Object> entries(
            COSDictionary dict, IdentityHashMap<COSBase, Boolean> path) throws IOException {
        Map<COSName, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
            if (!e.getKey().equals(COSName.LENGTH)) {
                entries.put(e.getKey(), freeze(e.getValue(), path));
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    private static COSBase thaw(Object frozen, COSDocument doc) throws IOException {
        if (frozen instanceof Stream s) {
            COSStream stream = doc.createCOSStream();
            fill(stream, s.entries(), doc);
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(s.raw());
            }
            return stream;
        }
        if (frozen instanceof Dict d) {
            COSDictionary dict = new COSDictionary();
            fill(dict, d.entries(), doc);
            return dict;
        }
        if (frozen instanceof List<?> items) {
            COSArray array = new COSArray();
            for (Object item : items) {
                array.add(thaw(item, doc));
            }
            return array;
        }
        if (frozen instanceof Str s) {
            return new COSString(s.bytes().clone());
        }
        if (frozen instanceof Long n) {
            return COSInteger.get(n);
        }
        if (frozen instanceof Float f) {
            return new COSFloat(f);
        }
        return (COSBase) frozen;
    }

    private static void fill(COSDictionary dict, Map<COSName, Object> entries, COSDocument doc)
            throws IOException {
        for (Map.Entry<COSName, Object> e : entries.entrySet()) {
            dict.setItem(e.getKey(), thaw(e.getValue(), doc));
        }
    }
}
