package io.tokengateway.viewers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings of minting (README, "Configuration"): lifetimes, the master cache, the account id for viewer links. */
@ApplicationScoped
public class ViewerTokenSettings {

    /** The most viewers one batch may ask for. */
    public static final int MAX_BATCH = 1000;

    @Inject
    @ConfigProperty(name = "gateway.viewers.max.lifetime.seconds", defaultValue = "86400")
    long maxLifetimeSeconds;

    @Inject
    @ConfigProperty(name = "gateway.viewers.default.lifetime.seconds", defaultValue = "300")
    long defaultLifetimeSeconds;

    @Inject
    @ConfigProperty(name = "gateway.viewers.master.ttl.seconds", defaultValue = "60")
    long masterTtlSeconds;

    @Inject
    @ConfigProperty(name = "gateway.viewers.master.cache.size", defaultValue = "1000")
    int masterCacheSize;

    @Inject
    @ConfigProperty(name = "millicast.account.id")
    Optional<String> accountId;

    public ViewerTokenSettings() {
    }

    /** For tests: the settings as given. */
    public ViewerTokenSettings(long maxLifetimeSeconds, long defaultLifetimeSeconds, long masterTtlSeconds,
            int masterCacheSize, String accountId) {
        this.maxLifetimeSeconds = maxLifetimeSeconds;
        this.defaultLifetimeSeconds = defaultLifetimeSeconds;
        this.masterTtlSeconds = masterTtlSeconds;
        this.masterCacheSize = masterCacheSize;
        this.accountId = Optional.ofNullable(accountId);
    }

    public long maxLifetimeSeconds() {
        return Math.max(1, maxLifetimeSeconds);
    }

    public long defaultLifetimeSeconds() {
        return Math.min(Math.max(1, defaultLifetimeSeconds), maxLifetimeSeconds());
    }

    public Duration masterTtl() {
        return Duration.ofSeconds(Math.max(0, masterTtlSeconds));
    }

    public int masterCacheSize() {
        return Math.max(1, masterCacheSize);
    }

    /** The Millicast account id for Dolby's hosted viewer link; empty when none is configured. */
    public Optional<String> accountId() {
        return accountId.map(String::strip).filter(id -> !id.isEmpty());
    }
}
