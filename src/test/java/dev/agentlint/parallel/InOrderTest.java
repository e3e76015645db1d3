package dev.agentlint.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void resultsComeInTheOrderOfTheItemsWhateverTheTimeEachTakes() {
        Random random = new Random(3);
        int[] cost = IntStream.range(0, 2_000).map(i -> random.nextInt(2_000)).toArray();
        List<Long> sums = InOrder.map(cost.length, i -> {
            long sum = 0;
            for (int k = 0; k < cost[i] * 50; k++) {
                sum += k ^ i;
            }
            return sum;
        });
        for (int i = 0; i < cost.length; i++) {
            long expected = 0;
            for (int k = 0; k < cost[i] * 50; k++) {
                expected += k ^ i;
            }
            assertEquals(expected, sums.get(i), "item " + i);
        }
    }

    @Test
    void everyItemIsWorkedOnceAndNullResultsAreKept() {
        ConcurrentHashMap<Integer, AtomicInteger> calls = new ConcurrentHashMap<>();
        List<String> items = IntStream.range(0, 5_000).mapToObj(Integer::toString).toList();
        List<String> results = InOrder.map(items, item -> {
            calls.computeIfAbsent(Integer.parseInt(item), k -> new AtomicInteger()).incrementAndGet();
            return item.endsWith("7") ? null : item + "!";
        });
        assertEquals(items.size(), calls.size());
        calls.values().forEach(count -> assertEquals(1, count.get()));
        for (int i = 0; i < items.size(); i++) {
            assertEquals(items.get(i).endsWith("7") ? null : items.get(i) + "!", results.get(i));
        }
        assertEquals(List.of(), InOrder.map(0, i -> i));
        assertEquals(List.of("one"), InOrder.map(List.of("one"), item -> item));
    }

    @Test
    void forEachHandsOnEveryResultOnceInOrderOneAtATimeWhileTheWorkGoesOn() {
        Random random = new Random(5);
        int[] cost = IntStream.range(0, 3_000).map(i -> random.nextInt(3_000)).toArray();
        List<Integer> handed = new ArrayList<>();
        AtomicBoolean handing = new AtomicBoolean();
        AtomicInteger overlapping = new AtomicInteger();
        AtomicInteger handedWhileWorking = new AtomicInteger();
        AtomicInteger working = new AtomicInteger();
        InOrder.forEach(cost.length, i -> {
            working.incrementAndGet();
            long sum = 0;
            for (int k = 0; k < cost[i] * 20; k++) {
                sum += k ^ i;
            }
            working.decrementAndGet();
            return sum >= 0 ? i : -i;
        }, i -> {
            if (!handing.compareAndSet(false, true)) {
                overlapping.incrementAndGet();
            }
            if (working.get() > 0) {
                handedWhileWorking.incrementAndGet();
            }
            handed.add(i);
            handing.set(false);
        });
        assertEquals(IntStream.range(0, cost.length).boxed().toList(), handed);
        assertEquals(0, overlapping.get(), "results are handed on by one thread at a time");
        if (ForkJoinPool.getCommonPoolParallelism() > 0) {
            assertTrue(handedWhileWorking.get() > 0, "results are handed on while other items are worked on");
        }
        InOrder.forEach(0, i -> i, i -> handed.add(-1));
        assertEquals(cost.length, handed.size());
    }

    @Test
    void aFailureReachesTheCaller() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> InOrder.map(100, i -> {
            if (i == 57) {
                throw new IllegalStateException("item 57");
            }
            return i;
        }));
        // thrown on another thread, it arrives as a copy of the same type that wraps it
        assertTrue(failure.getMessage().contains("item 57"), failure::getMessage);
    }
}
