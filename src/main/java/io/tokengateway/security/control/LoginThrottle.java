package io.tokengateway.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows, then locks, repeated failed logins. Failures count per (user name, client address): each earns a growing
 * delay, and {@code gateway.login.max.failures} of them lock that name <em>from that address</em> for
 * {@code gateway.login.lock.seconds}, so an attacker elsewhere cannot lock a person out. Failures also count per
 * address alone, for every name: {@code gateway.login.max.failures.per.address} of them lock the address, which
 * stops one address from guessing across many names. An admin can unlock a name. Thread-safe.
 * <p>
 * The counts live in this JVM: with several instances each counts its own share (a scale-out issue moves them to
 * shared storage behind this class's methods).
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_ENTRIES = 10_000;

    static final Duration MAX_DELAY = Duration.ofSeconds(2);

    @Inject
    @ConfigProperty(name = "gateway.login.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "gateway.login.max.failures.per.address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "gateway.login.lock.seconds", defaultValue = "300")
    long lockSeconds;

    @Inject
    @ConfigProperty(name = "gateway.login.failure.delay.ms", defaultValue = "250")
    long failureDelayMs;

    private final Clock clock;

    private final FailureCounts namesFromAddresses = new FailureCounts(() -> maxFailures);
    private final FailureCounts addresses = new FailureCounts(() -> maxFailuresPerAddress);

    public LoginThrottle() {
        this.clock = Clock.systemUTC();
    }

    LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration lockTime, Duration failureDelay, Clock clock) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockSeconds = lockTime.toSeconds();
        this.failureDelayMs = failureDelay.toMillis();
        this.clock = clock;
    }

    /** Until when this name may not try from this address; empty when a login may be tried now. */
    public Optional<Instant> lockedUntil(String user, String address) {
        Instant now = clock.instant();
        return Stream.of(namesFromAddresses.lockedUntil(pair(user, address), now), addresses.lockedUntil(address, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    /** Counts a failed login against the name from this address, and the address; returns how long to wait. */
    public Duration recordFailure(String user, String address) {
        Instant now = clock.instant();
        int pairCount = namesFromAddresses.fail(pair(user, address), now);
        addresses.fail(address, now);
        return delayAfter(pairCount);
    }

    /**
     * A successful login clears the count of its name from its address. The address's own count stays: else one
     * account of an attacker's would reset it between guesses at other names.
     */
    public void recordSuccess(String user, String address) {
        namesFromAddresses.clear(pair(user, address));
    }

    /** Lifts every lock and count of this name, from every address (an admin's unlock). */
    public void unlock(String user) {
        String prefix = pair(user, "");
        namesFromAddresses.byKey.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** Whether this name is locked from any address now. */
    public boolean isLockedAnywhere(String user) {
        String prefix = pair(user, "");
        Instant now = clock.instant();
        return namesFromAddresses.byKey.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith(prefix) && e.getValue().lockedAt(now));
    }

    /** Name-and-address pairs and addresses with a failure count, for tests of the bound. */
    int trackedKeys() {
        return namesFromAddresses.byKey.size() + addresses.byKey.size();
    }

    /** The key of a name tried from an address; names are compared without case, as logins are. */
    private static String pair(String user, String address) {
        String name = user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
        return name + "\u0000" + (address == null ? "" : address);
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
        private final IntSupplier maxFailuresOfThisKind;
        private final KeyedStateBound<Failures> bound = new KeyedStateBound<>(
                byKey, MAX_ENTRIES, this::relevantUntil, f -> f.lockedAt(clock.instant()));

        FailureCounts(IntSupplier maxFailuresOfThisKind) {
            this.maxFailuresOfThisKind = maxFailuresOfThisKind;
        }

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
            int max = maxFailuresOfThisKind.getAsInt();
            Optional<Instant> lock = max > 0 && count >= max
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
