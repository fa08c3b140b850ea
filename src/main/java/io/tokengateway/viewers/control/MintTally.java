package io.tokengateway.viewers.control;

import io.tokengateway.audit.control.AuditTrail;
import io.tokengateway.audit.control.CountedRows;
import io.tokengateway.audit.control.CountingWindows;
import io.tokengateway.audit.entity.Actor;
import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.audit.entity.AuditOutcome;
import io.tokengateway.contract.entity.TokenKind;
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
 * {@link MintCounts} in memory ({@link CountingWindows}), written to the audit trail as one row per subscribe
 * token, caller, outcome and window ({@code gateway.audit.tally.seconds}, a minute by default) when the window has
 * ended, and everything still counting when the gateway stops ({@link PreDestroy}). No database write on the
 * minting path. Each instance writes its own rows, so several instances add up.
 */
@ApplicationScoped
public class MintTally implements MintCounts, CountedRows {

    static final Actor OTHERS = new Actor("various", "(other callers)", null, null);

    @Inject
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = "gateway.audit.tally.seconds", defaultValue = "60")
    long windowSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private CountingWindows<Key> windows;

    private record Key(int masterId, Actor caller, String outcome) {
    }

    @PostConstruct
    void startFlushing() {
        windows = new CountingWindows<>(Duration.ofSeconds(windowSeconds), CountingWindows.KEYS_PER_WINDOW,
                key -> new Key(key.masterId(), OTHERS, key.outcome()), this::writeRow, Clock.systemUTC());
        windows.start(scheduler);
    }

    @PreDestroy
    void writeEverything() {
        windows.stop();
    }

    @Override
    public void count(int masterId, Actor caller, String outcome) {
        windows.count(new Key(masterId, caller, outcome));
    }

    @Override
    public void writeEndedWindows() {
        windows.writeEnded();
    }

    private void writeRow(Key key, long count, Instant from, Instant to) {
        String verb = key.outcome().equals(MINTED) ? "minted " : "refused ";
        String summary = verb + count + " viewer tokens for subscribe token " + key.masterId() + " "
                + CountingWindows.between(from, to);
        trail.recordAt(new AuditEntry(key.caller(), AuditActions.VIEWER_TOKEN_MINT, key.masterId(), null, summary,
                AuditOutcome.counted(key.outcome(), count), TokenKind.SUBSCRIBE.word()), from);
    }
}
