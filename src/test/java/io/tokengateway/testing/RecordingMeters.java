package io.tokengateway.testing;

import io.tokengateway.platform.control.Meters;
import io.tokengateway.platform.entity.Meter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** {@link Meters} that remember how often each meter was counted or timed, by its tags, and its gauges. */
public final class RecordingMeters implements Meters {

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final Map<Meter, Supplier<? extends Number>> gauges = new ConcurrentHashMap<>();

    @Override
    public void count(Meter meter, String... tags) {
        counts.merge(key(meter, tags), 1, Integer::sum);
    }

    @Override
    public void time(Meter meter, long nanos, String... tags) {
        counts.merge(key(meter, tags), 1, Integer::sum);
    }

    @Override
    public void watch(Meter meter, Supplier<? extends Number> reading) {
        gauges.put(meter, reading);
    }

    /** How often the meter was counted or timed with exactly these tags. */
    public int times(Meter meter, String... tags) {
        return counts.getOrDefault(key(meter, tags), 0);
    }

    /** The gauge's reading now. */
    public Number gauge(Meter meter) {
        return gauges.get(meter).get();
    }

    private static String key(Meter meter, String... tags) {
        return meter.id() + " " + String.join(",", tags);
    }
}
