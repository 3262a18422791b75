package saraban.registers;

import java.util.Locale;

/**
 * The forms a register is served in, chosen by {@code ?format=} or else by the {@code Accept}
 * header: {@code RegisterFormat.choose(null, "application/pdf")} is {@link #PDF}; no preference is
 * {@link #JSON}.
 */
enum RegisterFormat {
    JSON("json", "application/json"),
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    private final String id;
    private final String mediaType;

    RegisterFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    /** The name in {@code ?format=} and the file name's extension: {@code xlsx}. */
    String id() {
        return id;
    }

    String mediaType() {
        return mediaType;
    }

    /**
     * The format a request asks for: {@code format} when given, otherwise the {@code accept}
     * header's most preferred format that is served (JSON for any type, or with no header).
     *
     * @throws saraban.ProblemException {@code UNKNOWN_FORMAT} (400) for another {@code format},
     *     {@code NOT_ACCEPTABLE} (406) when the header accepts none of the formats
     */
    static RegisterFormat choose(String format, String accept) {
        if (format != null) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            for (RegisterFormat f : values()) {
                if (f.id.equals(wanted)) {
                    return f;
                }
            }
            throw RegisterProblems.unknownFormat(format);
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        RegisterFormat best = null;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            double quality = quality(parts);
            RegisterFormat f = matching(parts[0].strip().toLowerCase(Locale.ROOT));
            // the earliest of equally preferred ranges wins
            if (f != null && quality > bestQuality) {
                best = f;
                bestQuality = quality;
            }
        }
        if (best == null) {
            throw RegisterProblems.notAcceptable(accept);
        }
        return best;
    }

    /** The {@code q} parameter of a media range: 1 when absent, 0 when unreadable. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(p.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /**
     * The first format a media range covers: an exact type, {@code text/*} and the like, or any.
     */
    private static RegisterFormat matching(String range) {
        for (RegisterFormat f : values()) {
            String type = f.mediaType.substring(0, f.mediaType.indexOf('/'));
            if (range.equals(f.mediaType) || range.equals(type + "/*") || range.equals("*/*")) {
                return f;
            }
        }
        return null;
    }
}
