package dev.agentlint.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Work spread over the common pool's threads and the calling thread, one item at a time, with results in the order
 * of the items. A parallel stream hands each thread a quarter of the items at once, so a run's last quarter could be
 * left to one thread while the other cores wait; here a thread takes the next item whenever it is free.
 */
public final class InOrder {

    private InOrder() {
    }

    /** {@code work.apply(i)} for every {@code i} from 0 to {@code count - 1}, in that order. */
    public static <R> List<R> map(int count, IntFunction<R> work) {
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, workers).parallel().forEach(worker -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                results[i] = work.apply(i);
            }
        });
        @SuppressWarnings("unchecked")
        List<R> inOrder = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(inOrder);
    }

    /**
     * {@code work.apply(i)} for every {@code i} from 0 to {@code count - 1}, each result handed to {@code inOrder}
     * in that order as soon as those before it are: by one thread at a time, while the others go on working, so
     * the hand-off (writing a report) overlaps the work instead of waiting for all of it. Results are held only
     * until they are handed on.
     */
    public static <R> void forEach(int count, IntFunction<R> work, Consumer<R> inOrder) {
        Handoff<R> handoff = new Handoff<>(count, inOrder);
        map(count, i -> {
            handoff.done(i, work.apply(i));
            return null;
        });
    }

    /** The results not yet handed on, and whether a thread is handing them on. */
    private static final class Handoff<R> {

        private final Object[] waiting;
        private final boolean[] ready;
        private final Consumer<R> inOrder;
        private int next;
        private boolean handing;

        Handoff(int count, Consumer<R> inOrder) {
            this.waiting = new Object[count];
            this.ready = new boolean[count];
            this.inOrder = inOrder;
        }

        void done(int index, R result) {
            synchronized (this) {
                waiting[index] = result;
                ready[index] = true;
                if (handing) {
                    return;
                }
                handing = true;
            }
            handOn();
        }

        /** Hands on the results that are next, outside the lock, until the next one is not done yet. */
        @SuppressWarnings("unchecked")
        private void handOn() {
            while (true) {
                R result;
                synchronized (this) {
                    if (next == ready.length || !ready[next]) {
                        handing = false;
                        return;
                    }
                    result = (R) waiting[next];
                    waiting[next++] = null;
                }
                inOrder.accept(result);
            }
        }
    }

    /** {@code work.apply(item)} for every item, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        return map(items.size(), i -> work.apply(items.get(i)));
    }
}
