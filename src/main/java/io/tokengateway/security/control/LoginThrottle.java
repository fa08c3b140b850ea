package io.tokengateway.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows, then locks, repeated failed logins, counted separately per user name and per client address:
 * each failure earns a growing delay, and {@code gateway.login.max.failures} of them lock that name or address
 * for {@code gateway.login.lock.seconds}. Thread-safe.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_ENTRIES = 10_000;

    static final Duration MAX_DELAY = Duration.ofSeconds(2);

    @Inject
    @ConfigProperty(name = "gateway.login.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "gateway.login.lock.seconds", defaultValue = "300")
    long lockSeconds;

    @Inject
    @ConfigProperty(name = "gateway.login.failure.delay.ms", defaultValue = "250")
    long failureDelayMs;

    private final Clock clock;

    private final FailureCounts users = new FailureCounts();
    private final FailureCounts addresses = new FailureCounts();

    public LoginThrottle() {
        this.clock = Clock.systemUTC();
    }

    LoginThrottle(int maxFailures, Duration lockTime, Duration failureDelay, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockSeconds = lockTime.toSeconds();
        this.failureDelayMs = failureDelay.toMillis();
        this.clock = clock;
    }

    /** Until when neither this user name nor this address may try; empty when a login may be tried now. */
    public Optional<Instant> lockedUntil(String user, String address) {
        Instant now = clock.instant();
        return Stream.of(users.lockedUntil(user, now), addresses.lockedUntil(address, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    /** Counts a failed login against the user name and the address; returns how long to wait before answering. */
    public Duration recordFailure(String user, String address) {
        Instant now = clock.instant();
        int userCount = users.fail(user, now);
        int addressCount = addresses.fail(address, now);
        return delayAfter(Math.max(userCount, addressCount));
    }

    /** A successful login clears the counts of its user name and its address. */
    public void recordSuccess(String user, String address) {
        users.clear(user);
        addresses.clear(address);
    }

    /** User names and addresses with a failure count, for tests of the bound. */
    int trackedKeys() {
        return users.byKey.size() + addresses.byKey.size();
    }

    private Duration delayAfter(int failures) {
        Duration delay = Duration.ofMillis(Math.max(0, failureDelayMs)).multipliedBy(failures);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private Duration lockTime() {
        return Duration.ofSeconds(Math.max(0, lockSeconds));
    }

    /** Failures so far and, once there were enough, the lock; immutable so a map update swaps it whole. */
    private record Failures(int count, Instant lastFailure, Optional<Instant> lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil.filter(now::isBefore).isPresent();
        }
    }

    /** The failure counts of one kind of key (user names or addresses), bounded in number. */
    private final class FailureCounts {

        private final ConcurrentHashMap<String, Failures> byKey = new ConcurrentHashMap<>();
        private final KeyedStateBound<Failures> bound = new KeyedStateBound<>(
                byKey, MAX_ENTRIES, this::relevantUntil, f -> f.lockedAt(clock.instant()));

        Optional<Instant> lockedUntil(String name, Instant now) {
            return key(name).map(byKey::get).filter(f -> f.lockedAt(now)).flatMap(Failures::lockedUntil);
        }

        /** @return the failures counted for this key now, including this one; 0 for a blank name */
        int fail(String name, Instant now) {
            Optional<String> key = key(name);
            if (key.isEmpty()) {
                return 0;
            }
            Failures after = byKey.compute(key.get(), (k, before) -> next(before, now));
            bound.enforce(now);
            return after.count();
        }

        void clear(String name) {
            key(name).ifPresent(byKey::remove);
        }

        private Failures next(Failures before, Instant now) {
            if (before != null && before.lockedAt(now)) {
                return before; // failures while locked neither count nor extend the lock
            }
            int count = before == null || !relevantUntil(before).isAfter(now) ? 1 : before.count() + 1;
            Optional<Instant> lock = maxFailures > 0 && count >= maxFailures
                    ? Optional.of(now.plus(lockTime()))
                    : Optional.empty();
            return new Failures(count, now, lock);
        }

        /** A count is forgotten once its lock is over, or a lock time after its last failure when not locked. */
        private Instant relevantUntil(Failures failures) {
            return failures.lockedUntil().orElseGet(() -> failures.lastFailure().plus(lockTime()));
        }

        private Optional<String> key(String name) {
            return Optional.ofNullable(name).map(String::strip).filter(n -> !n.isEmpty())
                    .map(n -> n.toLowerCase(Locale.ROOT));
        }
    }
}
