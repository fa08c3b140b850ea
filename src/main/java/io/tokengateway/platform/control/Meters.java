package io.tokengateway.platform.control;

import io.tokengateway.platform.entity.Meter;
import java.util.function.Supplier;

/**
 * Where the gateway's components count and time what they do ({@link Meter} lists every metric). Tags come as name,
 * value pairs: {@code count(Meter.UPSTREAM_RETRIES, "operation", "publish_read")}; their values must come from
 * fixed sets (never a path, token, key or person), since each combination is kept for the life of the server.
 * {@link RegistryMeters} keeps them in MicroProfile Metrics; {@link #NONE} forgets them.
 */
public interface Meters {

    /** Meters that keep nothing: for parts used outside the server, and tests that do not look. */
    Meters NONE = new Meters() {
        @Override
        public void count(Meter meter, String... tags) {
        }

        @Override
        public void time(Meter meter, long nanos, String... tags) {
        }

        @Override
        public void watch(Meter meter, Supplier<? extends Number> reading) {
        }
    };

    /** Adds one to a counter. */
    void count(Meter meter, String... tags);

    /** Adds one to a timer, with what it took. */
    void time(Meter meter, long nanos, String... tags);

    /** Makes a gauge that reads {@code reading} whenever the metrics are shown. */
    void watch(Meter meter, Supplier<? extends Number> reading);
}
