package saraban.registers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import saraban.Problem;
import saraban.ProblemException;
import saraban.pdf.FontSet;
import saraban.pdf.PdfEngine;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;

/**
 * A register printed as PDF/A from {@code templates/registers/register.fo} (XSL-FO filled by
 * Thymeleaf in XML mode, so every value is escaped) through the PDF engine, which breaks Thai lines
 * at word boundaries and keeps the text layer searchable. The template is read again for every
 * register: an edited template shows in the next print, and printing a register is rare.
 */
final class RegisterPdf {

    private static final String TEMPLATE = "register";

    private final PdfEngine pdf;
    private final Path dir;
    private final Clock clock;
    private final TemplateEngine templates;
    private final Map<String, String> sizes;

    /**
     * Fills the template once with a small register, so that a template that does not parse stops
     * the server at start-up instead of failing a clerk's first print.
     *
     * @param dir the folder holding {@code register.fo}
     * @throws ProblemException {@code TEMPLATE_MISSING} or {@code TEMPLATE_FAILED}
     */
    RegisterPdf(PdfEngine pdf, Path dir, Clock clock) {
        this.pdf = pdf;
        this.dir = dir;
        this.clock = clock;
        this.sizes = sizes(pdf.fonts());
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(dir.toAbsolutePath() + "/");
        resolver.setSuffix(".fo");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        templates = new TemplateEngine();
        templates.setTemplateResolver(resolver);
        toFo(sample());
    }

    /** The register as a PDF/A-2b document, A4 landscape. */
    byte[] render(PrintedRegister register) {
        return pdf.render(toFo(register), Date.from(clock.instant()));
    }

    /** The XSL-FO the template gives for {@code register}, before Thai preparation. */
    String toFo(PrintedRegister register) {
        if (!Files.isRegularFile(dir.resolve(TEMPLATE + ".fo"))) {
            throw new ProblemException(
                    new Problem(
                            500,
                            "TEMPLATE_MISSING",
                            "register template " + TEMPLATE + ".fo is missing from " + dir,
                            "ไม่พบแม่แบบทะเบียน " + TEMPLATE + ".fo",
                            null));
        }
        try {
            return templates.process(TEMPLATE, new Context(Locale.ROOT, model(register)));
        } catch (TemplateEngineException e) {
            throw new ProblemException(
                    new Problem(
                            500,
                            "TEMPLATE_FAILED",
                            "register template " + TEMPLATE + ".fo failed: " + e.getMessage(),
                            "แม่แบบทะเบียน " + TEMPLATE + ".fo มีข้อผิดพลาด",
                            null),
                    e);
        }
    }

    /** What the template sees: plain maps and strings, nothing for it to format. */
    private Map<String, Object> model(PrintedRegister register) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), NumberingPeriod.BANGKOK);
        Map<String, Object> m = new HashMap<>();
        m.put("size", sizes);
        m.put("title", register.title());
        m.put("office", register.officeName());
        m.put("period", register.period());
        m.put("numberHeading", register.numberHeading());
        m.put(
                "printedAt",
                ThaiDates.abbreviatedDate(now.toLocalDate(), Digits.THAI)
                        + " "
                        + ThaiDates.time(now.toLocalTime(), Digits.THAI));
        m.put(
                "months",
                register.months().stream()
                        .map(
                                month ->
                                        Map.of(
                                                "name",
                                                month.name(),
                                                "rows",
                                                month.rows().stream()
                                                        .map(RegisterPdf::row)
                                                        .toList()))
                        .toList());
        return m;
    }

    private static Map<String, Object> row(PrintedRegister.Row row) {
        Map<String, Object> m = new HashMap<>();
        m.put("number", row.numberText());
        m.put("reference", row.reference());
        // a date does not break across lines
        m.put("date", row.date().replace(' ', '\u00A0'));
        m.put("from", row.from());
        m.put("to", row.to());
        m.put("subject", row.subject());
        m.put("action", row.action());
        m.put("remark", row.remark());
        m.put("cancelled", row.cancelled());
        return m;
    }

    /**
     * The template's sizes, stated in points of TH SarabunPSK and written in the body font's own
     * points: {@code size.text} (14), {@code size.small} (12), {@code size.title} (20), each with
     * its single line height ({@code size.textLine}, …).
     */
    private static Map<String, String> sizes(FontSet fonts) {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, Integer> size :
                Map.of("text", 14, "small", 12, "title", 20).entrySet()) {
            m.put(size.getKey(), points(fonts.points(size.getValue())));
            m.put(size.getKey() + "Line", points(fonts.lineHeight(size.getValue())));
        }
        return m;
    }

    private static String points(double points) {
        return String.format(Locale.ROOT, "%.2fpt", points);
    }

    /** A register of one cancelled row, for the start-up check of the template. */
    private static PrintedRegister sample() {
        RegisterEntry entry =
                new RegisterEntry(
                        1,
                        "check",
                        "check",
                        Series.SEND,
                        2562,
                        1,
                        RegisterEntry.Status.CANCELLED,
                        "สส ๐๐๑๗/๑",
                        LocalDate.of(2019, 3, 29),
                        "ผู้ส่ง",
                        "ผู้รับ",
                        "ตรวจแม่แบบ",
                        null,
                        null,
                        Instant.EPOCH,
                        "check",
                        Instant.EPOCH,
                        "check",
                        "ตรวจแม่แบบ",
                        null,
                        null,
                        null);
        return new PrintedRegister(
                "ทะเบียนหนังสือส่ง",
                "เลขทะเบียนส่ง",
                "ตรวจแม่แบบ",
                "พ.ศ. ๒๕๖๒",
                List.of(PrintedRegister.row(entry)));
    }
}
