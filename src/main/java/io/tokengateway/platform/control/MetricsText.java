package io.tokengateway.platform.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Writes metric registries in the Prometheus text format (version 0.0.4), as MicroProfile Metrics names them:
 * {@code gateway.requests} with tag {@code route} becomes {@code gateway_requests_seconds_count{route="…",
 * mp_scope="application"}}. Counters end in {@code _total} (once); timers are summaries in seconds (quantiles, count, sum);
 * times in other units are shown in seconds, sizes in bytes. A family's samples stay together, as the format wants.
 */
public final class MetricsText {

    /** The media type of what {@link #of} writes. */
    public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final double NANOS_PER_SECOND = 1e9;

    private MetricsText() {
    }

    /** Every metric of the registries, one family after the other, each registry's in name order. */
    public static String of(MetricRegistry... registries) {
        StringBuilder text = new StringBuilder(8192);
        for (MetricRegistry registry : registries) {
            Map<MetricID, Metric> metrics = new TreeMap<>(registry.getMetrics());
            String previous = null;
            for (Map.Entry<MetricID, Metric> entry : metrics.entrySet()) {
                MetricID id = entry.getKey();
                Metadata metadata = registry.getMetadata(id.getName());
                boolean first = !id.getName().equals(previous);
                previous = id.getName();
                write(text, id, metadata, entry.getValue(), registry.getScope(), first);
            }
        }
        return text.toString();
    }

    private static void write(StringBuilder text, MetricID id, Metadata metadata, Metric metric, String scope,
            boolean first) {
        String name = name(id.getName());
        String unit = metadata == null ? MetricUnits.NONE : metadata.unit().orElse(MetricUnits.NONE);
        String description = metadata == null ? "" : metadata.description().orElse("");
        String labels = labels(id, scope);
        if (metric instanceof Counter counter) {
            String total = name.endsWith("_total") ? name : name + "_total";
            family(text, first, total, "counter", description);
            sample(text, total, labels, counter.getCount());
        } else if (metric instanceof Timer timer) {
            String seconds = name + "_seconds";
            family(text, first, seconds, "summary", description);
            quantiles(text, seconds, labels, timer.getSnapshot(), NANOS_PER_SECOND);
            sample(text, seconds + "_count", labels, timer.getCount());
            sample(text, seconds + "_sum", labels, timer.getElapsedTime().toNanos() / NANOS_PER_SECOND);
        } else if (metric instanceof Histogram histogram) {
            String shown = name + suffix(unit);
            double divisor = divisor(unit);
            family(text, first, shown, "summary", description);
            quantiles(text, shown, labels, histogram.getSnapshot(), divisor);
            sample(text, shown + "_count", labels, histogram.getCount());
            sample(text, shown + "_sum", labels, histogram.getSum() / divisor);
        } else if (metric instanceof Gauge<?> gauge) {
            Optional<Number> value = read(gauge);
            if (value.isPresent()) {
                String shown = name + suffix(unit);
                family(text, first, shown, "gauge", description);
                sample(text, shown, labels, value.get().doubleValue() / divisor(unit));
            }
        }
    }

    /** A gauge whose reading fails (a pool not yet there, say) is left out rather than failing the whole page. */
    private static Optional<Number> read(Gauge<?> gauge) {
        try {
            return Optional.ofNullable(gauge.getValue());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void quantiles(StringBuilder text, String name, String labels, Snapshot snapshot, double divisor) {
        for (Snapshot.PercentileValue percentile : snapshot.percentileValues()) {
            String quantile = "quantile=\"" + percentile.getPercentile() + "\"";
            sample(text, name, labels.isEmpty() ? quantile : labels + "," + quantile, percentile.getValue() / divisor);
        }
    }

    private static void family(StringBuilder text, boolean first, String name, String type, String description) {
        if (first) {
            if (!description.isEmpty()) {
                text.append("# HELP ").append(name).append(' ').append(description.replace("\\", "\\\\")
                        .replace("\n", "\\n")).append('\n');
            }
            text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        }
    }

    private static void sample(StringBuilder text, String name, String labels, double value) {
        text.append(name).append('{').append(labels).append("} ");
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            text.append((long) value);
        } else {
            text.append(value);
        }
        text.append('\n');
    }

    private static String labels(MetricID id, String scope) {
        StringBuilder labels = new StringBuilder();
        id.getTags().forEach((tag, value) -> labels.append(name(tag)).append("=\"").append(escape(value)).append("\","));
        return labels.append("mp_scope=\"").append(escape(scope)).append('"').toString();
    }

    /** A Prometheus name: letters, digits and underscores, not starting with a digit. */
    static String name(String name) {
        String shown = name.replaceAll("[^a-zA-Z0-9_]+", "_");
        return !shown.isEmpty() && Character.isDigit(shown.charAt(0)) ? "_" + shown : shown;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String suffix(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case MetricUnits.NANOSECONDS, MetricUnits.MICROSECONDS, MetricUnits.MILLISECONDS, MetricUnits.SECONDS -> "_seconds";
            case MetricUnits.BYTES -> "_bytes";
            case MetricUnits.PERCENT -> "_percent";
            default -> "";
        };
    }

    /** What a value in {@code unit} is divided by to be shown in seconds; 1 for anything else. */
    private static double divisor(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case MetricUnits.NANOSECONDS -> NANOS_PER_SECOND;
            case MetricUnits.MICROSECONDS -> 1e6;
            case MetricUnits.MILLISECONDS -> 1e3;
            default -> 1;
        };
    }
}
