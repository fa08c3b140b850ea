package io.tokengateway.audit.control;

import io.tokengateway.audit.entity.Actor;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.audit.entity.AuditOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts refusals of callers nobody knows (no credential, a bad one, a failed login) instead of writing a row for
 * each: one row per address, claimed name, action and outcome per window (a minute by default), e.g.
 * {@code 401 unauthorized ×312} from 203.0.113.9 between 10:00 and 10:01 UTC. So anonymous traffic cannot flood
 * the trail, and nothing it did is lost. Rows are written when their window ends, and before the trail is read.
 * <p>
 * Counts wait in this JVM until their window ends ({@link CountingWindows}); each instance writes its own counted
 * rows, so several instances add up correctly. What is still counting when the server dies (not stops) is lost.
 */
@ApplicationScoped
public class RefusalTally implements CountedRows {

    static final String OTHERS = "(other callers)";

    @Inject
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = "gateway.audit.tally.seconds", defaultValue = "60")
    long windowSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private CountingWindows<Key> windows;

    private record Key(String address, String claimant, String action, String outcome) {
    }

    @PostConstruct
    void startFlushing() {
        windows = new CountingWindows<>(Duration.ofSeconds(windowSeconds), CountingWindows.KEYS_PER_WINDOW,
                key -> new Key(OTHERS, OTHERS, key.action(), key.outcome()), this::writeRow, Clock.systemUTC());
        windows.start(scheduler);
    }

    @PreDestroy
    void writeEverything() {
        windows.stop();
    }

    /** Counts one refusal of an unknown caller; {@code who.name()} is the name it claimed, or anonymous. */
    public void count(Actor who, String action, String outcome) {
        windows.count(new Key(who.address(), who.name(), action, outcome));
    }

    @Override
    public void writeEndedWindows() {
        windows.writeEnded();
    }

    private void writeRow(Key key, long count, Instant from, Instant to) {
        String summary = count + " refused from " + key.address() + " " + CountingWindows.between(from, to);
        Actor who = Actor.anonymous(key.address(), key.claimant());
        trail.recordAt(new AuditEntry(who, key.action(), null, null, summary, AuditOutcome.counted(key.outcome(), count)), from);
    }
}
