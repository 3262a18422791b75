package saraban.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import saraban.thai.ThaiSegmenter;

class SearchQueriesTest {
    private static SearchIndex index;

    static final SearchDocument SEED =
            new SearchDocument(
                    "letter:1",
                    "external",
                    Direction.SENT,
                    "ss-mueang",
                    "circular",
                    LocalDate.of(2019, 3, 29),
                    "ด่วนที่สุด",
                    SecrecyLevel.NONE,
                    "สส ๐๐๑๗.๒/ว ๕๒๕",
                    "การเชื่อมโยงและบูรณาการแผนพัฒนาในระดับพื้นที่ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
                    "ตามที่จังหวัดสมุทรสงครามแจ้งการกำหนดปฏิทินและแนวทางการเชื่อมโยงแผนพัฒนา"
                            + " ในการนี้ กระทรวงมหาดไทยแจ้งว่า ให้อำเภอทุกอำเภอส่งโครงการที่ผ่านการพิจารณาของ"
                            + "คณะกรรมการบริหารงานอำเภอ (ก.บ.อ.) เรียบร้อยแล้ว ให้จังหวัดภายในวันที่ ๑๕"
                            + " มิถุนายน ๒๕๖๒ ตามหนังสือ ที่ มท ๐๒๑๒.๑/ว ๑๘๓๑",
                    "ศาลากลางจังหวัดสมุทรสงคราม",
                    "หัวหน้าส่วนราชการจังหวัดสมุทรสงครามและนายอำเภอทุกอำเภอ");

    static final SearchDocument CITING =
            new SearchDocument(
                    "letter:2",
                    "memo",
                    Direction.SENT,
                    "ss-mueang",
                    "send",
                    LocalDate.of(2019, 4, 2),
                    null,
                    SecrecyLevel.NONE,
                    "สส 0017.2/88",
                    "รายงานการดำเนินการตามหนังสือจังหวัด",
                    "อ้างถึง หนังสือจังหวัดสมุทรสงคราม ที่ สส ๐๐๑๗.๒/ว ๕๒๕ ลงวันที่ ๒๙ มีนาคม ๒๕๖๒"
                            + " อำเภอได้ดำเนินการเรียบร้อยแล้ว เมื่อวันที่ 2 ส.ค. 2562",
                    "อำเภอเมืองสมุทรสงคราม",
                    "ผู้ว่าราชการจังหวัดสมุทรสงคราม");

    static final SearchDocument RECEIVED =
            new SearchDocument(
                    "incoming:1",
                    "incoming",
                    Direction.RECEIVED,
                    "ss-mueang",
                    "receive",
                    LocalDate.of(2024, 1, 5),
                    "ด่วน",
                    SecrecyLevel.NONE,
                    "มท ๐๒๑๒.๑/ว ๑๘๓๑",
                    "แนวทางการจัดทำแผนพัฒนาจังหวัด",
                    "กระทรวงมหาดไทยขอแจ้งแนวทางการประชุมคณะกรรมการ ค่าฝุ่น PM2.5 สูงเกินมาตรฐาน",
                    "กระทรวงมหาดไทย",
                    "ผู้ว่าราชการจังหวัดทุกจังหวัด");

    static final SearchDocument SECRET =
            new SearchDocument(
                    "letter:3",
                    "memo",
                    Direction.SENT,
                    "ss-amphawa",
                    "send",
                    LocalDate.of(2024, 8, 25),
                    null,
                    SecrecyLevel.SECRET,
                    "สส 0017.3/12",
                    "รายงานการประชุมลับ นายเศรษฐา ทวีสิน",
                    "นายกรัฐมนตรี นายเศรษฐา ทวีสิน เป็นประธานการประชุมเรื่องยุทธการพิเศษ",
                    "อำเภออัมพวา",
                    "ผู้ว่าราชการจังหวัดสมุทรสงคราม");

    @BeforeAll
    static void build() {
        index = SearchIndex.inMemory();
        for (SearchDocument d : List.of(SEED, CITING, RECEIVED, SECRET)) {
            index.put(d);
        }
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<String> ids(SearchRequest request) {
        return index.search(request).hits().stream().map(SearchResults.Hit::id).toList();
    }

    static List<String> ids(String query) {
        return ids(SearchRequest.of(query));
    }

    static List<String> cleared(String query) {
        return ids(SearchRequest.of(query).withClearance(SecrecyLevel.TOP_SECRET));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "สส ๐๐๑๗.๒/ว ๕๒๕",
                "สส 0017.2/ว525",
                "0017.2/ว 525",
                "ที่ สส ๐๐๑๗.๒/ว๕๒๕",
                "ที่สส๐๐๑๗.๒/ว๕๒๕",
                "สส 0017.2 / ว 525",
                "หนังสือ สส 0017.2/ว 525",
            })
    void a_reference_number_in_any_written_form_finds_its_letter_first(String query) {
        assertThat(ids(query)).first().isEqualTo("letter:1");
    }

    @Test
    void a_letter_that_cites_a_number_comes_after_the_letter_that_has_it() {
        assertThat(ids("สส 0017.2/ว 525")).containsExactly("letter:1", "letter:2");
        assertThat(ids("มท 0212.1/ว1831")).containsExactly("incoming:1", "letter:1");
    }

    @Test
    void a_thai_name_is_found_inside_a_longer_word() {
        assertThat(cleared("เศรษฐา")).containsExactly("letter:3");
        assertThat(cleared("ทวีสิน")).containsExactly("letter:3");
    }

    @Test
    void thai_and_arabic_digits_find_each_other() {
        assertThat(ids("๒๕๖๔")).containsExactly("letter:1");
        assertThat(ids("2564")).containsExactly("letter:1");
        assertThat(ids("PM2.5")).containsExactly("incoming:1");
        assertThat(ids("pm 2.5")).containsExactly("incoming:1");
    }

    @Test
    void abbreviations_months_and_years_find_their_synonyms() {
        assertThat(ids("มท")).contains("incoming:1", "letter:1");
        assertThat(ids("คณะกรรมการบริหารงานอำเภอ")).containsExactly("letter:1");
        assertThat(ids("ก.บ.อ.")).containsExactly("letter:1");
        assertThat(ids("สิงหาคม 2562")).containsExactly("letter:2");
        assertThat(ids("ส.ค. 2019")).containsExactly("letter:2");
    }

    @Test
    void words_must_all_match_unless_or_and_not_say_otherwise() {
        assertThat(ids("แผนพัฒนา ปฏิทิน")).containsExactly("letter:1");
        assertThat(ids("ปฏิทิน OR ฝุ่น")).containsExactlyInAnyOrder("letter:1", "incoming:1");
        assertThat(ids("แผนพัฒนา NOT ปฏิทิน")).containsExactly("incoming:1");
        assertThat(ids("แผนพัฒนา -ปฏิทิน")).containsExactly("incoming:1");
        assertThat(ids("(ปฏิทิน OR ฝุ่น) AND มาตรฐาน")).containsExactly("incoming:1");
    }

    @Test
    void a_phrase_in_quotes_matches_only_in_that_order() {
        assertThat(ids("\"ประชุมคณะกรรมการ\"")).containsExactly("incoming:1");
        assertThat(ids("\"คณะกรรมการ ประชุม\"")).isEmpty();
    }

    @Test
    void filters_narrow_the_answer() {
        SearchRequest all = SearchRequest.of("");
        assertThat(ids(with(all, "direction"))).containsExactly("incoming:1");
        assertThat(
                        ids(
                                new SearchRequest(
                                        "",
                                        Set.of("memo"),
                                        Set.of(),
                                        Set.of(),
                                        Set.of(),
                                        Set.of(2562),
                                        null,
                                        null,
                                        Set.of(),
                                        Set.of(),
                                        null,
                                        1,
                                        10,
                                        SecrecyLevel.TOP_SECRET)))
                .containsExactly("letter:2");
        assertThat(
                        ids(
                                new SearchRequest(
                                        "",
                                        Set.of(),
                                        Set.of(),
                                        Set.of(),
                                        Set.of(),
                                        Set.of(),
                                        LocalDate.of(2019, 3, 29),
                                        LocalDate.of(2019, 4, 1),
                                        Set.of(),
                                        Set.of(),
                                        null,
                                        1,
                                        10,
                                        SecrecyLevel.NONE)))
                .containsExactly("letter:1");
        assertThat(
                        ids(
                                new SearchRequest(
                                        "",
                                        Set.of(),
                                        Set.of(),
                                        Set.of(),
                                        Set.of(),
                                        Set.of(),
                                        null,
                                        null,
                                        Set.of("ด่วน", "ด่วนที่สุด"),
                                        Set.of(),
                                        null,
                                        1,
                                        10,
                                        SecrecyLevel.NONE)))
                .containsExactlyInAnyOrder("letter:1", "incoming:1");
    }

    private static SearchRequest with(SearchRequest r, String what) {
        return new SearchRequest(
                r.query(),
                r.kinds(),
                Set.of(Direction.RECEIVED),
                r.offices(),
                r.series(),
                r.years(),
                r.from(),
                r.to(),
                r.urgencies(),
                r.secrecies(),
                r.order(),
                1,
                10,
                r.clearance());
    }

    @Test
    void facets_count_the_matching_documents_by_value() {
        SearchResults r = index.search(SearchRequest.of("สมุทรสงคราม"));
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.facets().get("kind"))
                .containsExactlyInAnyOrder(
                        new SearchResults.FacetCount("external", 1),
                        new SearchResults.FacetCount("memo", 1));
        assertThat(r.facets().get("year")).containsExactly(new SearchResults.FacetCount("2562", 2));
        assertThat(r.facets().get("urgency"))
                .containsExactlyInAnyOrder(
                        new SearchResults.FacetCount("ด่วนที่สุด", 1),
                        new SearchResults.FacetCount("ปกติ", 1));
    }

    @Test
    void a_secret_letter_is_found_only_by_someone_cleared_for_it() {
        assertThat(ids("ประชุม")).containsExactly("incoming:1");
        SearchResults uncleared = index.search(SearchRequest.of(""));
        assertThat(uncleared.total()).isEqualTo(3);
        assertThat(uncleared.facets().get("secrecy"))
                .containsExactly(new SearchResults.FacetCount("ปกติ", 3));
        assertThat(uncleared.facets().get("office"))
                .containsExactly(new SearchResults.FacetCount("ss-mueang", 3));
        assertThat(ids(SearchRequest.of("ประชุม").withClearance(SecrecyLevel.CONFIDENTIAL)))
                .containsExactly("incoming:1");
        assertThat(ids(SearchRequest.of("ประชุม").withClearance(SecrecyLevel.SECRET)))
                .containsExactlyInAnyOrder("incoming:1", "letter:3");
        assertThat(index.search(SearchRequest.of("").withClearance(SecrecyLevel.SECRET)).total())
                .isEqualTo(4);
    }

    @Test
    void did_you_mean_offers_words_of_the_index_that_find_something() {
        SearchResults r = index.search(SearchRequest.of("แผนพฒนา"));
        assertThat(r.total()).isZero();
        assertThat(r.didYouMean()).isEqualTo("แผนพัฒนา");
        assertThat(index.search(SearchRequest.of(r.didYouMean())).total()).isEqualTo(2);
        assertThat(index.search(SearchRequest.of("ปฏิทน")).didYouMean()).isEqualTo("ปฏิทิน");
        assertThat(index.search(SearchRequest.of("แผนพัฒนา")).didYouMean()).isNull();
    }

    @Test
    void did_you_mean_never_offers_a_word_known_only_from_secret_letters() {
        String misspelt = "ยุทธกาน";
        assertThat(
                        index.search(SearchRequest.of(misspelt).withClearance(SecrecyLevel.SECRET))
                                .didYouMean())
                .isEqualTo("ยุทธการ");
        assertThat(index.search(SearchRequest.of(misspelt)).didYouMean()).isNull();
    }

    @Test
    void sorts_by_date_either_way_and_by_relevance() {
        assertThat(ids(SearchRequest.of("").withOrder(SearchRequest.Order.NEWEST)))
                .containsExactly("incoming:1", "letter:2", "letter:1");
        assertThat(ids(SearchRequest.of("").withOrder(SearchRequest.Order.OLDEST)))
                .containsExactly("letter:1", "letter:2", "incoming:1");
        // บูรณาการ is in the older letter's subject, มาตรฐาน only in the newer one's text.
        assertThat(ids("บูรณาการ OR มาตรฐาน")).containsExactly("letter:1", "incoming:1");
        assertThat(
                        ids(
                                SearchRequest.of("บูรณาการ OR มาตรฐาน")
                                        .withOrder(SearchRequest.Order.NEWEST)))
                .containsExactly("incoming:1", "letter:1");
    }

    @Test
    void pages_follow_each_other_and_keep_the_total() {
        SearchRequest newest = SearchRequest.of("").withOrder(SearchRequest.Order.NEWEST);
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResults r = index.search(newest.withPage(page, 1));
            assertThat(r.total()).isEqualTo(3);
            assertThat(r.hits()).hasSize(1);
            pages.add(r.hits().get(0).id());
        }
        assertThat(pages).isEqualTo(ids(newest));
        assertThat(index.search(newest.withPage(4, 1)).hits()).isEmpty();
    }

    @Test
    void a_hit_carries_what_a_result_list_shows() {
        SearchResults.Hit hit = index.search(SearchRequest.of("ปฏิทิน")).hits().get(0);
        assertThat(hit.id()).isEqualTo("letter:1");
        assertThat(hit.referenceNumber()).isEqualTo("สส ๐๐๑๗.๒/ว ๕๒๕");
        assertThat(hit.subject()).startsWith("การเชื่อมโยง");
        assertThat(hit.date()).isEqualTo(LocalDate.of(2019, 3, 29));
        assertThat(hit.urgency()).isEqualTo("ด่วนที่สุด");
        assertThat(hit.snippet()).contains("<mark>ปฏิทิน</mark>");
    }

    @Test
    void snippets_start_and_end_at_thai_word_boundaries() {
        for (String query : List.of("ปฏิทิน", "อำเภอ", "จังหวัด", "เรียบร้อย", "มิถุนายน")) {
            for (SearchResults.Hit hit : index.search(SearchRequest.of(query)).hits()) {
                String text = textOf(hit.id());
                String snippet =
                        hit.snippet()
                                .replace("<mark>", "")
                                .replace("</mark>", "")
                                .replace("&#x2F;", "/")
                                .replace("&quot;", "\"")
                                .replace("&amp;", "&");
                assertThat(snippet).as(query).contains(query.substring(0, 2));
                String piece = snippet.replace("… ", "").strip();
                String flat = text.replace('\n', ' ');
                int at = flat.indexOf(piece);
                assertThat(at).as("snippet %s is a piece of the text", piece).isNotNegative();
                Set<Integer> boundaries = boundaries(flat);
                assertThat(boundaries).as("start of " + piece).contains(at);
                assertThat(boundaries).as("end of " + piece).contains(at + piece.length());
            }
        }
    }

    private static String textOf(String id) {
        return List.of(SEED, CITING, RECEIVED, SECRET).stream()
                .filter(d -> d.id().equals(id))
                .map(IndexSchema::text)
                .findFirst()
                .orElseThrow();
    }

    private static Set<Integer> boundaries(String text) {
        Set<Integer> out = new HashSet<>();
        int at = 0;
        out.add(0);
        for (String word : ThaiSegmenter.words(text)) {
            at += word.length();
            out.add(at);
        }
        return out;
    }
}
