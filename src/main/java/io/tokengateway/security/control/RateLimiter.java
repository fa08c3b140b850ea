package io.tokengateway.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per credential: {@code burst} calls at once, refilled at {@code perSecond}; a rate of 0 or less
 * turns limiting off. {@link RateLimits} holds one for changes and one for reads. Thread-safe: lock-free, but for
 * the rare trim of idle buckets beyond 10,000 credentials. The buckets live in this JVM (see RateLimits).
 */
public class RateLimiter {

    static final int MAX_BUCKETS = 10_000;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perSecond;

    private final int burst;

    private final Clock clock;

    /**
     * Per credential the "theoretical arrival time" of the generic cell rate algorithm, in epoch nanoseconds:
     * the moment the bucket is full again. One long per key is the whole bucket, so a CAS updates it.
     */
    private final ConcurrentHashMap<String, AtomicLong> fullAt = new ConcurrentHashMap<>();

    private final KeyedStateBound<AtomicLong> bound = new KeyedStateBound<>(
            fullAt, MAX_BUCKETS, full -> Instant.ofEpochSecond(0, full.get()), full -> false);

    RateLimiter(double perSecond, int burst, Clock clock) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
    }

    /**
     * Takes one permit for this credential.
     *
     * @return empty when the change may go ahead; else how long until a permit is free, in whole seconds (at least
     *         one) as a {@code Retry-After} header wants it
     */
    public Optional<Duration> tryAcquire(String credentialKey) {
        if (!isEnabled()) {
            return Optional.empty();
        }
        long interval = intervalNanos();
        long tolerance = (Math.max(burst, 1) - 1) * interval;
        Instant nowInstant = clock.instant();
        long now = epochNanos(nowInstant);
        AtomicLong bucket = fullAt.computeIfAbsent(credentialKey, key -> new AtomicLong(now));
        Optional<Duration> answer = take(bucket, now, interval, tolerance);
        bound.enforce(nowInstant); // after taking: a new bucket is no longer full, so not the first to go
        return answer;
    }

    private static Optional<Duration> take(AtomicLong bucket, long now, long interval, long tolerance) {
        while (true) {
            long current = bucket.get();
            long start = Math.max(current, now);
            long wait = start - now - tolerance;
            if (wait > 0) {
                return Optional.of(wholeSecondsAtLeastOne(wait));
            }
            if (bucket.compareAndSet(current, start + interval)) {
                return Optional.empty();
            }
        }
    }

    /** The configured rate, for telling callers the limit. */
    public double perSecond() {
        return perSecond;
    }

    public boolean isEnabled() {
        return perSecond > 0;
    }

    int bucketCount() {
        return fullAt.size();
    }

    private long intervalNanos() {
        return Math.max(1, Math.round(NANOS_PER_SECOND / perSecond));
    }

    private static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    private static Duration wholeSecondsAtLeastOne(long nanos) {
        return Duration.ofSeconds(Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
    }
}
