package org.councilgraph.web;

import javax.management.NotificationEmitter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Calls back when the heap is still nearly full after a garbage collection — the sign that some query
 * (a GROUP BY over a huge join, which ARQ keeps wholly in memory) is about to exhaust it — so that the
 * running queries can be cancelled before the JVM runs out.
 */
final class MemoryPressure {
    /** Share of a heap pool still in use after a collection that counts as pressure. */
    static final double THRESHOLD = 0.8;

    private MemoryPressure() {}

    static void onPressure(Runnable action) {
        boolean watched = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * THRESHOLD));
                watched = true;
            }
        }
        if (!watched) return;
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener((notification, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) action.run();
        }, null, null);
    }
}
