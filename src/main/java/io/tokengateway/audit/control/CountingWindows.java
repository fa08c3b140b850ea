package io.tokengateway.audit.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Counts by key in windows of time (a minute by default) and writes each key's count once its window has ended,
 * and everything still counting at a stop: the mechanics behind the audit trail's counted rows ({@link RefusalTally},
 * the minting counts of {@code viewers}). Counting is a map lookup and an add. Beyond a bound of keys per window,
 * further keys are counted together under what {@code overflow} makes of them. Each instance of the gateway
 * counts its own; what is still counting when the process dies (not stops) is lost.
 *
 * @param <K> what one row counts, e.g. address, claimed name, action and outcome
 */
public final class CountingWindows<K> {

    /** Writes one counted row: its key, its count and the window it was counted in. */
    @FunctionalInterface
    public interface Row<K> {
        void write(K key, long count, Instant from, Instant to);
    }

    /** Beyond this many different keys in one window, a tally counts further keys together (its overflow). */
    public static final int KEYS_PER_WINDOW = 5_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private record Counted<K>(long window, K key) {
    }

    /** How a counted row's summary names its window: {@code between 10:00:00 and 10:01:00 UTC}. */
    public static String between(Instant from, Instant to) {
        return "between " + TIME.format(from) + " and " + TIME.format(to) + " UTC";
    }

    private final Duration window;
    private final int maxKeys;
    private final UnaryOperator<K> overflow;
    private final Row<K> row;
    private final Clock clock;
    private final Map<Counted<K>, LongAdder> counts = new ConcurrentHashMap<>();
    private ScheduledFuture<?> flushing;

    public CountingWindows(Duration window, int maxKeys, UnaryOperator<K> overflow, Row<K> row, Clock clock) {
        this.window = window.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : window;
        this.maxKeys = maxKeys;
        this.overflow = overflow;
        this.row = row;
        this.clock = clock;
    }

    public void count(K key) {
        Counted<K> counted = new Counted<>(windowOf(clock.millis()), key);
        LongAdder count = counts.get(counted);
        if (count == null) {
            if (counts.size() >= maxKeys) {
                counted = new Counted<>(counted.window(), overflow.apply(key));
            }
            count = counts.computeIfAbsent(counted, k -> new LongAdder());
        }
        count.increment();
    }

    /** From now on, writes the ended windows once per window length; without a scheduler, only when asked. */
    public void start(ScheduledExecutorService scheduler) {
        if (scheduler != null) {
            long period = window.toMillis();
            flushing = scheduler.scheduleAtFixedRate(this::writeEnded, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the schedule and writes everything still counting, ended or not. */
    public void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        write(counted -> true);
    }

    /** Writes the rows of every window that has ended. */
    public void writeEnded() {
        long current = windowOf(clock.millis());
        write(counted -> counted.window() < current);
    }

    private void write(Predicate<Counted<K>> due) {
        for (Counted<K> counted : List.copyOf(counts.keySet())) {
            if (due.test(counted)) {
                LongAdder count = counts.remove(counted);
                if (count != null && count.sum() > 0) {
                    Instant from = Instant.ofEpochMilli(counted.window() * window.toMillis());
                    row.write(counted.key(), count.sum(), from, from.plus(window));
                }
            }
        }
    }

    private long windowOf(long millis) {
        return millis / window.toMillis();
    }
}
