package saraban.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer the two ways users do: PDFBox, and poppler's pdftotext (default mode).
 */
public final class PdfText {
    private PdfText() {}

    public static String pdfbox(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pdftotext(byte[] pdf, String... options) {
        try {
            Path in = Files.createTempFile("saraban", ".pdf");
            Path out = Files.createTempFile("saraban", ".txt");
            try {
                Files.write(in, pdf);
                List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
                command.addAll(List.of(options));
                command.add(in.toString());
                command.add(out.toString());
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("pdftotext failed: " + log);
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(in);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final float CM = 72f / 2.54f;

    /**
     * Whether a baseline {@code y} points from the top of page {@code page} lies in the page
     * furniture (secrecy marks top and bottom, the page number from page 2) rather than in the
     * letter itself.
     */
    static boolean furniture(int page, float y) {
        return y < (page == 1 ? 1.5f : 2.5f) * CM || y > 28.0f * CM;
    }

    /** The letter's own text by PDFBox, without page furniture. */
    public static String pdfboxBody(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper =
                    new PDFTextStripper() {
                        @Override
                        protected void processTextPosition(TextPosition t) {
                            if (!furniture(getCurrentPageNo(), t.getYDirAdj())) {
                                super.processTextPosition(t);
                            }
                        }
                    };
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The letter's own text by pdftotext, page by page with the furniture cropped away. */
    public static String pdftotextBody(byte[] pdf) {
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            int top = Math.round((page == 1 ? 1.5f : 2.5f) * CM);
            int height = Math.round(28.0f * CM) - top;
            text.append(
                    pdftotext(
                            pdf,
                            "-f",
                            String.valueOf(page),
                            "-l",
                            String.valueOf(page),
                            "-x",
                            "0",
                            "-y",
                            String.valueOf(top),
                            "-W",
                            "600",
                            "-H",
                            String.valueOf(height)));
        }
        return text.toString();
    }

    /**
     * Text with every whitespace character (and U+200B) removed: how extracted text is compared.
     */
    public static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != 0x200B && c != 0xA0)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** A glyph as drawn: its text, page, position and size in points, and fill colour. */
    public record Glyph(
            String text, int page, float x, float y, float width, float fontSize, float[] rgb) {}

    /** Every glyph of the document with its position and colour. */
    public static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper =
                    new PDFTextStripper() {
                        {
                            // PDFTextStripper ignores colour operators unless told to follow them
                            addOperator(new SetStrokingColorSpace(this));
                            addOperator(new SetNonStrokingColorSpace(this));
                            addOperator(new SetStrokingColor(this));
                            addOperator(new SetNonStrokingColor(this));
                            addOperator(new SetStrokingColorN(this));
                            addOperator(new SetNonStrokingColorN(this));
                            addOperator(new SetStrokingDeviceRGBColor(this));
                            addOperator(new SetNonStrokingDeviceRGBColor(this));
                            addOperator(new SetStrokingDeviceGrayColor(this));
                            addOperator(new SetNonStrokingDeviceGrayColor(this));
                            addOperator(new SetStrokingDeviceCMYKColor(this));
                            addOperator(new SetNonStrokingDeviceCMYKColor(this));
                        }

                        @Override
                        protected void processTextPosition(TextPosition t) {
                            float[] rgb;
                            try {
                                int packed = getGraphicsState().getNonStrokingColor().toRGB();
                                rgb =
                                        new float[] {
                                            ((packed >> 16) & 0xFF) / 255f,
                                            ((packed >> 8) & 0xFF) / 255f,
                                            (packed & 0xFF) / 255f
                                        };
                            } catch (IOException e) {
                                rgb = new float[] {0, 0, 0};
                            }
                            glyphs.add(
                                    new Glyph(
                                            t.getUnicode(),
                                            getCurrentPageNo(),
                                            t.getXDirAdj(),
                                            t.getYDirAdj(),
                                            t.getWidthDirAdj(),
                                            t.getXScale(),
                                            rgb));
                            super.processTextPosition(t);
                        }
                    };
            stripper.getText(doc);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
