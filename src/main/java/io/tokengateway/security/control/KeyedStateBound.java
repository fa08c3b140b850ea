package io.tokengateway.security.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Keeps a per-key state map under its bound: first drops entries that no longer matter, then the ones that
 * stop mattering soonest, protected ones (e.g. live login locks) last. Used by the rate limiter and the login
 * throttle so memory stays bounded.
 */
final class KeyedStateBound<V> {

    /** Trimming goes this far below the bound so it runs once per many new keys, not once per key. */
    private static final double TRIM_TO = 0.9;

    private final ConcurrentMap<String, V> states;
    private final int maxEntries;
    private final Function<V, Instant> relevantUntil;
    private final Predicate<V> isProtected;

    /**
     * @param relevantUntil when an entry becomes the same as no entry (a full bucket, an expired count)
     * @param isProtected entries dropped only when no unprotected one is left
     */
    KeyedStateBound(ConcurrentMap<String, V> states, int maxEntries, Function<V, Instant> relevantUntil,
            Predicate<V> isProtected) {
        this.states = states;
        this.maxEntries = maxEntries;
        this.relevantUntil = relevantUntil;
        this.isProtected = isProtected;
    }

    /** Cheap when under the bound; call after adding a key. */
    void enforce(Instant now) {
        if (states.size() > maxEntries) {
            trim(now);
        }
    }

    private synchronized void trim(Instant now) {
        if (states.size() <= maxEntries) {
            return; // another thread trimmed meanwhile
        }
        // snapshot the times: entries change while we sort
        List<Aged<V>> oldestFirst = states.entrySet().stream()
                .map(e -> aged(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Aged<V>::isProtected).thenComparing(Aged::until))
                .toList();
        int target = (int) (maxEntries * TRIM_TO);
        for (Aged<V> entry : oldestFirst) {
            boolean stale = !entry.until().isAfter(now) && !entry.isProtected();
            if (!stale && states.size() <= target) {
                return;
            }
            states.remove(entry.key(), entry.value()); // not if it was replaced since the snapshot
        }
    }

    private Aged<V> aged(String key, V value) {
        return new Aged<>(key, value, relevantUntil.apply(value), isProtected.test(value));
    }

    private record Aged<V>(String key, V value, Instant until, boolean isProtected) {
    }
}
