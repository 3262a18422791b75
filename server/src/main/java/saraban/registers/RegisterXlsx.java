package saraban.registers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A register as an Excel workbook of one sheet: a bold, frozen Thai header row with the printed
 * register's columns, then one row per number, Thai digits and Buddhist-Era dates as the printed
 * register has them. A cancelled row stays, grey and struck through, with สถานะ ยกเลิก and the
 * reason, who and when in หมายเหตุ.
 *
 * <p>Every value is written as a text cell, never as a formula, so a subject such as {@code
 * =SUM(A1)} shows as typed and is not evaluated. Thai-digit text sorts as text (๑๐ before ๒), so
 * the last column holds the register number as a number: sorting on it puts the rows back in
 * register order after sorting or filtering on another column.
 */
final class RegisterXlsx {

    private static final List<String> HEADINGS =
            List.of(
                    "เลขทะเบียน",
                    "ที่",
                    "ลงวันที่",
                    "จาก",
                    "ถึง",
                    "เรื่อง",
                    "การปฏิบัติ",
                    "หมายเหตุ",
                    "สถานะ",
                    "เลขทะเบียน (ใช้เรียงลำดับ)");

    /** Column widths in characters of the default font: เรื่อง widest, then หมายเหตุ. */
    private static final double[] WIDTHS = {11, 22, 13, 28, 28, 60, 20, 42, 9, 13};

    /** The columns struck through on a cancelled row: all but หมายเหตุ, สถานะ and the number. */
    private static final int STRUCK_COLUMNS = 7;

    /** Colours as Excel writes them, ARGB: an RGB without alpha may read as transparent. */
    private static final String HEADER_FILL = "FFD9D9D9";

    private static final String BORDER_GREY = "FFA6A6A6";
    private static final String CANCELLED_GREY = "FF808080";
    private static final String CANCELLED_RED = "FFC00000";

    /** The standard font of Thai government documents; a machine without it substitutes one. */
    private static final String FONT = "TH SarabunPSK";

    private static final int FONT_SIZE = 16;

    private RegisterXlsx() {}

    static byte[] write(PrintedRegister register) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (Workbook workbook = new Workbook(out, "Saraban", "1.0")) {
            workbook.setGlobalDefaultFont(FONT, FONT_SIZE);
            workbook.properties().setTitle(heading(register));
            Worksheet sheet = workbook.newWorksheet(sheetName(register));
            header(sheet);
            for (int i = 0; i < register.rows().size(); i++) {
                row(sheet, i + 1, register.rows().get(i));
            }
            int last = Math.max(register.rows().size(), 1);
            sheet.setAutoFilter(0, 0, last, HEADINGS.size() - 1);
            printSetup(sheet, register);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the register workbook", e);
        }
        return out.toByteArray();
    }

    /** The title line of the printout: {@code ทะเบียนหนังสือส่ง สำนักงาน… พ.ศ. ๒๕๖๒}. */
    static String heading(PrintedRegister register) {
        return register.title() + " " + register.officeName() + " " + register.period();
    }

    /**
     * The sheet's tab: the title and the year, as {@code ทะเบียนหนังสือส่ง พ.ศ. ๒๕๖๒}, within
     * Excel's 31 characters (no title or period holds a character Excel forbids there).
     */
    static String sheetName(PrintedRegister register) {
        String name = register.title() + " " + register.period();
        return name.length() <= 31 ? name : name.substring(0, 31);
    }

    private static void header(Worksheet sheet) {
        for (int c = 0; c < HEADINGS.size(); c++) {
            sheet.value(0, c, HEADINGS.get(c));
            sheet.width(c, WIDTHS[c]);
            bordered(sheet.style(0, c))
                    .bold()
                    .fillColor(HEADER_FILL)
                    .horizontalAlignment("center")
                    .verticalAlignment("center")
                    .wrapText(true)
                    .set();
        }
        sheet.freezePane(0, 1);
    }

    private static void row(Worksheet sheet, int r, PrintedRegister.Row row) {
        List<String> texts =
                List.of(
                        row.numberText(),
                        row.reference(),
                        row.date(),
                        row.from(),
                        row.to(),
                        row.subject(),
                        row.action(),
                        row.remark(),
                        row.status());
        for (int c = 0; c < texts.size(); c++) {
            if (!texts.get(c).isEmpty()) {
                sheet.value(r, c, texts.get(c));
            }
            StyleSetter style = bordered(sheet.style(r, c)).verticalAlignment("top");
            style = c == 0 || c == 2 || c == 8 ? style.horizontalAlignment("center") : style;
            style = style.wrapText(true);
            if (row.cancelled()) {
                style = style.fontColor(c == 8 ? CANCELLED_RED : CANCELLED_GREY);
                style = c < STRUCK_COLUMNS ? style.strikethrough() : style;
                style = c == 8 ? style.bold() : style;
            }
            style.set();
        }
        int c = texts.size();
        sheet.value(r, c, row.number());
        bordered(sheet.style(r, c))
                .verticalAlignment("top")
                .horizontalAlignment("center")
                .fontColor(CANCELLED_GREY)
                .set();
    }

    private static StyleSetter bordered(StyleSetter style) {
        return style.borderStyle(BorderStyle.THIN).borderColor(BORDER_GREY);
    }

    /** Printed, the sheet is A4 landscape, one page wide, the header row on every page. */
    private static void printSetup(Worksheet sheet, PrintedRegister register) {
        sheet.pageOrientation("landscape");
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(0);
        // & starts a code in Excel's page headers; && prints one
        sheet.header(heading(register).replace("&", "&&"), Position.CENTER, FONT, FONT_SIZE);
        sheet.footer("หน้า &P / &N", Position.RIGHT, FONT, FONT_SIZE);
    }
}
