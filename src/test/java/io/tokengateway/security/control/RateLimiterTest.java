package io.tokengateway.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));

    @Test
    void allowsTheBurstThenRefusesWithRetryAfterOneSecond() {
        RateLimiter limiter = new RateLimiter(10, 20, clock);

        for (int i = 0; i < 20; i++) {
            assertEquals(Optional.empty(), limiter.tryAcquire("person:alice"), "change " + (i + 1));
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), limiter.tryAcquire("person:alice"));
    }

    @Test
    void retryAfterIsTheWaitForOnePermitRoundedUpToWholeSeconds() {
        RateLimiter limiter = new RateLimiter(0.5, 2, clock);
        limiter.tryAcquire("api_key:7");
        limiter.tryAcquire("api_key:7");

        assertEquals(Optional.of(Duration.ofSeconds(2)), limiter.tryAcquire("api_key:7"));
        clock.advance(Duration.ofMillis(1500));
        assertEquals(Optional.of(Duration.ofSeconds(1)), limiter.tryAcquire("api_key:7"));
    }

    @Test
    void refusedAttemptsDoNotUsePermits() {
        RateLimiter limiter = new RateLimiter(1, 1, clock);
        limiter.tryAcquire("api_key:7");
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("api_key:7");
        }

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), limiter.tryAcquire("api_key:7"));
    }

    @Test
    void refillsOnePermitPerIntervalUpToTheBurst() {
        RateLimiter limiter = new RateLimiter(10, 20, clock);
        for (int i = 0; i < 20; i++) {
            limiter.tryAcquire("person:alice");
        }

        clock.advance(Duration.ofMillis(100));
        assertEquals(Optional.empty(), limiter.tryAcquire("person:alice"));
        assertTrue(limiter.tryAcquire("person:alice").isPresent());

        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 20; i++) {
            assertEquals(Optional.empty(), limiter.tryAcquire("person:alice"), "change " + (i + 1));
        }
        assertTrue(limiter.tryAcquire("person:alice").isPresent());
    }

    @Test
    void otherCredentialsAreUnaffected() {
        RateLimiter limiter = new RateLimiter(1, 2, clock);
        limiter.tryAcquire("person:alice");
        limiter.tryAcquire("person:alice");

        assertTrue(limiter.tryAcquire("person:alice").isPresent());
        assertEquals(Optional.empty(), limiter.tryAcquire("person:bob"));
        assertEquals(Optional.empty(), limiter.tryAcquire("api_key:1"));
    }

    @Test
    void rateOfZeroOrLessDisablesLimiting() {
        for (double rate : new double[] {0, -1}) {
            RateLimiter limiter = new RateLimiter(rate, 1, clock);
            for (int i = 0; i < 1_000; i++) {
                assertEquals(Optional.empty(), limiter.tryAcquire("person:alice"));
            }
            assertEquals(0, limiter.bucketCount());
        }
    }

    @Test
    void keepsAtMostMaxBucketsAndDropsIdleOnesBeforeBusyOnes() {
        RateLimiter limiter = new RateLimiter(1, 2, clock);
        limiter.tryAcquire("person:busy");
        limiter.tryAcquire("person:busy");
        for (int i = 0; i < RateLimiter.MAX_BUCKETS * 2; i++) {
            limiter.tryAcquire("api_key:" + i);
            assertTrue(limiter.bucketCount() <= RateLimiter.MAX_BUCKETS);
        }

        assertEquals(Optional.of(Duration.ofSeconds(1)), limiter.tryAcquire("person:busy"));
    }

    @Test
    void whenNoBucketIsIdleTheOneFullSoonestGoesFirst() {
        RateLimiter limiter = new RateLimiter(0.001, 1, clock);
        limiter.tryAcquire("person:oldest");
        for (int i = 0; i < RateLimiter.MAX_BUCKETS; i++) {
            clock.advance(Duration.ofMillis(1));
            limiter.tryAcquire("api_key:" + i);
        }

        assertEquals(Optional.empty(), limiter.tryAcquire("person:oldest"));
        String newest = "api_key:" + (RateLimiter.MAX_BUCKETS - 1);
        assertEquals(Optional.of(Duration.ofSeconds(1000)), limiter.tryAcquire(newest));
    }

    @Test
    void concurrentCallersGetExactlyTheBurst() throws Exception {
        RateLimiter limiter = new RateLimiter(1, 50, clock);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                calls.add(pool.submit(() -> limiter.tryAcquire("api_key:1").ifPresentOrElse(
                        wait -> { }, allowed::incrementAndGet)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(50, allowed.get());
    }
}
