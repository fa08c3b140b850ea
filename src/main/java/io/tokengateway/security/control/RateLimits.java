package io.tokengateway.security.control;

import io.tokengateway.platform.control.Meters;
import io.tokengateway.platform.entity.Meter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many upstream calls each credential may cause: token changes and token reads have separate buckets (reads
 * a higher default), and a call that causes several upstream calls (list everything, bulk delete) spends one
 * permit for each. Rates of 0 turn a limit off. Per instance: with several instances each allows its own share.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "gateway.ratelimit.changes.per.second", defaultValue = "10")
    double changesPerSecond;

    @Inject
    @ConfigProperty(name = "gateway.ratelimit.changes.burst", defaultValue = "20")
    int changesBurst;

    @Inject
    @ConfigProperty(name = "gateway.ratelimit.reads.per.second", defaultValue = "50")
    double readsPerSecond;

    @Inject
    @ConfigProperty(name = "gateway.ratelimit.reads.burst", defaultValue = "100")
    int readsBurst;

    @Inject
    Meters meters = Meters.NONE;

    private RateLimiter changes;
    private RateLimiter reads;

    @PostConstruct
    void create() {
        changes = new RateLimiter(changesPerSecond, changesBurst, Clock.systemUTC());
        reads = new RateLimiter(readsPerSecond, readsBurst, Clock.systemUTC());
    }

    /** What kind of upstream call a permit is for. */
    public enum Kind {
        CHANGE("changes"), READ("reads");

        private final String plural;

        Kind(String plural) {
            this.plural = plural;
        }

        /** {@code changes} or {@code reads}, for messages. */
        public String plural() {
            return plural;
        }
    }

    /** Takes one permit; empty when the call may go ahead, else how long until one is free (whole seconds, ≥ 1). */
    public Optional<Duration> spend(Kind kind, String credentialKey) {
        Optional<Duration> refused = limiter(kind).tryAcquire(credentialKey);
        if (refused.isPresent()) {
            meters.count(Meter.RATE_LIMIT_REFUSALS, "kind", kind.plural());
        }
        return refused;
    }

    public double perSecond(Kind kind) {
        return limiter(kind).perSecond();
    }

    private RateLimiter limiter(Kind kind) {
        return kind == Kind.CHANGE ? changes : reads;
    }
}
