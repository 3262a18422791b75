package saraban.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import saraban.receiving.LetterMetadata.Kind;
import saraban.registers.ReferenceNumber;
import saraban.thai.ThaiShaper;

class MetadataExtractorTest {

    private static final String SUBJECT =
            "การเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔";

    /**
     * An external letter as the PDF reader rebuilds it: columns apart, blank lines between parts.
     */
    private static final String EXTERNAL =
            """
            ด่วนที่สุด
            ตราครุฑ

            ที่ สส ๐๐๑๗.๒/ว ๕๒๕
            ศาลากลางจังหวัดสมุทรสงคราม
            ถนนเอกชัย สส ๗๕๐๐๐

            ๒๙ มีนาคม ๒๕๖๒

            เรื่อง การเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔

            เรียน หัวหน้าส่วนราชการจังหวัดสมุทรสงครามและนายอำเภอทุกอำเภอ

            อ้างถึง หนังสือจังหวัดสมุทรสงคราม ที่ สส ๐๐๑๗.๒/ว ๕๒๐ ลงวันที่ ๑๔ มกราคม ๒๕๖๒

            สิ่งที่ส่งมาด้วย สำเนาหนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท ๐๒๑๒.๑/ว ๑๘๓๑ ลงวันที่ ๒๑ มีนาคม
            ๒๕๖๒ จำนวน ๑ ชุด

            ตามที่จังหวัดสมุทรสงครามแจ้งการกำหนดปฏิทินและแนวทางการเชื่อมโยงและบูรณาการ
            แผนพัฒนาในระดับพื้นที่ ให้จังหวัดภายในวันที่ ๑๕ มิถุนายน ๒๕๖๒
            """;

    @Test
    void reads_every_part_of_an_external_letters_heading() {
        assertThat(MetadataExtractor.fromText(EXTERNAL))
                .isEqualTo(
                        new LetterMetadata(
                                Kind.EXTERNAL,
                                "สส ๐๐๑๗.๒/ว ๕๒๕",
                                ReferenceNumber.letter("สส", "0017.2", true, 525),
                                LocalDate.of(2019, 3, 29),
                                SUBJECT,
                                "เรียน",
                                "หัวหน้าส่วนราชการจังหวัดสมุทรสงครามและนายอำเภอทุกอำเภอ",
                                "ศาลากลางจังหวัดสมุทรสงคราม",
                                "ด่วนที่สุด",
                                null));
    }

    @Test
    void reads_text_whose_columns_ran_together_and_has_no_blank_lines() {
        String text =
                """
                ด่วนที่สุด
                ที่ สส 0017.2/ว525 ศาลากลางจังหวัดสมุทรสงคราม
                ถนนเอกชัย สส 75000
                29 มี.ค. 2562
                เรื่อง การเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่ ประจำปีงบประมาณ พ.ศ. 2564 และ
                การจัดทำแผนปฏิบัติการ
                เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด
                ตามที่จังหวัดสมุทรสงครามแจ้งการกำหนดปฏิทินและแนวทางการเชื่อมโยงและบูรณาการแผน
                """;
        LetterMetadata m = MetadataExtractor.fromText(text);
        assertThat(m.referenceNumber()).isEqualTo("สส 0017.2/ว525");
        assertThat(m.parsedNumber().searchKey()).isEqualTo("สส0017.2/ว525");
        assertThat(m.sender()).isEqualTo("ศาลากลางจังหวัดสมุทรสงคราม");
        assertThat(m.date()).isEqualTo(LocalDate.of(2019, 3, 29));
        assertThat(m.subject())
                .isEqualTo(
                        "การเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่ ประจำปีงบประมาณ พ.ศ. 2564"
                                + " และการจัดทำแผนปฏิบัติการ");
        assertThat(m.addressee()).isEqualTo("ผู้ว่าราชการจังหวัดทุกจังหวัด");
    }

    @Test
    void joins_wrapped_thai_without_a_space_and_other_text_with_one() {
        assertThat(LetterLines.join(List.of("ประจำปีงบประมาณ", "พ.ศ. 2564", "(One", "Plan)")))
                .isEqualTo("ประจำปีงบประมาณพ.ศ. 2564 (One Plan)");
    }

    @Test
    void reads_a_memo_with_its_dotted_leaders_and_marks_split_off_in_extraction() {
        String memo =
                """
                ลับมาก
                ตราครุฑ ด่วนมาก
                บันทึกข้อความ
                ส่วนราชการ  สำนักงานจังหวัดสมุทรสงคราม กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด โทร.
                0 3471 3308 ...............................................
                ท ่ี สส 0017.2/ว 312 ..........................วันท ่ี 6 สิงหาคม 2562 ..................
                เรื่อง ขอรายงานผลการรับหนังสือด่วนที่สุดของกระทรวงมหาดไทย เรื่องการเชื่อมโยงและบูรณาการแผน
                พัฒนาในระดับพื้นที่ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔

                เรียน ผู้ว่าราชการจังหวัดสมุทรสงคราม

                ตามที่กระทรวงมหาดไทยได้แจ้งปฏิทินและแนวทางการเชื่อมโยงและบูรณาการแผนพัฒนาใน
                """;
        assertThat(MetadataExtractor.fromText(memo))
                .isEqualTo(
                        new LetterMetadata(
                                Kind.MEMO,
                                "สส 0017.2/ว 312",
                                null,
                                LocalDate.of(2019, 8, 6),
                                "ขอรายงานผลการรับหนังสือด่วนที่สุดของกระทรวงมหาดไทย"
                                        + " เรื่องการเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่"
                                        + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
                                "เรียน",
                                "ผู้ว่าราชการจังหวัดสมุทรสงคราม",
                                "สำนักงานจังหวัดสมุทรสงคราม กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด",
                                "ด่วนมาก",
                                "ลับมาก"));
    }

    @Test
    void reads_an_order_by_its_title_and_the_date_it_was_signed() {
        String order =
                """
                คำสั่งจังหวัดสมุทรสงคราม
                ที่ ๑๒/๒๕๖๒
                เรื่อง แต่งตั้งคณะทำงานบูรณาการแผนพัฒนาในระดับพื้นที่

                เพื่อให้การเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่ ประจำปีงบประมาณ พ.ศ.
                ๒๕๖๔ เป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะทำงาน ดังนี้

                สั่ง ณ วันที่ ๑๔ มกราคม พ.ศ. ๒๕๖๒
                """;
        LetterMetadata m = MetadataExtractor.fromText(order);
        assertThat(m.kind()).isEqualTo(Kind.ORDER);
        assertThat(m.parsedNumber()).isEqualTo(ReferenceNumber.order(12, 2562));
        assertThat(m.date()).isEqualTo(LocalDate.of(2019, 1, 14));
        assertThat(m.subject()).isEqualTo("แต่งตั้งคณะทำงานบูรณาการแผนพัฒนาในระดับพื้นที่");
        assertThat(m.sender()).isEqualTo("จังหวัดสมุทรสงคราม");
        assertThat(m.addressee()).isNull();
    }

    @Test
    void reads_an_announcement_without_taking_its_closing_date_line_for_the_title() {
        String notice =
                """
                ประกาศจังหวัดสมุทรสงคราม
                เรื่อง การรับฟังความคิดเห็นต่อร่างแผนพัฒนาจังหวัด

                ด้วยจังหวัดสมุทรสงครามได้จัดทำร่างแผนพัฒนาจังหวัดสมุทรสงคราม (พ.ศ. ๒๕๖๖-๒๕๗๐)

                ประกาศ ณ วันที่ ๒๐ พฤษภาคม พ.ศ. ๒๕๖๒
                """;
        LetterMetadata m = MetadataExtractor.fromText(notice);
        assertThat(m.kind()).isEqualTo(Kind.ANNOUNCEMENT);
        assertThat(m.referenceNumber()).isNull();
        assertThat(m.date()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(m.sender()).isEqualTo("จังหวัดสมุทรสงคราม");
    }

    @Test
    void reads_a_stamped_letter_whose_agency_and_date_stand_under_the_text() {
        String stamped =
                """
                ที่ สส ๐๐๑๗.๒/๔๑๑

                ถึง นายอำเภอเมืองสมุทรสงคราม

                ด้วยสำนักงานจังหวัดสมุทรสงครามได้รับแบบรายงานโครงการตามแผนพัฒนาอำเภอของ
                ท่านเรียบร้อยแล้ว จึงขอแจ้งให้ทราบ ภายในวันที่ ๑๕ มิถุนายน ๒๕๖๒

                สำนักงานจังหวัดสมุทรสงคราม

                ตราชื่อส่วนราชการ

                ศ.ใ.

                ๒ เมษายน ๒๕๖๒

                กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด
                โทร. ๐ ๓๔๗๑ ๓๓๐๘
                """;
        LetterMetadata m = MetadataExtractor.fromText(stamped);
        assertThat(m.kind()).isEqualTo(Kind.STAMPED);
        assertThat(m.salutation()).isEqualTo("ถึง");
        assertThat(m.addressee()).isEqualTo("นายอำเภอเมืองสมุทรสงคราม");
        assertThat(m.subject()).isNull();
        assertThat(m.sender()).isEqualTo("สำนักงานจังหวัดสมุทรสงคราม");
        assertThat(m.date()).isEqualTo(LocalDate.of(2019, 4, 2));
    }

    @Test
    void does_not_take_a_paragraph_line_that_starts_with_the_word_for_a_subject() {
        String stamped =
                """
                ที่ สส ๐๐๑๗.๒/๔๑๑

                ถึง นายอำเภอเมืองสมุทรสงคราม

                ด้วยกรมประชาสัมพันธ์ได้ตรวจสอบข่าวที่เผยแพร่ในสื่อสังคมออนไลน์แล้วพบว่าเป็นข่าวปลอม
                เรื่อง “เงินดิจิทัลวอลเล็ต ใช้ซื้อสินค้าจากธุรกิจรายใหญ่เท่านั้น” จึงขอแจ้งให้ทราบ
                """;
        assertThat(MetadataExtractor.fromText(stamped).subject()).isNull();
    }

    @Test
    void reads_the_seeds_two_letters_as_labelled_by_hand() {
        List<String> letters = SeedLetters.letters();
        List<LetterMetadata> truth = SeedLetters.truth();
        assertThat(MetadataExtractor.fromText(letters.get(0))).isEqualTo(truth.get(0));
        assertThat(MetadataExtractor.fromText(letters.get(1))).isEqualTo(truth.get(1));
    }

    @Test
    void passes_over_receipt_stamps_printed_in_the_heading() {
        String stamped =
                """
                ด่วนที่สุด
                ที่ มท ๐๒๑๒.๑/ว ๑๙๓๑
                ศาลากลางจังหวัดสมุทรสงคราม
                เลขรับ ๐3219
                วันที่ 25 ส.ค. 2562
                เวลา ๑๐:50
                กระทรวงมหาดไทย
                ถนนอัษฎางค์ กทม. ๑๐๒๐๐
                ๒๑ มีนาคม ๒๕๖๒
                เรื่อง การเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่
                เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด
                """;
        LetterMetadata m = MetadataExtractor.fromText(stamped);
        assertThat(m.sender()).isEqualTo("กระทรวงมหาดไทย");
        assertThat(m.date()).isEqualTo(LocalDate.of(2019, 3, 21));
        assertThat(m.referenceNumber()).isEqualTo("มท ๐๒๑๒.๑/ว ๑๙๓๑");
    }

    @Test
    void takes_no_number_from_references_enclosures_or_the_body() {
        String text =
                """
                ศาลากลางจังหวัดสมุทรสงคราม

                เรื่อง ขอเชิญประชุม

                เรียน นายอำเภอทุกอำเภอ

                อ้างถึง หนังสือจังหวัดสมุทรสงคราม ที่ สส ๐๐๑๗.๒/ว ๕๒๕ ลงวันที่ ๑๔ มกราคม ๒๕๖๒

                ตามหนังสือที่ มท ๐๒๑๒.๑/ว ๑๘๓๑ ลงวันที่ ๒๑ มีนาคม ๒๕๖๒ นั้น
                """;
        LetterMetadata m = MetadataExtractor.fromText(text);
        assertThat(m.referenceNumber()).isNull();
        assertThat(m.date()).isNull();
        assertThat(m.subject()).isEqualTo("ขอเชิญประชุม");
    }

    @Test
    void reads_a_salutation_that_wrapped_in_its_narrow_column() {
        String text =
                """
                เรื่อง ขอเชิญประชุม

                กราบ นายกรัฐมนตรี
                เรียน

                ด้วยจังหวัดสมุทรสงครามจะจัดประชุมคณะกรรมการบูรณาการนโยบายพัฒนาภาค
                """;
        LetterMetadata m = MetadataExtractor.fromText(text);
        assertThat(m.salutation()).isEqualTo("กราบเรียน");
        assertThat(m.addressee()).isEqualTo("นายกรัฐมนตรี");
    }

    @Test
    void joins_an_agency_name_that_wrapped_but_leaves_its_address_out() {
        String text =
                """
                ที่ พม ๐๒๐๑/๒๓๔
                สำนักงานปลัดกระทรวงการพัฒนาสังคมและ
                ความมั่นคงของมนุษย์
                เลขที่ ๑๐๓๔ ถนนกรุงเกษม แขวงมหานาค
                เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ ๑๐๑๐๐

                ๒๙ มีนาคม ๒๕๖๒
                """;
        assertThat(MetadataExtractor.fromText(text).sender())
                .isEqualTo("สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์");
    }

    @Test
    void reads_through_the_spacing_of_scanned_text() {
        String text =
                """
                ด่วน ที่สุด
                ที ่  สส  ๐๐๑๗.๒ / ว  ๕๒๕
                ศาลากลางจังหวัดสมุทรสงคราม
                ๒๙ มี นาคม ๒๕๖๒
                เรื่ อง  ขอเชิญประชุม
                เรี ยน  นายอำเภอทุกอำเภอ
                """;
        LetterMetadata m = MetadataExtractor.fromText(text);
        assertThat(m.parsedNumber()).isEqualTo(ReferenceNumber.letter("สส", "0017.2", true, 525));
        assertThat(m.date()).isEqualTo(LocalDate.of(2019, 3, 29));
        assertThat(m.subject()).isEqualTo("ขอเชิญประชุม");
        assertThat(m.addressee()).isEqualTo("นายอำเภอทุกอำเภอ");
        assertThat(m.urgency()).isEqualTo("ด่วนที่สุด");
    }

    @Test
    void reads_a_text_layer_that_kept_the_fonts_variants_of_thai_marks() {
        String subject = "ขอให้ส่งรายงานผลการดำเนินงาน";
        LetterMetadata m =
                MetadataExtractor.fromText(
                        "เรื่อง " + ThaiShaper.shape(subject) + "\nเรียน นายอำเภอทุกอำเภอ");
        assertThat(ThaiShaper.shape(subject)).isNotEqualTo(subject);
        assertThat(m.subject()).isEqualTo(subject);
    }

    @Test
    void keeps_a_number_the_reader_does_not_know_as_printed() {
        LetterMetadata m =
                MetadataExtractor.fromText("ที่ พิเศษ ๑/๒๕๖๒ วันที่ ๖ สิงหาคม ๒๕๖๒\nเรื่อง ทดสอบ");
        assertThat(m.referenceNumber()).isEqualTo("พิเศษ ๑/๒๕๖๒");
        assertThat(m.parsedNumber()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   \n\n  ",
                "ข่าวประชาสัมพันธ์ทั่วไป ไม่มีส่วนหัวของหนังสือราชการ",
                "Lorem ipsum 12/2562"
            })
    void gives_nothing_for_text_without_a_heading(String text) {
        LetterMetadata m = MetadataExtractor.fromText(text);
        assertThat(m.kind()).isNull();
        assertThat(m.referenceNumber()).isNull();
        assertThat(m.date()).isNull();
        assertThat(m.subject()).isNull();
        assertThat(m.sender()).isNull();
    }

    @Test
    void gives_nothing_for_null() {
        assertThat(MetadataExtractor.fromText(null)).isEqualTo(LetterMetadata.NONE);
    }
}
