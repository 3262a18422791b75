package saraban.registers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gathers requests that arrive together for the same key (a series' year) into one write: one
 * transaction takes as many numbers as there are requests, writes their rows and commits once, then
 * each caller gets its own answer. All callers of a series otherwise queue behind one commit's
 * fsync each; together they share one.
 *
 * <p>A caller queues its request. If no batch of its key is being written, it writes: it takes the
 * queued requests (at most {@code maxBatch}), gives them to the work, answers each, and goes on
 * until its own request is answered. Requests that arrive meanwhile wait; when the writer has its
 * answer, the first of them writes the next batch and the writer returns, so no caller writes for
 * others after its own answer. A caller is answered only after the work returned, that is after its
 * transaction committed. If the work fails, every caller of the batch gets the same exception.
 *
 * <p>Callers must not be inside a transaction of their own: the writer's work would join it.
 *
 * @param <K> the key whose requests are written together
 * @param <T> a request
 * @param <R> the answer to one request
 */
final class AllocationBatcher<K, T, R> {

    /** Writes a batch: one transaction, one answer per request in the batch's order. */
    @FunctionalInterface
    interface Work<K, T, R> {
        List<R> write(K key, List<T> batch);
    }

    private final int maxBatch;
    private final Work<K, T, R> work;

    /** One lane per key ever used: a few per office, series and year. */
    private final ConcurrentHashMap<K, Lane<T, R>> lanes = new ConcurrentHashMap<>();

    AllocationBatcher(int maxBatch, Work<K, T, R> work) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1: " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * Writes {@code request} with the others of {@code key} that arrive with it and returns its
     * answer once written.
     *
     * @throws RuntimeException the exception of the work that wrote (and rolled back) its batch
     */
    R submit(K key, T request) {
        Lane<T, R> lane = lanes.computeIfAbsent(key, k -> new Lane<>());
        Waiter<T, R> me = new Waiter<>(request);
        if (lane.enqueue(me) || me.awaitAnswerOrTurn()) {
            writeUntilAnswered(key, lane, me);
        }
        return me.answer();
    }

    /** How many requests of {@code key} wait for a batch that has not started: for tests. */
    int waiting(K key) {
        Lane<T, R> lane = lanes.get(key);
        return lane == null ? 0 : lane.size();
    }

    private void writeUntilAnswered(K key, Lane<T, R> lane, Waiter<T, R> me) {
        do {
            write(key, lane.take(maxBatch));
        } while (!lane.handOver(me));
    }

    private void write(K key, List<Waiter<T, R>> batch) {
        List<T> requests = new ArrayList<>(batch.size());
        for (Waiter<T, R> w : batch) {
            requests.add(w.request);
        }
        List<R> answers;
        try {
            answers = work.write(key, requests);
            if (answers.size() != batch.size()) {
                throw new IllegalStateException(
                        "a batch of "
                                + batch.size()
                                + " was answered "
                                + answers.size()
                                + " times");
            }
        } catch (Throwable failure) {
            // Answer everyone, whatever went wrong: a caller left waiting would hold the lane.
            for (Waiter<T, R> w : batch) {
                w.fail(failure);
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).succeed(answers.get(i));
        }
    }

    /** The requests of one key: those not yet taken, and whether a caller is writing. */
    private static final class Lane<T, R> {
        private final ArrayDeque<Waiter<T, R>> queue = new ArrayDeque<>();
        private boolean writing;

        /** Queues a request; true when its caller is to write, no one else writing. */
        synchronized boolean enqueue(Waiter<T, R> w) {
            queue.add(w);
            if (writing) {
                return false;
            }
            writing = true;
            return true;
        }

        synchronized List<Waiter<T, R>> take(int max) {
            List<Waiter<T, R>> batch = new ArrayList<>(Math.min(max, queue.size()));
            while (batch.size() < max && !queue.isEmpty()) {
                batch.add(queue.poll());
            }
            return batch;
        }

        /**
         * After a batch: true when the writer may return, because nothing waits or the first
         * waiting caller now writes; false when the writer's own request is still queued.
         */
        synchronized boolean handOver(Waiter<T, R> writer) {
            Waiter<T, R> next = queue.peek();
            if (next == null) {
                writing = false;
                return true;
            }
            if (!writer.isAnswered()) {
                return false;
            }
            next.takeTurn();
            return true;
        }

        synchronized int size() {
            return queue.size();
        }
    }

    /** One caller: its request, then either its answer or its turn to write. */
    private static final class Waiter<T, R> {
        final T request;
        private boolean answered;
        private boolean turn;
        private R answer;
        private Throwable failure;
        private boolean interrupted;

        Waiter(T request) {
            this.request = request;
        }

        synchronized void succeed(R value) {
            answer = value;
            answered = true;
            notifyAll();
        }

        synchronized void fail(Throwable t) {
            failure = t;
            answered = true;
            notifyAll();
        }

        synchronized void takeTurn() {
            turn = true;
            notifyAll();
        }

        synchronized boolean isAnswered() {
            return answered;
        }

        /**
         * Waits until answered or given the turn to write, true for the turn. An interrupt does not
         * end the wait, since the request may be written all the same; it is kept for later.
         */
        synchronized boolean awaitAnswerOrTurn() {
            while (!answered && !turn) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return !answered;
        }

        synchronized R answer() {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException("the batch failed: " + failure, failure);
            }
            return answer;
        }
    }
}
