package saraban.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import saraban.Problem;
import saraban.ProblemException;
import saraban.pdf.FontSet;
import saraban.pdf.PdfEngine;
import saraban.thai.BahtText;
import saraban.thai.Digits;
import saraban.thai.ThaiDates;
import saraban.thai.ThaiDigits;

/**
 * A form printed through the PDF engine from its version's template (XSL-FO filled by Thymeleaf in
 * XML mode, so every value is escaped): blank to print and write on, filled with a submission, or
 * as the page under a fillable PDF. Values reach the template as display text: Thai digits, amounts
 * grouped by thousands, dates in the Buddhist Era, offices by name.
 */
final class FormPdf {

    /** What the page is for. */
    enum Mode {
        BLANK,
        FILLED,
        FILLABLE
    }

    /** Height of an empty row on a blank or fillable form: room for two or three lines. */
    static final String BLANK_ROW_HEIGHT = "1.6cm";

    /** The link target the template gives an input on a fillable page. */
    static final String LINK_PREFIX = saraban.pdf.FillableForm.LINK_PREFIX;

    private final PdfEngine pdf;
    private final TemplateEngine templates;
    private final Map<String, String> sizes;

    FormPdf(PdfEngine pdf) {
        this.pdf = pdf;
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCacheable(false);
        templates = new TemplateEngine();
        templates.setTemplateResolver(resolver);
        sizes = sizes(pdf.fonts());
    }

    /** The page as PDF/A-2b. */
    byte[] render(
            StoredVersion version,
            Mode mode,
            JsonNode data,
            Function<String, String> officeName,
            String note,
            Date created) {
        return pdf.render(toFo(version, mode, data, officeName, note), created);
    }

    /** The XSL-FO the template gives, before Thai preparation. */
    String toFo(
            StoredVersion version,
            Mode mode,
            JsonNode data,
            Function<String, String> officeName,
            String note) {
        Map<String, Object> model = model(version.definition(), mode, data, officeName, note);
        try {
            return templates.process(version.template(), new Context(Locale.ROOT, model));
        } catch (TemplateEngineException e) {
            throw new ProblemException(
                    new Problem(
                            500,
                            "TEMPLATE_FAILED",
                            "form template of "
                                    + version.definition().id()
                                    + " version "
                                    + version.definition().version()
                                    + " failed: "
                                    + e.getMessage(),
                            "แม่แบบของแบบฟอร์ม " + version.definition().id() + " มีข้อผิดพลาด",
                            null),
                    e);
        }
    }

    /** Name of the fillable field of {@code row} (from 0) of group {@code group}. */
    static String rowFieldName(String group, int row, String field) {
        return group + "_" + (row + 1) + "_" + field;
    }

    private Map<String, Object> model(
            FormDefinition form,
            Mode mode,
            JsonNode data,
            Function<String, String> officeName,
            String note) {
        boolean blank = mode != Mode.FILLED;
        Map<String, Object> m = new HashMap<>();
        m.put("size", sizes);
        m.put("blank", blank);
        m.put("fillable", mode == Mode.FILLABLE);
        m.put(
                "form",
                Map.of(
                        "id",
                        form.id(),
                        "version",
                        form.version(),
                        "title",
                        form.title(),
                        "formNumber",
                        form.formNumber() == null ? "" : form.formNumber()));
        m.put("footer", form.id() + "/" + form.version());
        m.put("submitted", note);
        Map<String, String> header = new HashMap<>();
        Map<String, String> links = mode == Mode.FILLABLE ? new HashMap<>() : null;
        for (FieldDefinition f : form.headerFields()) {
            header.put(f.name(), blank ? "" : display(f, data.get(f.name()), officeName));
            if (links != null) {
                links.put(f.name(), LINK_PREFIX + f.name());
            }
        }
        if (links != null) {
            links.put(FillableData.VERSION_FIELD, LINK_PREFIX + FillableData.VERSION_FIELD);
        }
        m.put("header", header);
        m.put("links", links);
        m.put("rowHeight", blank ? BLANK_ROW_HEIGHT : null);
        FieldDefinition group = form.rowGroups().isEmpty() ? null : form.rowGroups().get(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> amountLabels = new ArrayList<>();
        List<BigDecimal> sums = new ArrayList<>();
        if (group != null) {
            List<FieldDefinition> amounts =
                    group.fields().stream().filter(f -> f.type() == FieldType.AMOUNT).toList();
            amounts.forEach(
                    f -> {
                        amountLabels.add(f.label());
                        sums.add(BigDecimal.ZERO);
                    });
            int count =
                    switch (mode) {
                        case BLANK -> group.blankRows();
                        case FILLABLE -> group.maxRows();
                        case FILLED -> data.path(group.name()).size();
                    };
            for (int i = 0; i < count; i++) {
                JsonNode row = blank ? null : data.path(group.name()).get(i);
                rows.add(row(group, i, row, mode, officeName, amounts, sums));
            }
        }
        m.put("rows", rows);
        m.put("rowCount", ThaiDigits.toThai(String.valueOf(rows.size())));
        m.put("amountLabels", amountLabels);
        BigDecimal grand = sums.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        m.put("yearTotals", sums.stream().map(FormPdf::figures).toList());
        m.put("grandTotal", figures(grand));
        m.put("grandTotalText", BahtText.of(grand));
        return m;
    }

    private static Map<String, Object> row(
            FieldDefinition group,
            int index,
            JsonNode row,
            Mode mode,
            Function<String, String> officeName,
            List<FieldDefinition> amounts,
            List<BigDecimal> sums) {
        Map<String, Object> r = new HashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        List<Map<String, Object>> cells = new ArrayList<>();
        for (FieldDefinition f : group.fields()) {
            String text = row == null ? "" : display(f, row.get(f.name()), officeName);
            values.put(f.name(), text);
            Map<String, Object> part = new HashMap<>();
            part.put("text", text);
            part.put("label", null);
            part.put(
                    "link",
                    mode == Mode.FILLABLE
                            ? LINK_PREFIX + rowFieldName(group.name(), index, f.name())
                            : null);
            cells.add(Map.of("align", align(f.type()), "parts", List.of(part)));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < amounts.size(); i++) {
            JsonNode v = row == null ? null : row.get(amounts.get(i).name());
            if (v != null && !v.isNull()) {
                BigDecimal amount = new BigDecimal(v.asText());
                total = total.add(amount);
                sums.set(i, sums.get(i).add(amount));
            }
        }
        r.put("values", values);
        r.put("cells", cells);
        r.put("total", figures(total));
        r.put("totalText", BahtText.of(total));
        return r;
    }

    /** A normalised value as the printed form shows it. */
    static String display(FieldDefinition f, JsonNode v, Function<String, String> officeName) {
        if (v == null || v.isNull()) {
            return "";
        }
        return switch (f.type()) {
            case AMOUNT -> figures(new BigDecimal(v.asText()));
            case INTEGER -> ThaiDigits.toThai(v.asText());
            case DATE -> ThaiDates.fullDate(LocalDate.parse(v.asText()), Digits.THAI);
            case OFFICE -> officeName.apply(v.asText());
            default -> v.asText();
        };
    }

    /**
     * An amount in figures; a line may break after a thousands comma, so that a large amount wraps
     * inside its narrow column instead of running into the next one.
     */
    private static String figures(BigDecimal amount) {
        return BahtText.figures(amount, Digits.THAI).replace(",", ",\u200B");
    }

    private static String align(FieldType type) {
        return switch (type) {
            case AMOUNT -> "right";
            case INTEGER -> "center";
            default -> "left";
        };
    }

    /** Sizes in points of TH SarabunPSK, written in the body font's own points. */
    private static Map<String, String> sizes(FontSet fonts) {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, Integer> size :
                Map.of("text", 14, "small", 12, "cell", 12, "amount", 11, "title", 16).entrySet()) {
            m.put(size.getKey(), points(fonts.points(size.getValue())));
            m.put(size.getKey() + "Line", points(fonts.lineHeight(size.getValue())));
        }
        return m;
    }

    private static String points(double points) {
        return String.format(Locale.ROOT, "%.2fpt", points);
    }
}
