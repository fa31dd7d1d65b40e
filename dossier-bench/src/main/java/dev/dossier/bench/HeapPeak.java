package dev.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap's peak use over a stretch of work, read from the JVM's memory pools: {@link #reset}
 * before the work, {@link #bytes} after it.
 *
 * <p>The figure is the sum of each heap pool's own peak. The pools peak at different moments (the
 * young pools just before a collection, the old pool later), so the sum is an upper bound on the
 * true simultaneous peak; and because a young pool fills up to whatever size the collector gives
 * it before it is collected, the figure shows how much heap a run made the JVM use, not the size
 * of the live data. It is still the right figure for choosing {@code -Xmx}.
 *
 * <p>The pools are process-wide: measure one thing at a time.
 */
final class HeapPeak {

    private HeapPeak() {}

    /**
     * Collects garbage, then makes every heap pool's peak its current use, so that garbage left by
     * earlier work is not counted against the next.
     */
    static void reset() {
        ManagementFactory.getMemoryMXBean().gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak use since the last {@link #reset}, in bytes. */
    static long bytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
