package io.tokengateway.platform.control;

import io.tokengateway.platform.entity.Meter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * {@link Meters} kept in the application's MicroProfile Metrics registry. Each counter and timer is looked up in the
 * registry once and then found by its meter and tag values, so counting on a request's path costs a map look-up.
 * Per instance, as metrics are: a scraper reads every instance and adds them up. When the server's metrics service is
 * off (Payara then gives no registry), nothing is kept.
 */
@ApplicationScoped
public class RegistryMeters implements Meters {

    @Inject
    MetricRegistry registry;

    private final Map<List<Object>, Counter> counters = new ConcurrentHashMap<>();
    private final Map<List<Object>, Timer> timers = new ConcurrentHashMap<>();

    @Override
    public void count(Meter meter, String... tags) {
        if (registry == null) {
            return;
        }
        counters.computeIfAbsent(key(meter, tags), k -> registry.counter(metadata(meter), tags(tags))).inc();
    }

    @Override
    public void time(Meter meter, long nanos, String... tags) {
        if (registry == null) {
            return;
        }
        timers.computeIfAbsent(key(meter, tags), k -> registry.timer(metadata(meter), tags(tags)))
                .update(Duration.ofNanos(nanos));
    }

    @Override
    public void watch(Meter meter, Supplier<? extends Number> reading) {
        if (registry == null) {
            return;
        }
        registry.gauge(metadata(meter), reading::get);
    }

    private static List<Object> key(Meter meter, String... tags) {
        Object[] key = new Object[tags.length + 1];
        key[0] = meter;
        System.arraycopy(tags, 0, key, 1, tags.length);
        return Arrays.asList(key);
    }

    private static Metadata metadata(Meter meter) {
        return Metadata.builder().withName(meter.id()).withDescription(meter.description())
                .withUnit(meter.kind() == Meter.Kind.TIMER ? MetricUnits.NANOSECONDS : MetricUnits.NONE).build();
    }

    private static Tag[] tags(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("tags come as name, value pairs");
        }
        Tag[] tags = new Tag[pairs.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(pairs[2 * i], pairs[2 * i + 1]);
        }
        return tags;
    }
}
