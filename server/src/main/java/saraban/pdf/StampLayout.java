package saraban.pdf;

import java.util.ArrayList;
import java.util.List;
import saraban.thai.ThaiNormalizer;
import saraban.thai.ThaiSegmenter;
import saraban.thai.ThaiShaper;

/**
 * A receipt stamp laid out in its own box at full size, origin at the box's bottom left: the box,
 * and each line's text with its size and place. Text is shaped for the font's Thai glyph variants;
 * a labelled line is its label, a space and its value over a dotted line, as if written into the
 * blank of a rubber stamp. A line too long for the box is set smaller down to the template's
 * minimum, a value alone (the office's name) is then broken in two between words, and what still
 * does not fit is narrowed.
 *
 * @param runs the pieces of text, in reading order
 * @param leaders the dotted lines under values
 */
record StampLayout(StampTemplate template, List<Run> runs, List<Leader> leaders) {

    /**
     * Text drawn at one size: shaped (private-use variants), left end of its baseline, horizontal
     * scale in percent (100 unless narrowed).
     */
    record Run(String shaped, float x, float baseline, float size, float horizontalScale) {}

    /** A dotted line from {@code x1} to {@code x2} at height {@code y}, under a value. */
    record Leader(float x1, float x2, float y, float size) {}

    static StampLayout of(StampTemplate t, ReceiptStamp stamp, StampFont font, FontSet fonts) {
        float inset = t.border() + t.padding();
        float left = inset;
        float right = t.width() - inset;
        float innerWidth = right - left;
        float base = (float) fonts.points(t.fontSize());
        float min = (float) fonts.points(t.minFontSize());

        List<StampTemplate.Line> lines = new ArrayList<>();
        List<Integer> brokenAt = new ArrayList<>();
        for (StampTemplate.Line line : t.lines()) {
            StampTemplate.Line filled = line.fill(stamp);
            String label = filled.label() == null ? null : shape(filled.label());
            String value = shape(filled.value());
            if (label == null && font.width(value, min) > innerWidth) {
                List<String> parts = breakInTwo(filled.value(), font);
                if (parts.size() == 2) {
                    brokenAt.add(lines.size());
                }
                for (String part : parts) {
                    lines.add(new StampTemplate.Line(null, shape(part)));
                }
            } else {
                lines.add(new StampTemplate.Line(label, value));
            }
        }

        float slot = (t.height() - 2 * inset) / lines.size();
        base = Math.min(base, slot / (font.ascent() + font.descent()));
        min = Math.min(min, base);
        List<Run> runs = new ArrayList<>();
        List<Leader> leaders = new ArrayList<>();
        float slotTop = t.height() - inset;
        for (StampTemplate.Line line : lines) {
            float natural = width(line, font, base);
            float size = natural <= innerWidth ? base : Math.max(min, base * innerWidth / natural);
            float scale = Math.min(1f, innerWidth / width(line, font, size));
            float baseline =
                    slotTop
                            - (slot - (font.ascent() + font.descent()) * size) / 2
                            - font.ascent() * size;
            if (line.label() == null) {
                float w = font.width(line.value(), size) * scale;
                runs.add(
                        new Run(
                                line.value(),
                                left + (innerWidth - w) / 2,
                                baseline,
                                size,
                                100 * scale));
            } else {
                // One run with a real space: both PDFBox and pdftotext then read "เลขรับ ๓๒๑๙" as
                // one line; a value set apart from its label would come out as a separate block.
                float labelEnd = left + font.width(line.label(), size) * scale;
                String text = line.label() + " " + line.value();
                runs.add(new Run(text, left, baseline, size, 100 * scale));
                if (t.leaderDots()) {
                    leaders.add(
                            new Leader(
                                    labelEnd + font.width(" ", size) * scale / 2,
                                    right,
                                    baseline - 0.12f * size,
                                    size));
                }
            }
            slotTop -= slot;
        }
        // The halves of a broken name start at the same x, centred as one block: pdftotext reads
        // two lines centred on their own as separate blocks, and may put another line between.
        for (int i : brokenAt) {
            float x = Math.min(runs.get(i).x(), runs.get(i + 1).x());
            for (int j = i; j <= i + 1; j++) {
                Run r = runs.get(j);
                runs.set(j, new Run(r.shaped(), x, r.baseline(), r.size(), r.horizontalScale()));
            }
        }
        return new StampLayout(t, List.copyOf(runs), List.copyOf(leaders));
    }

    /** Every shaped character the stamp draws. */
    String text() {
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(r.shaped()));
        return all.toString();
    }

    /**
     * The content stream operators that draw the stamp at the current origin, its box {@code
     * template.width()} × {@code template.height()}, in the current colour, text in font {@code
     * fontName}.
     */
    String operators(String fontName, StampFont font) {
        StringBuilder ops = new StringBuilder(1024);
        float b = template.border();
        float r =
                Math.min(
                        template.cornerRadius(), Math.min(template.width(), template.height()) / 4);
        float k = 0.5523f * r;
        float x0 = b / 2;
        float y0 = b / 2;
        float x1 = template.width() - b / 2;
        float y1 = template.height() - b / 2;
        op(ops, "%s w 0 J 0 j", b);
        op(ops, "%s %s m %s %s l", x0 + r, y0, x1 - r, y0);
        op(ops, "%s %s %s %s %s %s c", x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r);
        op(ops, "%s %s l", x1, y1 - r);
        op(ops, "%s %s %s %s %s %s c", x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1);
        op(ops, "%s %s l", x0 + r, y1);
        op(ops, "%s %s %s %s %s %s c", x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r);
        op(ops, "%s %s l", x0, y0 + r);
        op(ops, "%s %s %s %s %s %s c h S", x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0);
        for (Leader l : leaders) {
            float dot = 0.07f * l.size();
            op(
                    ops,
                    "[0 %s] 0 d 1 J %s w %s %s m %s %s l S",
                    2.6f * dot,
                    dot,
                    l.x1(),
                    l.y(),
                    l.x2(),
                    l.y());
        }
        ops.append("[] 0 d\n");
        for (Run run : runs) {
            ops.append("BT /").append(fontName);
            op(
                    ops,
                    " %s Tf %s Tz 1 0 0 1 %s %s Tm",
                    run.size(),
                    run.horizontalScale(),
                    run.x(),
                    run.baseline());
            ops.append(font.encode(run.shaped())).append(" Tj ET\n");
        }
        return ops.toString();
    }

    private static float width(StampTemplate.Line line, StampFont font, float size) {
        float value = font.width(line.value(), size);
        return line.label() == null ? value : font.width(line.label() + " ", size) + value;
    }

    private static String shape(String text) {
        return ThaiShaper.shape(ThaiNormalizer.normalize(text));
    }

    /**
     * {@code text} cut in two at the space or word boundary that makes the longer half shortest.
     */
    private static List<String> breakInTwo(String text, StampFont font) {
        String marked = ThaiSegmenter.withBreaks(ThaiNormalizer.normalize(text));
        String best = null;
        String bestRest = null;
        float bestWidth = Float.MAX_VALUE;
        for (int i = 1; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c != '\u200B' && c != ' ') {
                continue;
            }
            String head = marked.substring(0, i).replace("\u200B", "").strip();
            String tail = marked.substring(i + 1).replace("\u200B", "").strip();
            float longer = Math.max(font.width(shape(head), 1), font.width(shape(tail), 1));
            if (!head.isEmpty() && !tail.isEmpty() && longer < bestWidth) {
                best = head;
                bestRest = tail;
                bestWidth = longer;
            }
        }
        return best == null ? List.of(ThaiNormalizer.normalize(text)) : List.of(best, bestRest);
    }

    /**
     * Appends one line of operators: {@code format} with each {@code %s} replaced by a number
     * written the PDF way (a dot, at most three decimals, no exponent).
     */
    static void op(StringBuilder ops, String format, Object... numbers) {
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length() && format.charAt(i + 1) == 's') {
                number(ops, ((Number) numbers[next++]).doubleValue());
                i++;
            } else {
                ops.append(c);
            }
        }
        ops.append('\n');
    }

    /** {@code value} rounded to thousandths, without trailing zeros: 12.5, 0.333, -3. */
    static void number(StringBuilder out, double value) {
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            out.append('-');
            thousandths = -thousandths;
        }
        out.append(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            out.append('.');
            for (int unit = 100; fraction != 0; unit /= 10) {
                out.append((char) ('0' + fraction / unit));
                fraction %= unit;
            }
        }
    }
}
