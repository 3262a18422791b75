package saraban.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How concurrent requests are gathered into batches. The work here stands in for a transaction: it
 * records each batch and can be held inside, so that the tests decide who arrives while a batch is
 * being written. Waits are bounded only so that a broken batcher fails instead of hanging.
 */
class AllocationBatcherTest {
    static final long PATIENCE_SECONDS = 30;

    final ExecutorService callers = Executors.newCachedThreadPool();
    final List<List<String>> batches = new CopyOnWriteArrayList<>();
    final List<CountDownLatch> gates = new CopyOnWriteArrayList<>();
    final Semaphore entered = new Semaphore(0);

    /** Answers each request with itself and "!", fails a batch holding "fail". */
    final AllocationBatcher.Work<String, String, String> work =
            (key, batch) -> {
                int index = batches.size();
                batches.add(List.copyOf(batch));
                entered.release();
                if (index < gates.size()) {
                    await(gates.get(index));
                }
                if (batch.contains("fail")) {
                    throw new IllegalStateException("refused: " + key + " " + batch);
                }
                return batch.stream().map(r -> r + "!").toList();
            };

    @AfterEach
    void stop() {
        gates.forEach(CountDownLatch::countDown);
        callers.shutdownNow();
    }

    @Test
    void a_request_alone_is_written_alone_and_answered() {
        AllocationBatcher<String, String, String> batcher = new AllocationBatcher<>(64, work);
        assertThat(batcher.submit("send", "a")).isEqualTo("a!");
        assertThat(batches).containsExactly(List.of("a"));
    }

    @Test
    void requests_that_arrive_during_a_write_are_written_together_and_each_gets_its_answer()
            throws Exception {
        AllocationBatcher<String, String, String> batcher = new AllocationBatcher<>(64, work);
        CountDownLatch first = gate();
        Future<String> a = submitWhileWriting(batcher, "send", "a");
        List<Future<String>> others = new ArrayList<>();
        for (String r : List.of("b", "c", "d", "e")) {
            others.add(submit(batcher, "send", r));
        }
        awaitWaiting(batcher, "send", 4);
        first.countDown();

        assertThat(answer(a)).isEqualTo("a!");
        assertThat(others.stream().map(AllocationBatcherTest::answer))
                .containsExactly("b!", "c!", "d!", "e!");
        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).containsExactly("a");
        assertThat(batches.get(1)).containsExactlyInAnyOrder("b", "c", "d", "e");
    }

    @Test
    void a_failing_batch_answers_every_caller_in_it_with_the_error_and_the_next_one_is_written()
            throws Exception {
        AllocationBatcher<String, String, String> batcher = new AllocationBatcher<>(64, work);
        CountDownLatch first = gate();
        Future<String> a = submitWhileWriting(batcher, "send", "a");
        List<Future<String>> failing = new ArrayList<>();
        for (String r : List.of("b", "fail", "d")) {
            failing.add(submit(batcher, "send", r));
        }
        awaitWaiting(batcher, "send", 3);
        first.countDown();

        assertThat(answer(a)).isEqualTo("a!");
        for (Future<String> f : failing) {
            assertThatThrownBy(() -> f.get(PATIENCE_SECONDS, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("refused: send ");
        }
        assertThat(batches.get(1)).containsExactlyInAnyOrder("b", "fail", "d");
        assertThat(batcher.submit("send", "e")).isEqualTo("e!");
        assertThat(batches).hasSize(3);
    }

    @Test
    void the_writer_returns_with_its_answer_while_the_next_caller_writes() throws Exception {
        AllocationBatcher<String, String, String> batcher = new AllocationBatcher<>(64, work);
        CountDownLatch first = gate();
        CountDownLatch second = gate();
        Future<String> a = submitWhileWriting(batcher, "send", "a");
        Future<String> b = submit(batcher, "send", "b");
        awaitWaiting(batcher, "send", 1);
        first.countDown();

        // a's caller does not write b's batch: it is answered while that batch is held.
        assertThat(a.get(PATIENCE_SECONDS, TimeUnit.SECONDS)).isEqualTo("a!");
        assertThat(entered.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(b.isDone()).isFalse();
        second.countDown();
        assertThat(answer(b)).isEqualTo("b!");
        assertThat(batches).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void a_batch_holds_at_most_the_largest_batch_and_the_rest_wait_for_the_next() throws Exception {
        AllocationBatcher<String, String, String> batcher = new AllocationBatcher<>(2, work);
        CountDownLatch first = gate();
        Future<String> a = submitWhileWriting(batcher, "send", "a");
        List<Future<String>> others = new ArrayList<>();
        for (String r : List.of("b", "c", "d", "e", "f")) {
            others.add(submit(batcher, "send", r));
        }
        awaitWaiting(batcher, "send", 5);
        first.countDown();

        assertThat(answer(a)).isEqualTo("a!");
        assertThat(others.stream().map(AllocationBatcherTest::answer))
                .containsExactly("b!", "c!", "d!", "e!", "f!");
        assertThat(batches).extracting(List::size).containsExactly(1, 2, 2, 1);
        assertThat(batches.stream().flatMap(List::stream))
                .containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f");
    }

    @Test
    void requests_of_another_key_do_not_wait_for_a_batch_being_written() throws Exception {
        AllocationBatcher<String, String, String> batcher = new AllocationBatcher<>(64, work);
        CountDownLatch held = gate();
        Future<String> send = submitWhileWriting(batcher, "send", "a");

        assertThat(batcher.submit("circular", "b")).isEqualTo("b!");
        assertThat(send.isDone()).isFalse();
        held.countDown();
        assertThat(answer(send)).isEqualTo("a!");
    }

    @Test
    void a_work_that_answers_too_few_fails_every_caller_of_the_batch() {
        AllocationBatcher<String, String, String> batcher =
                new AllocationBatcher<>(64, (key, batch) -> List.of());
        assertThatThrownBy(() -> batcher.submit("send", "a"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a batch of 1 was answered 0 times");
    }

    @Test
    void an_interrupted_caller_still_gets_its_answer_and_keeps_the_interrupt() throws Exception {
        AllocationBatcher<String, String, String> batcher = new AllocationBatcher<>(64, work);
        CountDownLatch first = gate();
        Future<String> a = submitWhileWriting(batcher, "send", "a");
        CompletableFuture<String> seen = new CompletableFuture<>();
        Future<?> b =
                callers.submit(
                        () -> {
                            String answer = batcher.submit("send", "b");
                            boolean interrupted = Thread.currentThread().isInterrupted();
                            seen.complete(answer + (interrupted ? ", interrupted" : ""));
                        });
        awaitWaiting(batcher, "send", 1);
        b.cancel(true); // interrupts b's caller while it waits for its batch
        first.countDown();

        assertThat(answer(a)).isEqualTo("a!");
        assertThat(answer(seen)).isEqualTo("b!, interrupted");
        assertThat(batches).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void a_largest_batch_below_one_is_refused() {
        assertThatThrownBy(() -> new AllocationBatcher<>(0, work))
                .hasMessage("maxBatch must be at least 1: 0");
    }

    /** A gate that holds the next batch not yet gated inside the work until opened. */
    private CountDownLatch gate() {
        CountDownLatch g = new CountDownLatch(1);
        gates.add(g);
        return g;
    }

    /** Submits from another thread and returns once that caller is writing its batch. */
    private Future<String> submitWhileWriting(
            AllocationBatcher<String, String, String> batcher, String key, String request)
            throws InterruptedException {
        Future<String> f = submit(batcher, key, request);
        assertThat(entered.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS))
                .as("the first batch started")
                .isTrue();
        return f;
    }

    private Future<String> submit(
            AllocationBatcher<String, String, String> batcher, String key, String request) {
        return callers.submit(() -> batcher.submit(key, request));
    }

    private static void awaitWaiting(
            AllocationBatcher<String, String, String> batcher, String key, int n)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (batcher.waiting(key) < n) {
            assertThat(System.nanoTime()).as("%d requests queued", n).isLessThan(deadline);
            Thread.sleep(1);
        }
        assertThat(batcher.waiting(key)).isEqualTo(n);
    }

    private static <T> T answer(Future<T> f) {
        try {
            return f.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted inside the work", e);
        }
    }
}
