package saraban.pdf;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of a receipt stamp, read from {@code templates/stamps/receipt.properties}: box size,
 * ink colour, text lines and how a place on the page is searched. Lengths are in points here; the
 * file states them with a unit ({@code 5cm}, {@code 1.5mm}, {@code 1pt}), and font sizes in points
 * of TH SarabunPSK, as the regulation states sizes.
 *
 * @param width the box's width at full size
 * @param height the box's height at full size
 * @param rgb ink colour of box and text, {@code 0xRRGGBB}
 * @param border the box's line width
 * @param cornerRadius rounding of the box's corners (0 for square)
 * @param padding space between the box and its text
 * @param fontSize text size in TH SarabunPSK points
 * @param minFontSize the smallest size a long line may be reduced to before it is narrowed
 * @param leaderDots whether a dotted line runs under each value, as on a rubber stamp
 * @param lines the text lines, top to bottom
 * @param inset the distance kept from the page's top and right edges
 * @param areaWidth width of the top-right area searched for free space
 * @param areaHeight height of that area
 * @param gap clear space kept between the stamp and anything on the page
 * @param minScale the smallest scale the stamp may shrink to before a strip is added
 */
record StampTemplate(
        float width,
        float height,
        int rgb,
        float border,
        float cornerRadius,
        float padding,
        float fontSize,
        float minFontSize,
        boolean leaderDots,
        List<Line> lines,
        float inset,
        float areaWidth,
        float areaHeight,
        float gap,
        float minScale) {

    /** The file name of the receipt stamp's template in the stamps folder. */
    static final String FILE = "receipt.properties";

    private static final float CM = 72f / 2.54f;
    private static final Pattern LENGTH =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(cm|mm|pt)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLOUR = Pattern.compile("#([0-9A-Fa-f]{6})");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Set<String> FIELDS = Set.of("office", "label", "number", "date", "time");

    /**
     * One line of the stamp: a label at the left and a value centred on the rest of the line, or,
     * without a label, a value centred on the whole line. Both may contain {@code {office}}, {@code
     * {label}}, {@code {number}}, {@code {date}} and {@code {time}}.
     */
    record Line(String label, String value) {

        /** The line with the stamp's values filled in. */
        Line fill(ReceiptStamp stamp) {
            return new Line(label == null ? null : fillIn(label, stamp), fillIn(value, stamp));
        }

        private static String fillIn(String text, ReceiptStamp stamp) {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value =
                        switch (m.group(1)) {
                            case "office" -> stamp.office();
                            case "label" -> stamp.label();
                            case "number" -> stamp.number();
                            case "date" -> stamp.date();
                            default -> stamp.time();
                        };
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            return m.appendTail(out).toString();
        }
    }

    /**
     * Reads the template file.
     *
     * @throws PdfRenderException naming the file and the entry when it is missing or wrong
     */
    static StampTemplate load(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new PdfRenderException("stamp template " + file + " cannot be read: " + e, e);
        }
        try {
            return parse(props);
        } catch (IllegalArgumentException e) {
            throw new PdfRenderException("stamp template " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The template described by {@code props}.
     *
     * @throws IllegalArgumentException naming the entry that is missing or wrong
     */
    static StampTemplate parse(Properties props) {
        List<Line> lines = new ArrayList<>();
        for (int i = 1; props.getProperty("line." + i) != null; i++) {
            lines.add(line("line." + i, props.getProperty("line." + i)));
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("line.1: the stamp needs at least one line");
        }
        StampTemplate t =
                new StampTemplate(
                        length(props, "width"),
                        length(props, "height"),
                        colour(props, "color"),
                        length(props, "border"),
                        length(props, "corner-radius"),
                        length(props, "padding"),
                        length(props, "font.size"),
                        length(props, "font.min-size"),
                        flag(props, "leader-dots"),
                        List.copyOf(lines),
                        length(props, "place.inset"),
                        length(props, "place.area.width"),
                        length(props, "place.area.height"),
                        length(props, "place.gap"),
                        number(props, "place.min-scale"));
        t.check();
        return t;
    }

    private void check() {
        positive("width", width);
        positive("height", height);
        positive("font.size", fontSize);
        positive("font.min-size", minFontSize);
        if (minFontSize > fontSize) {
            throw new IllegalArgumentException("font.min-size must not exceed font.size");
        }
        if (2 * (padding + border) >= Math.min(width, height)) {
            throw new IllegalArgumentException("padding and border leave no room for text");
        }
        if (areaWidth < width || areaHeight < height) {
            throw new IllegalArgumentException(
                    "place.area.width and place.area.height must hold the stamp at full size");
        }
        if (!(minScale > 0.2f && minScale <= 1f)) {
            throw new IllegalArgumentException(
                    "place.min-scale must be above 0.2 and at most 1, not " + minScale);
        }
    }

    private static void positive(String key, float value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(key + " must be more than zero");
        }
    }

    private static Line line(String key, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!FIELDS.contains(m.group(1))) {
                throw new IllegalArgumentException(
                        key
                                + ": unknown field {"
                                + m.group(1)
                                + "} (use {office}, {label}, {number}, {date}, {time})");
            }
        }
        int bar = text.indexOf('|');
        String label = bar < 0 ? null : text.substring(0, bar).strip();
        String value = (bar < 0 ? text : text.substring(bar + 1)).strip();
        if (value.isEmpty() || (label != null && label.isEmpty())) {
            throw new IllegalArgumentException(
                    key + ": write 'label | value' or a value alone, not '" + text + "'");
        }
        return new Line(label, value);
    }

    private static String required(Properties props, String key) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return value.strip();
    }

    private static float length(Properties props, String key) {
        String text = required(props, key);
        Matcher m = LENGTH.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    key + ": not a length: " + text + " (write e.g. 5cm, 1.5mm or 12pt)");
        }
        float value = Float.parseFloat(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "cm" -> value * CM;
            case "mm" -> value * CM / 10;
            default -> value;
        };
    }

    private static float number(Properties props, String key) {
        String text = required(props, key);
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + text, e);
        }
    }

    private static int colour(Properties props, String key) {
        String text = required(props, key);
        Matcher m = COLOUR.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    key + ": not a colour: " + text + " (write #RRGGBB, e.g. #1F3A8A)");
        }
        return Integer.parseInt(m.group(1), 16);
    }

    private static boolean flag(Properties props, String key) {
        String text = required(props, key).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default ->
                    throw new IllegalArgumentException(key + ": write true or false, not " + text);
        };
    }
}
