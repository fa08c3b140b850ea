package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

class MetricsTextTest {

    /** A registry holding the given metrics, answering only what {@link MetricsText} asks. */
    private static MetricRegistry registry(String scope, Map<MetricID, Metric> metrics, Map<String, Metadata> metadata) {
        return (MetricRegistry) Proxy.newProxyInstance(MetricRegistry.class.getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMetrics" -> metrics;
                    case "getMetadata" -> metadata.get((String) args[0]);
                    case "getScope" -> scope;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static <T> T answering(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answers.get(method.getName())));
    }

    private static Snapshot snapshot(double... percentileValues) {
        return new Snapshot() {
            @Override
            public long size() {
                return 2;
            }

            @Override
            public double getMax() {
                return 0;
            }

            @Override
            public double getMean() {
                return 0;
            }

            @Override
            public PercentileValue[] percentileValues() {
                return new PercentileValue[] {new PercentileValue(0.5, percentileValues[0]),
                    new PercentileValue(0.99, percentileValues[1])};
            }

            @Override
            public HistogramBucket[] bucketValues() {
                return new HistogramBucket[0];
            }

            @Override
            public void dump(java.io.OutputStream output) {
            }
        };
    }

    private static Metadata metadata(String name, String description, String unit) {
        return Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
    }

    @Test
    void countersTimersAndGaugesAreWrittenAsPrometheusFamilies() {
        Map<MetricID, Metric> metrics = new LinkedHashMap<>();
        metrics.put(new MetricID("gateway.upstream.retries", new Tag("operation", "publish_read")),
                answering(Counter.class, Map.of("getCount", 3L)));
        metrics.put(new MetricID("gateway.upstream.retries", new Tag("operation", "publish_list")),
                answering(Counter.class, Map.of("getCount", 1L)));
        metrics.put(new MetricID("gateway.requests", new Tag("route", "/api/{kind}/{id}")),
                answering(Timer.class, Map.of("getCount", 2L, "getElapsedTime", Duration.ofMillis(300),
                        "getSnapshot", snapshot(100_000_000, 200_000_000))));
        metrics.put(new MetricID("gateway.upstream.circuit.open"), answering(Gauge.class, Map.of("getValue", 1)));
        Map<String, Metadata> metadata = Map.of(
                "gateway.upstream.retries", metadata("gateway.upstream.retries", "Retries", MetricUnits.NONE),
                "gateway.requests", metadata("gateway.requests", "Requests", MetricUnits.NANOSECONDS),
                "gateway.upstream.circuit.open", metadata("gateway.upstream.circuit.open", "Open", MetricUnits.NONE));

        String text = MetricsText.of(registry("application", metrics, metadata));

        assertEquals(List.of(
                "# HELP gateway_requests_seconds Requests",
                "# TYPE gateway_requests_seconds summary",
                "gateway_requests_seconds{route=\"/api/{kind}/{id}\",mp_scope=\"application\",quantile=\"0.5\"} 0.1",
                "gateway_requests_seconds{route=\"/api/{kind}/{id}\",mp_scope=\"application\",quantile=\"0.99\"} 0.2",
                "gateway_requests_seconds_count{route=\"/api/{kind}/{id}\",mp_scope=\"application\"} 2",
                "gateway_requests_seconds_sum{route=\"/api/{kind}/{id}\",mp_scope=\"application\"} 0.3",
                "# HELP gateway_upstream_circuit_open Open",
                "# TYPE gateway_upstream_circuit_open gauge",
                "gateway_upstream_circuit_open{mp_scope=\"application\"} 1",
                "# HELP gateway_upstream_retries_total Retries",
                "# TYPE gateway_upstream_retries_total counter",
                "gateway_upstream_retries_total{operation=\"publish_list\",mp_scope=\"application\"} 1",
                "gateway_upstream_retries_total{operation=\"publish_read\",mp_scope=\"application\"} 3"),
                text.lines().toList());
    }

    @Test
    void aNameEndingInTotalGetsNoSecondOneAndLabelValuesAreEscaped() {
        Map<MetricID, Metric> metrics = Map.of(
                new MetricID("ft.retry.retries.total", new Tag("method", "a\"b\\c")),
                answering(Counter.class, Map.of("getCount", 5L)));

        String text = MetricsText.of(registry("base", metrics, Map.of()));

        assertEquals(List.of("# TYPE ft_retry_retries_total counter",
                "ft_retry_retries_total{method=\"a\\\"b\\\\c\",mp_scope=\"base\"} 5"), text.lines().toList());
    }

    @Test
    void aGaugeThatCannotBeReadIsLeftOut() {
        Gauge<?> failing = () -> {
            throw new IllegalStateException("no pool yet");
        };
        Map<MetricID, Metric> metrics = Map.of(new MetricID("pool.size"), failing);

        assertEquals("", MetricsText.of(registry("vendor", metrics, Map.of())));
    }
}
