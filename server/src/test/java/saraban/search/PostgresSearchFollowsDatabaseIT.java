package saraban.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import saraban.testing.TestPostgres;

class PostgresSearchFollowsDatabaseIT extends SearchFollowsDatabaseContract {
    private String url;

    @Override
    String url() {
        if (url == null) {
            url = TestPostgres.freshSchemaUrl();
        }
        return url;
    }

    @Override
    void dropDatabase() throws Exception {
        TestPostgres.drop(url);
    }

    /**
     * On PostgreSQL queue rows are numbered when written but may commit in another order: a row
     * numbered before one already applied must still be applied when its transaction commits.
     */
    @Test
    void a_row_that_commits_after_a_later_numbered_row_is_still_applied() throws Exception {
        start();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try {
            Future<Long> early =
                    slow.submit(
                            () ->
                                    db.inTransaction(
                                            c -> {
                                                long id =
                                                        rows.issueOn(
                                                                c,
                                                                "ss-mueang",
                                                                "external",
                                                                "circular",
                                                                "สส ๐๐๑๗.๒/ว ๗",
                                                                LocalDate.of(2019, 3, 29),
                                                                "เรื่องที่บันทึกช้า",
                                                                List.of("ข้อความ"),
                                                                null,
                                                                null);
                                                written.countDown();
                                                awaitQuietly(mayCommit);
                                                return id;
                                            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            long late = issueCircular("สส ๐๐๑๗.๒/ว ๘", "เรื่องที่บันทึกเร็ว");
            assertThat(search.awaitCaughtUp(java.time.Duration.ofSeconds(2)))
                    .as("the early row is still uncommitted")
                    .isFalse();
            assertThat(ids("บันทึกเร็ว")).containsExactly("letter:" + late);
            mayCommit.countDown();
            long id = early.get(30, TimeUnit.SECONDS);
            assertThat(search.awaitCaughtUp(WAIT)).isTrue();
            assertThat(ids("บันทึกช้า")).containsExactly("letter:" + id);
        } finally {
            mayCommit.countDown();
            slow.shutdownNow();
        }
        restart();
        assertThat(search.awaitCaughtUp(WAIT)).isTrue();
        assertThat(ids("เรื่องที่บันทึก")).hasSize(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
