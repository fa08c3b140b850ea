package io.tokengateway.viewers.control;

import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.tokens.control.RouteRequests;
import io.tokengateway.tokens.control.TokenGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The subscribe tokens minting signs with, fetched from the API once (through {@link TokenGateway}, so the
 * upstream's fault tolerance applies) and kept <b>in this JVM's memory only</b>: at most
 * {@code gateway.viewers.master.cache.size} of them, each for {@code gateway.viewers.master.ttl.seconds} so that
 * changes made elsewhere (Dolby's dashboard) are seen. A token renewed, changed, disabled or deleted through this
 * gateway is dropped at once (every such change is audited with its token id, and the cache observes the audit
 * event). Concurrent first requests for one token share one fetch; a failed fetch is not kept.
 * <p>
 * Per instance: another instance of the gateway does not hear this one's changes and sees them only after the
 * time-to-live (sharing it is part of the scale-out work). As a cache, nothing is lost by that.
 */
@ApplicationScoped
public class MasterCache {

    @Inject
    TokenGateway gateway;

    @Inject
    ViewerTokenSettings settings;

    @Inject
    Logger logger;

    private final Map<Integer, Slot> slots = new ConcurrentHashMap<>();

    /** One token's lookup, under way or done, and when it started (System.nanoTime). */
    private record Slot(CompletableFuture<MasterLookup> lookup, long startedAt) {
    }

    public MasterCache() {
    }

    /** For tests: a cache with these settings that fetches with {@link #fetch(int)}. */
    MasterCache(ViewerTokenSettings settings, Logger logger) {
        this.settings = settings;
        this.logger = logger;
    }

    /** The subscribe token {@code id}, from memory when fresh, else fetched (once for all who ask meanwhile). */
    public MasterLookup lookup(int id) {
        long now = System.nanoTime();
        Slot known = slots.get(id);
        if (known != null && isFresh(known, now)) {
            return known.lookup().join();
        }
        Slot mine = new Slot(new CompletableFuture<>(), now);
        Slot current = slots.compute(id, (key, old) -> old != null && isFresh(old, now) ? old : mine);
        if (current == mine) {
            keepWithinBound(id, now);
            fetchInto(id, mine);
        }
        return current.lookup().join();
    }

    /** Drops a token a change went through the gateway for: renewed, updated, disabled or deleted. */
    void changed(@Observes AuditEntry entry) {
        if (entry.tokenId() != null && entry.action() != null && entry.action().startsWith(AuditActions.TOKEN_FAMILY)) {
            forget(entry.tokenId());
        }
    }

    /** Drops a token: its next mint fetches it again. */
    public void forget(int id) {
        slots.remove(id);
    }

    /** The API's answer for the subscribe token (the only upstream call minting makes). */
    UpstreamResponse fetch(int id) {
        return gateway.send(RouteRequests.of(Operation.SUBSCRIBE_READ, id));
    }

    private void fetchInto(int id, Slot slot) {
        try {
            MasterLookup lookup = MasterReader.read(id, fetch(id));
            if (!lookup.isFound()) {
                slots.remove(id, slot);
            }
            logger.log(Level.FINE, "Subscribe token {0} fetched for minting: {1}", new Object[] {id, lookup.status()});
            slot.lookup().complete(lookup);
        } catch (RuntimeException e) {
            slots.remove(id, slot);
            slot.lookup().completeExceptionally(e);
        }
    }

    private boolean isFresh(Slot slot, long now) {
        return !slot.lookup().isDone() || now - slot.startedAt() < settings.masterTtl().toNanos();
    }

    /** Past the bound, stale entries go first, then any (the bound holds memory, not order). */
    private void keepWithinBound(int keep, long now) {
        if (slots.size() <= settings.masterCacheSize()) {
            return;
        }
        slots.entrySet().removeIf(e -> e.getKey() != keep && !isFresh(e.getValue(), now));
        Iterator<Integer> ids = slots.keySet().iterator();
        while (slots.size() > settings.masterCacheSize() && ids.hasNext()) {
            if (ids.next() != keep) {
                ids.remove();
            }
        }
    }
}
