package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.testing.MultiLocaleTest;

/** What both exports print: titles, headings, the year, and how a row reads. */
@MultiLocaleTest
class PrintedRegisterTest {

    static RegisterEntry entry(
            RegisterEntry.Status status,
            String remark,
            Instant cancelledAt,
            String cancelledBy,
            String reason) {
        return new RegisterEntry(
                1,
                "ss-0017",
                "ss-0017",
                Series.ORDER,
                2562,
                125,
                status,
                "๑๒๕/๒๕๖๒",
                LocalDate.of(2019, 12, 31),
                null,
                null,
                "แต่งตั้งคณะกรรมการ",
                null,
                remark,
                Instant.parse("2019-12-31T16:59:00Z"),
                "somchai",
                cancelledAt,
                cancelledBy,
                reason,
                null,
                null,
                null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "send,         ทะเบียนหนังสือส่ง,   เลขทะเบียนส่ง",
        "receive,      ทะเบียนหนังสือรับ,   เลขทะเบียนรับ",
        "circular,     ทะเบียนหนังสือเวียน, เลขทะเบียนส่ง",
        "order,        ทะเบียนคำสั่ง,       เลขทะเบียน",
        "announcement, ทะเบียนประกาศ,      เลขทะเบียน",
    })
    void each_series_prints_under_its_own_title(String series, String title, String heading) {
        PrintedRegister r =
                PrintedRegister.of(
                        OfficeTree.sample().get("ss-mueang"),
                        Series.fromPath(series),
                        2562,
                        List.of());
        assertThat(r.title()).isEqualTo(title);
        assertThat(r.numberHeading()).isEqualTo(heading);
        assertThat(r.officeName()).isEqualTo("อำเภอเมืองสมุทรสงคราม");
        assertThat(r.period()).isEqualTo("พ.ศ. ๒๕๖๒");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CALENDAR, พ.ศ. ๒๕๖๓", "FISCAL, ปีงบประมาณ พ.ศ. ๒๕๖๓"})
    void the_year_is_named_as_the_office_counts_it(NumberingYear year, String period) {
        Office office =
                new Office(
                        "ss-test",
                        "สำนักงานทดสอบ",
                        "สส",
                        "0017",
                        null,
                        null,
                        null,
                        new SeriesPolicy(Set.of(), year));
        assertThat(PrintedRegister.of(office, Series.SEND, 2563, List.of()).period())
                .isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a number in use       | USED      | ''",
                "a reserved number     | RESERVED  | จองไว้",
                "a cancelled number    | CANCELLED | ยกเลิก",
            })
    void the_status_column_marks_what_is_not_a_number_in_use(
            String what, RegisterEntry.Status status, String shown) {
        PrintedRegister.Row row =
                PrintedRegister.row(
                        entry(status, null, Instant.parse("2020-01-01T01:05:00Z"), "somsri", "ก"));
        assertThat(row.status()).isEqualTo(shown);
        assertThat(row.cancelled()).isEqualTo(status == RegisterEntry.Status.CANCELLED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "reason, who and when | ออกเลขผิดปี | somsri | 2020-01-01T01:05:00Z | ''           | ยกเลิก: ออกเลขผิดปี (โดย somsri เมื่อ ๑ ม.ค. ๒๕๖๓ ๘.๐๕ น.)",
                "with the own remark  | ออกเลขผิดปี | somsri | 2020-01-01T01:05:00Z | ส่งทางไปรษณีย์ | ยกเลิก: ออกเลขผิดปี (โดย somsri เมื่อ ๑ ม.ค. ๒๕๖๓ ๘.๐๕ น.); ส่งทางไปรษณีย์",
                "a late evening in Bangkok | ซ้ำ | somsri | 2019-12-31T16:59:00Z | ''      | ยกเลิก: ซ้ำ (โดย somsri เมื่อ ๓๑ ธ.ค. ๒๕๖๒ ๒๓.๕๙ น.)",
            })
    void a_cancelled_row_says_why_who_and_when_in_bangkok_time(
            String what, String reason, String who, Instant when, String remark, String shown) {
        PrintedRegister.Row row =
                PrintedRegister.row(
                        entry(
                                RegisterEntry.Status.CANCELLED,
                                remark.isEmpty() ? null : remark,
                                when,
                                who,
                                reason));
        assertThat(row.remark()).isEqualTo(shown);
    }

    @Test
    void a_row_prints_thai_digits_and_an_abbreviated_buddhist_era_date() {
        PrintedRegister.Row row =
                PrintedRegister.row(entry(RegisterEntry.Status.USED, null, null, null, null));
        assertThat(row.number()).isEqualTo(125);
        assertThat(row.numberText()).isEqualTo("๑๒๕");
        assertThat(row.reference()).isEqualTo("๑๒๕/๒๕๖๒");
        assertThat(row.date()).isEqualTo("๓๑ ธ.ค. ๒๕๖๒");
        assertThat(row.from()).isEmpty();
        assertThat(row.remark()).isEmpty();
    }

    @Test
    void months_of_registration_cut_the_rows_where_the_month_changes() {
        PrintedRegister r = SampleRegister.printed(20);
        List<PrintedRegister.Month> months = r.months();
        assertThat(months)
                .extracting(PrintedRegister.Month::name)
                .containsExactly("มกราคม ๒๕๖๒", "กุมภาพันธ์ ๒๕๖๒", "มีนาคม ๒๕๖๒");
        // every fourth day from 5 January: 1–7 in January, 8–14 in February, 15–20 in March
        assertThat(months.get(0).rows()).extracting(PrintedRegister.Row::number).hasSize(7);
        assertThat(months.get(1).rows().get(0).number()).isEqualTo(8);
        assertThat(months.get(2).rows()).extracting(PrintedRegister.Row::number).hasSize(6);
    }

    @Test
    void a_registration_at_night_belongs_to_the_day_in_bangkok() {
        // 31 December 2019 23:59 in Bangkok is still December, whatever the server's zone
        PrintedRegister.Row row =
                PrintedRegister.row(entry(RegisterEntry.Status.USED, null, null, null, null));
        assertThat(row.registered()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void an_empty_register_is_one_empty_month() {
        PrintedRegister r = SampleRegister.printed(0);
        assertThat(r.months()).containsExactly(new PrintedRegister.Month("", List.of()));
    }
}
