package dev.agentlint.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DerivedValuesTest {

    private final DerivedValues values = new DerivedValues();

    @Test
    void computesEachTypeOnceAndKeepsTypesApart() {
        AtomicInteger computed = new AtomicInteger();
        StringBuilder first = values.get(StringBuilder.class, () -> {
            computed.incrementAndGet();
            return new StringBuilder("analysis");
        });
        StringBuilder again = values.get(StringBuilder.class, () -> {
            computed.incrementAndGet();
            return new StringBuilder("other");
        });
        Integer number = values.get(Integer.class, () -> 7);

        assertSame(first, again);
        assertEquals(1, computed.get());
        assertEquals(7, number);
        assertEquals("analysis", values.get(StringBuilder.class, () -> new StringBuilder("late")).toString());
    }

    @Test
    void twoThreadsComputingAtOnceBothGetTheValueThatWon() throws Exception {
        CountDownLatch bothComputing = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> a = pool.submit(() -> values.get(Object.class, () -> computeAfter(bothComputing)));
            Future<Object> b = pool.submit(() -> values.get(Object.class, () -> computeAfter(bothComputing)));
            assertSame(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS));
            assertSame(a.get(), values.get(Object.class, Object::new));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object computeAfter(CountDownLatch bothComputing) {
        bothComputing.countDown();
        try {
            bothComputing.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Object();
    }

    @Test
    void retainOnlyKeepsTheKeptTypesAndForgetsTheRest() {
        StringBuilder kept = values.get(StringBuilder.class, () -> new StringBuilder("profile"));
        Integer dropped = values.get(Integer.class, () -> 1000);
        values.get(Long.class, () -> 5L);

        values.retainOnly(Set.of(StringBuilder.class));

        assertSame(kept, values.get(StringBuilder.class, () -> new StringBuilder("recomputed")));
        Integer recomputed = values.get(Integer.class, () -> 2000);
        assertEquals(2000, recomputed);
        assertEquals(1000, dropped);
        assertEquals(6L, values.get(Long.class, () -> 6L));
    }
}
