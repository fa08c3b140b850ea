package io.tokengateway.tokens.control;

import io.tokengateway.platform.control.GatewaySettings;
import io.tokengateway.platform.control.Meters;
import io.tokengateway.platform.entity.Meter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@link UpstreamThrottle} of one gateway instance: a token bucket of {@code gateway.upstream.calls.per.second}
 * permits a second (as many at once), in this JVM. Waiting callers are served in the order they asked.
 */
@ApplicationScoped
public class LocalUpstreamThrottle implements UpstreamThrottle {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    @Inject
    GatewaySettings settings;

    @Inject
    Meters meters = Meters.NONE;

    private long interval;
    private long burstTolerance;
    /** The moment (System.nanoTime) the bucket is full again; a call may come up to the burst's tolerance before it. */
    private long nextFree;
    private volatile long heldUntil;

    @PostConstruct
    void start() {
        configure(settings.upstreamCallsPerSecond());
    }

    /** {@code perSecond} permits a second, as many at once; 0 or less: no limit. */
    void configure(double perSecond) {
        interval = perSecond > 0 ? Math.max(1, Math.round(NANOS_PER_SECOND / perSecond)) : 0;
        burstTolerance = (Math.max(1, (long) perSecond) - 1) * interval;
        nextFree = System.nanoTime();
        heldUntil = nextFree;
    }

    @Override
    public Optional<Duration> acquire(Duration longestWait) throws InterruptedException {
        if (interval == 0) {
            return Optional.empty();
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(nextFree, now);
            wait = start - now - burstTolerance;
            if (wait > longestWait.toNanos()) {
                return Optional.of(Duration.ofNanos(wait));
            }
            nextFree = start + interval;
        }
        if (wait > 0) {
            meters.time(Meter.THROTTLE_WAITS, wait);
            TimeUnit.NANOSECONDS.sleep(wait); // the permit is reserved: this is the wait for its turn, not a retry
        }
        return Optional.empty();
    }

    @Override
    public void holdFor(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        synchronized (this) {
            if (until - heldUntil > 0) {
                heldUntil = until;
            }
        }
    }

    @Override
    public Optional<Duration> held() {
        long left = heldUntil - System.nanoTime();
        return left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
    }
}
