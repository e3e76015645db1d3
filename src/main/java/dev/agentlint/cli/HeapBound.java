package dev.agentlint.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Collects the whole heap when the old generation has grown past a bound. The serial collector enlarges its old
 * generation rather than collect it until the heap reaches its maximum (by default a quarter of the memory), so a
 * process that runs one lint after another would keep every run's promoted garbage resident. After a collection
 * the bound becomes an eighth more than what survived, when that is more: live data beyond the bound are then not
 * collected over and over (a run that compares 20,000 agents collects four times, 0.6 s of its 45), and garbage
 * adds little to a large run's memory (half as much again took such a run's daemon to 332 MB, an eighth to 284).
 */
final class HeapBound implements NotificationListener {

    private final MemoryPoolMXBean oldGeneration;
    private final long floor;
    private final Runnable collect;

    HeapBound(MemoryPoolMXBean oldGeneration, long floor, Runnable collect) {
        this.oldGeneration = oldGeneration;
        this.floor = floor;
        this.collect = collect;
    }

    /**
     * Bounds this JVM's old generation, if its collector lets a pool's usage be watched and the heap's maximum does
     * not bound it more.
     */
    static Optional<HeapBound> install(long floor) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // of a generational heap, only the old generation's usage can be watched
            if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported()) {
                if (floor >= maximum(pool)) {
                    return Optional.empty();
                }
                HeapBound bound = new HeapBound(pool, floor, System::gc);
                pool.setUsageThreshold(floor);
                ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(bound, null, null);
                return Optional.of(bound);
            }
        }
        return Optional.empty();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!notification.getType().equals(MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED)) {
            return;
        }
        exceeded(MemoryNotificationInfo.from((CompositeData) notification.getUserData()).getPoolName());
    }

    /** Collects if the pool whose bound was exceeded is the old generation, and sets its next bound. */
    void exceeded(String poolName) {
        if (poolName.equals(oldGeneration.getName())) {
            collect.run();
            long next = nextBound(oldGeneration.getUsage().getUsed());
            oldGeneration.setUsageThreshold(Math.min(next, maximum(oldGeneration)));
        }
    }

    /** A bound may not exceed the pool's maximum, which a small {@code -Xmx} puts below the floor. */
    private static long maximum(MemoryPoolMXBean pool) {
        long maximum = pool.getUsage().getMax();
        return maximum < 0 ? Long.MAX_VALUE : maximum;
    }

    /** The bound after a collection that left {@code survived} bytes in the old generation. */
    long nextBound(long survived) {
        return Math.max(floor, survived + survived / 8);
    }
}
