package io.tokengateway.viewers.control;

import io.tokengateway.audit.control.AuditTrail;
import io.tokengateway.audit.entity.Actor;
import io.tokengateway.audit.entity.AuditActions;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link MintCounts} in memory, written to the audit trail as one row per subscribe token, caller, outcome and
 * window ({@code gateway.audit.tally.seconds}, a minute by default) when the window has ended, and everything
 * still counting when the gateway stops ({@link PreDestroy}). Counting is a map lookup and an add: no database
 * write on the minting path. Each instance writes its own rows, so several instances add up; what is still
 * counting when the process dies (not stops) is lost.
 */
@ApplicationScoped
public class MintTally implements MintCounts {

    /** Beyond this many different rows in one window, further callers are counted together. */
    static final int MAX_KEYS_PER_WINDOW = 5_000;
    static final Actor OTHERS = new Actor("various", "(other callers)", null, null);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = "gateway.audit.tally.seconds", defaultValue = "60")
    long windowSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemUTC();
    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private ScheduledFuture<?> flushing;

    private record Key(long window, int masterId, Actor caller, String outcome) {
    }

    @PostConstruct
    void startFlushing() {
        if (scheduler != null) {
            long period = window().toMillis();
            flushing = scheduler.scheduleAtFixedRate(this::writeEndedWindows, period, period, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void writeEverything() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        write(key -> true);
    }

    @Override
    public void count(int masterId, Actor caller, String outcome) {
        long window = clock.millis() / window().toMillis();
        Key key = new Key(window, masterId, caller, outcome);
        LongAdder count = counts.get(key);
        if (count == null) {
            if (counts.size() >= MAX_KEYS_PER_WINDOW) {
                key = new Key(window, masterId, OTHERS, outcome);
            }
            count = counts.computeIfAbsent(key, k -> new LongAdder());
        }
        count.increment();
    }

    /** Writes the rows of every window that has ended. */
    public void writeEndedWindows() {
        long current = clock.millis() / window().toMillis();
        write(key -> key.window() < current);
    }

    private void write(Predicate<Key> due) {
        for (Key key : List.copyOf(counts.keySet())) {
            if (due.test(key)) {
                LongAdder count = counts.remove(key);
                if (count != null && count.sum() > 0) {
                    writeRow(key, count.sum());
                }
            }
        }
    }

    private void writeRow(Key key, long count) {
        Instant from = Instant.ofEpochMilli(key.window() * window().toMillis());
        String verb = key.outcome().equals(MINTED) ? "minted " : "refused ";
        String summary = verb + count + " viewer tokens for subscribe token " + key.masterId() + " between "
                + TIME.format(from) + " and " + TIME.format(from.plus(window())) + " UTC";
        trail.record(new AuditEntry(key.caller(), AuditActions.VIEWER_TOKEN_MINT, key.masterId(), null, summary,
                AuditOutcome.counted(key.outcome(), count)));
    }

    private Duration window() {
        return Duration.ofSeconds(Math.max(1, windowSeconds));
    }
}
