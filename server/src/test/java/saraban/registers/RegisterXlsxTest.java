package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saraban.testing.MultiLocaleTest;

/**
 * The register as a workbook, read back from its XML: the printed register's Thai columns in a
 * bold, frozen header row; Thai digits and Buddhist-Era dates; cancelled rows grey, struck through,
 * ยกเลิก with reason, who and when; text that looks like a formula stays text.
 */
@MultiLocaleTest
class RegisterXlsxTest {
    static final List<String> HEADINGS =
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

    static XlsxFile sample(int rows) {
        return XlsxFile.read(RegisterXlsx.write(SampleRegister.printed(rows)));
    }

    @Test
    void the_header_row_has_the_printed_registers_columns_in_bold_and_stays_in_view() {
        XlsxFile xlsx = sample(8);
        assertThat(xlsx.texts(0, 10)).isEqualTo(HEADINGS);
        for (int c = 0; c < 10; c++) {
            assertThat(xlsx.cell(0, c).font().bold()).as("heading %d bold", c).isTrue();
        }
        assertThat(xlsx.cell(1, 0).font().bold()).isFalse();
        assertThat(xlsx.attribute("pane", "state")).isEqualTo("frozen");
        assertThat(xlsx.attribute("pane", "ySplit")).isEqualTo("1");
        assertThat(xlsx.attribute("pane", "topLeftCell")).isEqualTo("A2");
    }

    @Test
    void rows_show_thai_digits_and_buddhist_era_dates_as_printed() {
        XlsxFile xlsx = sample(12);
        assertThat(xlsx.rowCount()).isEqualTo(13);
        assertThat(xlsx.texts(1, 9))
                .containsExactly(
                        "๑",
                        "สส ๐๐๑๗/๑",
                        "๕ ม.ค. ๒๕๖๒",
                        "สำนักงานจังหวัดสมุทรสงคราม",
                        "ผู้ว่าราชการจังหวัดสมุทรสงคราม",
                        "ส่งรายงานผลการดำเนินงานประจำเดือน",
                        "",
                        "",
                        "");
        assertThat(xlsx.texts(12, 3)).containsExactly("๑๒", "สส ๐๐๑๗/๑๒", "๑๘ ก.พ. ๒๕๖๒");
        assertThat(xlsx.cell(5, 7).text()).isEqualTo("แจ้งเวียนแล้ว");
        for (int c = 0; c < 9; c++) {
            assertThat(xlsx.cell(12, c).type()).as("column %d", c).isIn("s", null);
        }
    }

    @Test
    void the_last_column_holds_the_number_as_a_number_for_sorting() {
        XlsxFile xlsx = sample(12);
        for (int r = 1; r <= 12; r++) {
            XlsxFile.Cell number = xlsx.cell(r, 9);
            assertThat(number.type()).isIn("n", null);
            assertThat(Double.parseDouble(number.text())).isEqualTo(r);
        }
    }

    @Test
    void cancelled_rows_are_grey_struck_through_and_say_why_who_and_when() {
        XlsxFile xlsx = sample(8);
        int r = 7; // number 7 is cancelled
        assertThat(xlsx.cell(r, 8).text()).isEqualTo("ยกเลิก");
        assertThat(xlsx.cell(r, 8).font().bold()).isTrue();
        assertThat(xlsx.cell(r, 8).font().color()).isEqualTo("FFC00000");
        assertThat(xlsx.cell(r, 7).text())
                .isEqualTo("ยกเลิก: ออกเลขซ้ำกับงานอื่น (โดย somchai เมื่อ ๒๕ ส.ค. ๒๕๖๒ ๑๐.๕๐ น.)");
        assertThat(xlsx.cell(r, 7).font().strike()).as("the reason stays readable").isFalse();
        for (int c = 0; c < 7; c++) {
            XlsxFile.Font font = xlsx.cell(r, c).font();
            assertThat(font.strike()).as("column %d struck through", c).isTrue();
            assertThat(font.color()).as("column %d grey", c).isEqualTo("FF808080");
        }
        for (int c = 0; c < 9; c++) {
            XlsxFile.Font font = xlsx.cell(r + 1, c).font();
            assertThat(font.strike()).as("row 8 column %d", c).isFalse();
            assertThat(font.color()).as("row 8 column %d", c).isIn(null, "FF000000");
        }
        assertThat(xlsx.cell(r + 1, 8).text()).isEmpty();
    }

    @Test
    void a_subject_that_looks_like_a_formula_stays_text() {
        XlsxFile xlsx = sample(8);
        XlsxFile.Cell subject = xlsx.cell(2, 5);
        assertThat(subject.text()).isEqualTo("=SUM(A1)");
        assertThat(subject.type()).isEqualTo("s");
        assertThat(subject.formula()).isFalse();
        assertThat(xlsx.part("xl/worksheets/sheet1.xml"))
                .doesNotContain("<f>")
                .doesNotContain("<f ");
    }

    @Test
    void columns_have_widths_for_their_content_and_the_sheet_prints_on_a4_landscape() {
        XlsxFile xlsx = sample(3);
        for (int c = 0; c < 10; c++) {
            assertThat(xlsx.width(c)).as("column %d", c).isBetween(8.0, 80.0);
        }
        assertThat(xlsx.width(5)).as("เรื่อง is the widest").isGreaterThan(xlsx.width(7));
        assertThat(xlsx.width(2)).as("a date fits").isGreaterThanOrEqualTo(12.0);
        assertThat(xlsx.attribute("pageSetup", "orientation")).isEqualTo("landscape");
        assertThat(xlsx.attribute("pageSetup", "paperSize")).isEqualTo("9");
        assertThat(xlsx.attribute("pageSetup", "fitToWidth")).isEqualTo("1");
        assertThat(xlsx.attribute("autoFilter", "ref")).isEqualTo("A1:J4");
        assertThat(xlsx.part("xl/workbook.xml")).contains("_xlnm.Print_Titles").contains("!$1:$1");
    }

    @Test
    void the_sheet_is_named_after_the_register_and_its_year() {
        XlsxFile xlsx = sample(1);
        assertThat(xlsx.sheetName()).isEqualTo("ทะเบียนหนังสือส่ง พ.ศ. ๒๕๖๒");
        assertThat(xlsx.sheetName().length()).isLessThanOrEqualTo(31);
    }

    @Test
    void an_empty_register_is_the_header_row_alone() {
        XlsxFile xlsx =
                XlsxFile.read(
                        RegisterXlsx.write(
                                PrintedRegister.of(
                                        OfficeTree.sample().get("ss-mueang"),
                                        Series.RECEIVE,
                                        2562,
                                        List.of())));
        assertThat(xlsx.rowCount()).isEqualTo(1);
        assertThat(xlsx.texts(0, 10)).isEqualTo(HEADINGS);
        assertThat(xlsx.sheetName()).isEqualTo("ทะเบียนหนังสือรับ พ.ศ. ๒๕๖๒");
    }
}
