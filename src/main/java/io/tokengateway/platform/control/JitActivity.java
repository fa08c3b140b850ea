package io.tokengateway.platform.control;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether the JIT compilers have settled: the time they spent compiling over the last interval, as reported by the
 * JVM. While methods still wait to be compiled a compiler thread is busy all the time; once the hot paths are
 * compiled it is nearly idle.
 */
final class JitActivity {

    private final CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
    private long lastMillis;
    private long lastNanos;

    JitActivity() {
        lastMillis = compiledMillis();
        lastNanos = System.nanoTime();
    }

    /** Can this JVM tell? (A JVM without a JIT or without the measurement cannot: the warm-up then runs its time.) */
    boolean isMeasured() {
        return compilation != null && compilation.isCompilationTimeMonitoringSupported();
    }

    /**
     * The share of the interval since the last call that the compilers spent compiling (1.0: one compiler thread
     * busy all the time), and starts a new interval.
     */
    double busyShareSinceLast() {
        long millis = compiledMillis();
        long nanos = System.nanoTime();
        double share = (millis - lastMillis) / Math.max(1.0, (nanos - lastNanos) / 1_000_000.0);
        lastMillis = millis;
        lastNanos = nanos;
        return share;
    }

    private long compiledMillis() {
        return isMeasured() ? compilation.getTotalCompilationTime() : 0;
    }
}
