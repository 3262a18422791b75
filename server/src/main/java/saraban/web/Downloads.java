package saraban.web;

import io.javalin.http.Context;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a stored file is answered: its type, its length, its name in {@code Content-Disposition}
 * (ASCII for old clients and the UTF-8 name of RFC 5987 / RFC 6266 for the rest, so Thai names
 * survive), an {@code ETag} of its SHA-256 (a repeated request gets 304) and the caching asked for.
 */
public final class Downloads {
    private Downloads() {}

    /**
     * Answers {@code ctx} with the file; PDFs and images open in the browser, other files download.
     *
     * @param cacheControl e.g. {@code public, max-age=86400} for bytes that never change
     */
    public static void send(
            Context ctx,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String cacheControl,
            java.util.function.Supplier<InputStream> content) {
        String etag = "\"" + sha256 + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        ctx.header("X-Content-Type-Options", "nosniff");
        String match = ctx.header("If-None-Match");
        if (match != null && (match.contains(etag) || match.strip().equals("*"))) {
            ctx.status(304);
            return;
        }
        boolean inline = mediaType.equals("application/pdf") || mediaType.startsWith("image/");
        ctx.contentType(mediaType);
        ctx.header("Content-Length", Long.toString(size));
        ctx.header("Content-Disposition", contentDisposition(inline, fileName));
        ctx.result(content.get());
    }

    /**
     * {@code attachment; filename="___.pdf"; filename*=UTF-8''%E0%B9%81...}: the ASCII name with
     * every other character as {@code _}, then the exact name percent-encoded as RFC 5987 says.
     */
    public static String contentDisposition(boolean inline, String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char ch : fileName.toCharArray()) {
            ascii.append(ch >= 0x20 && ch < 0x7F && ch != '"' && ch != '\\' ? ch : '_');
        }
        return (inline ? "inline" : "attachment")
                + "; filename=\""
                + ascii
                + "\"; filename*=UTF-8''"
                + rfc5987(fileName);
    }

    /** Percent-encodes everything but RFC 5987's attr-char. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /**
     * A file name as one URL path segment: {@code แบบ ก.pdf} → {@code %E0%B9%81...%20%E0...pdf}.
     */
    public static String pathSegment(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
