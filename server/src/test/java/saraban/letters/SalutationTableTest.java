package saraban.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saraban.testing.TestHome;

class SalutationTableTest {
    static SalutationTable table =
            SalutationTable.load(TestHome.home().resolve("templates/letters/salutations.tsv"));

    @ParameterizedTest
    @CsvSource({
        "นายกรัฐมนตรี, กราบเรียน, ขอแสดงความนับถืออย่างยิ่ง",
        "ประธานกรรมการ ป.ป.ช., กราบเรียน, ขอแสดงความนับถืออย่างยิ่ง",
        "' ประธานศาลฎีกา ', กราบเรียน, ขอแสดงความนับถืออย่างยิ่ง",
        "รองนายกรัฐมนตรี, เรียน, ขอแสดงความนับถือ",
        "ผู้ว่าราชการจังหวัดสมุทรสงคราม, เรียน, ขอแสดงความนับถือ",
        "นายอำเภอทุกอำเภอ, เรียน, ขอแสดงความนับถือ",
    })
    void recipient_chooses_the_row_and_the_row_gives_both(
            String recipient, String salutation, String closing) {
        SalutationTable.Pair pair = table.forRecipient(recipient);
        assertThat(pair.salutation()).isEqualTo(salutation);
        assertThat(pair.closing()).isEqualTo(closing);
    }

    @ParameterizedTest
    @CsvSource({
        "กราบเรียน, ขอแสดงความนับถืออย่างยิ่ง",
        "เรียน, ขอแสดงความนับถือ",
        "นมัสการ, ขอนมัสการด้วยความเคารพ"
    })
    void a_salutation_gives_the_closing_of_its_row(String salutation, String closing) {
        assertThat(table.forSalutation(salutation))
                .get()
                .extracting(SalutationTable.Pair::closing)
                .isEqualTo(closing);
    }
}
