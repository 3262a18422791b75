package saraban.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saraban.storage.Database;
import saraban.storage.FileStore;

/**
 * The index follows the database: on SQLite ({@link SqliteSearchFollowsDatabaseIT}) and PostgreSQL
 * ({@link PostgresSearchFollowsDatabaseIT}).
 */
abstract class SearchFollowsDatabaseContract {
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir Path dir;
    Database db;
    FileStore files;
    Correspondence rows;
    SearchService search;

    abstract String url();

    @BeforeEach
    void open() {
        db = Database.open(url(), Clock.systemUTC());
        files = FileStore.open(db, dir.resolve("data"));
        rows = new Correspondence(db, files);
    }

    @AfterEach
    void close() throws Exception {
        if (search != null) {
            search.close();
        }
        db.close();
        dropDatabase();
    }

    /** Removes what {@link #url()} created, after the search and the database are closed. */
    void dropDatabase() throws Exception {}

    SearchService start() {
        search = SearchService.start(db, files, dir.resolve("search-index"));
        return search;
    }

    void restart() {
        search.close();
        start();
    }

    List<String> ids(String query) {
        return search.search(SearchRequest.of(query)).hits().stream()
                .map(SearchResults.Hit::id)
                .toList();
    }

    long issueCircular(String number, String subject) {
        return rows.issue(
                "ss-mueang",
                "external",
                "circular",
                number,
                LocalDate.of(2019, 3, 29),
                subject,
                List.of("ตามที่จังหวัดสมุทรสงครามแจ้งการกำหนดปฏิทิน", "จึงเรียนมาเพื่อโปรดพิจารณา"),
                "ด่วนที่สุด",
                null);
    }

    @Test
    void an_issued_letter_is_found_once_its_transaction_commits() {
        start();
        long id = issueCircular("สส ๐๐๑๗.๒/ว ๕๒๕", "การเชื่อมโยงแผนพัฒนาในระดับพื้นที่");
        assertThat(search.awaitCaughtUp(WAIT)).isTrue();
        assertThat(ids("แผนพัฒนา")).containsExactly("letter:" + id);
        assertThat(ids("สส 0017.2/ว525")).containsExactly("letter:" + id);
        assertThat(ids("ปฏิทิน")).containsExactly("letter:" + id);
    }

    @Test
    void a_received_letter_is_found_by_the_text_of_its_pdf() {
        start();
        long id =
                rows.receive(
                        "ss-mueang",
                        "มท ๐๒๑๒.๑/ว ๑๘๓๑",
                        LocalDate.of(2019, 3, 21),
                        "กระทรวงมหาดไทย",
                        "แนวทางการจัดทำแผน",
                        List.of("ขอให้จังหวัดรายงานผลการดำเนินงานโครงการหมู่บ้านเศรษฐกิจพอเพียง"));
        assertThat(search.awaitCaughtUp(WAIT)).isTrue();
        assertThat(ids("หมู่บ้านเศรษฐกิจพอเพียง")).containsExactly("incoming:" + id);
        assertThat(ids("ที่ มท 0212.1/ว1831")).containsExactly("incoming:" + id);
        SearchResults.Hit hit = search.search(SearchRequest.of("พอเพียง")).hits().get(0);
        assertThat(hit.direction()).isEqualTo(Direction.RECEIVED);
        assertThat(hit.snippet()).contains("<mark>พอเพียง</mark>");
    }

    @Test
    void drafts_are_not_found_and_a_deleted_letter_leaves_the_index() {
        start();
        rows.draft("ss-mueang", "ร่างหนังสือเรื่องงบประมาณ");
        long id = issueCircular("สส ๐๐๑๗.๒/ว ๕๒๖", "งบประมาณรายจ่าย");
        assertThat(search.awaitCaughtUp(WAIT)).isTrue();
        assertThat(ids("งบประมาณ")).containsExactly("letter:" + id);
        rows.deleteLetter(id);
        assertThat(search.awaitCaughtUp(WAIT)).isTrue();
        assertThat(ids("งบประมาณ")).isEmpty();
    }

    @Test
    void catches_up_after_a_restart_with_what_was_committed_meanwhile() {
        start();
        long before = issueCircular("สส ๐๐๑๗.๒/ว ๑", "ก่อนหยุดระบบ");
        assertThat(search.awaitCaughtUp(WAIT)).isTrue();
        search.close();
        search = null;
        long during = issueCircular("สส ๐๐๑๗.๒/ว ๒", "ระหว่างหยุดระบบ");
        start();
        assertThat(search.awaitCaughtUp(WAIT)).isTrue();
        assertThat(ids("หยุดระบบ"))
                .containsExactlyInAnyOrder("letter:" + before, "letter:" + during);
    }

    @Test
    void catches_up_after_a_crash_that_lost_uncommitted_index_changes() {
        long id = issueCircular("สส ๐๐๑๗.๒/ว ๓", "ไฟฟ้าดับกลางคัน");
        long second;
        try (SearchIndex index = SearchIndex.open(dir.resolve("search-index"))) {
            Indexer indexer = new Indexer(db, new Sources(db.dialect(), files), index);
            indexer.rebuild(1); // committed, with the first letter
            second = issueCircular("สส ๐๐๑๗.๒/ว ๔", "ไฟฟ้าดับอีกครั้ง");
            indexer.pass(); // searchable, but not committed: closing rolls back, as a crash would
            assertThat(index.size()).isEqualTo(2);
        }
        start();
        assertThat(search.awaitCaughtUp(WAIT)).isTrue();
        assertThat(ids("ไฟฟ้าดับ")).containsExactlyInAnyOrder("letter:" + id, "letter:" + second);
    }

    @Test
    void rebuilds_itself_from_the_database_when_the_analyzer_or_schema_changed() throws Exception {
        long id = issueCircular("สส ๐๐๑๗.๒/ว ๕", "ศูนย์ดำรงธรรม");
        try (FSDirectory directory = FSDirectory.open(dir.resolve("search-index"));
                IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            old.setLiveCommitData(
                    Map.of(
                                    SearchIndex.SCHEMA_KEY, "0",
                                    SearchIndex.ANALYZER_KEY, "thai-0-old",
                                    SearchIndex.QUEUE_KEY, "999999")
                            .entrySet());
            old.commit();
        }
        start();
        assertThat(search.awaitCaughtUp(WAIT)).isTrue();
        assertThat(ids("ดำรงธรรม")).containsExactly("letter:" + id);
    }

    @Test
    void reindex_rebuilds_the_whole_index_from_the_database() {
        long a = issueCircular("สส ๐๐๑๗.๒/ว ๖", "โครงการอาหารกลางวัน");
        long b =
                rows.receive(
                        "ss-mueang",
                        "ศธ ๐๕๒๗.๑๐/ว ๐๙๙",
                        LocalDate.of(2020, 1, 7),
                        "กระทรวงศึกษาธิการ",
                        "โครงการอาหารเสริม (นม)",
                        List.of("โรงเรียนในสังกัด"));
        SearchService.reindex(db, files, dir.resolve("search-index"));
        start();
        assertThat(search.awaitCaughtUp(WAIT)).isTrue();
        assertThat(ids("โครงการอาหาร")).containsExactlyInAnyOrder("letter:" + a, "incoming:" + b);
        assertThat(ids("ศธ 0527.10/ว 99")).containsExactly("incoming:" + b);
    }
}
