package dev.agentlint.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** {@code work.apply(item)} for every item, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        return map(items.size(), i -> work.apply(items.get(i)));
    }
}
