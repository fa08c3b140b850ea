package io.tokengateway.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * One reading of {@code GET /admin/metrics} (Prometheus text), sample by sample: {@code name{labels}} to its value.
 * Tests take one before and one after what they do and compare the two, since other tests of the same deployment
 * count too.
 */
public final class MetricsReading {

    private final Map<String, Double> samples = new HashMap<>();

    private MetricsReading(String text) {
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
    }

    public static MetricsReading of(String text) {
        return new MetricsReading(text);
    }

    /** The sample's value, 0 when the reading has none (a counter not yet used). */
    public double value(String sample) {
        return samples.getOrDefault(sample, 0.0);
    }

    /** How much a sample grew since {@code before}. */
    public long since(MetricsReading before, String sample) {
        return Math.round(value(sample) - before.value(sample));
    }
}
