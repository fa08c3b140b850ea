package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.DurableCommits;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.control.Meters;
import io.tokengateway.platform.entity.Meter;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.tokens.entity.IdempotentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a create happen at most once per Idempotency-Key and credential: the first request claims the key and its
 * answer is kept; a repeat of the same request gets that answer without an upstream call, also when it arrives
 * while the first is still under way (it waits for it); the same key with another request is refused with 422.
 * Every answer is kept, failures included: a create whose answer was lost may have been made, so it is never sent
 * again under the same key. Without a key the create simply happens.
 */
@ApplicationScoped
public class IdempotentCreates {

    /** Header name, as clients (Stripe, the IETF draft) send it. */
    public static final String HEADER = "Idempotency-Key";

    /** 1 to 255 visible ASCII characters. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Duration POLL = Duration.ofMillis(100);

    @Inject
    IdempotencyStore store;

    @Inject
    @ConfigProperty(name = "gateway.idempotency.wait.seconds", defaultValue = "30")
    long waitSeconds;

    @Inject
    Meters meters = Meters.NONE;

    /** The claim is in the database's files before the upstream is asked, the answer before the client gets it. */
    @Inject
    DurableCommits durableCommits = new DurableCommits();

    Clock clock = Clock.systemUTC();

    public IdempotentCreates() {
    }

    /** Outside CDI, e.g. in tests: this store, repeats waiting up to {@code waitSeconds} for the first answer. */
    public IdempotentCreates(IdempotencyStore store, long waitSeconds) {
        this.store = store;
        this.waitSeconds = waitSeconds;
    }

    /** What a create came to: the answer, and whether it is the kept answer of an earlier request. */
    public record Outcome(UpstreamResponse answer, boolean replayed) {
    }

    /**
     * @param credential whose key it is, e.g. {@code person:alice} or {@code api_key:12}
     * @param key the client's Idempotency-Key, or null for none
     * @param request the create as it will be sent (its method, path and body make the fingerprint)
     * @throws InvalidRequestException when the key is not 1 to 255 visible ASCII characters
     */
    public Outcome once(String credential, String key, UpstreamRequest request, Supplier<UpstreamResponse> create) {
        if (key == null) {
            return new Outcome(create.get(), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw InvalidRequestException.of(HEADER, HEADER + " must be 1 to 255 visible ASCII characters");
        }
        String fingerprint = fingerprint(request);
        if (!claimed(credential, key, fingerprint)) {
            IdempotentRequest holder = store.find(credential, key, clock.instant())
                    .orElseThrow(() -> new IllegalStateException("An Idempotency-Key is held by no request"));
            return new Outcome(earlier(credential, key, fingerprint, holder), true);
        }
        UpstreamResponse answer;
        try {
            durableCommits.afterCommit();
            answer = create.get();
        } catch (RuntimeException e) {
            store.release(credential, key); // nothing was answered: the client may try again under the same key
            throw e;
        }
        store.complete(credential, key, answer);
        durableCommits.afterCommit();
        return new Outcome(answer, false);
    }

    /** Whether this request holds the key now; false when an earlier one does, also one that won a race. */
    private boolean claimed(String credential, String key, String fingerprint) {
        try {
            return store.claim(credential, key, fingerprint, clock.instant());
        } catch (RuntimeException lostTheRace) {
            if (store.find(credential, key, clock.instant()).isEmpty()) {
                throw lostTheRace; // nobody holds it: the store failed
            }
            return false;
        }
    }

    private UpstreamResponse earlier(String credential, String key, String fingerprint, IdempotentRequest holder) {
        if (!holder.isSameRequest(fingerprint)) {
            meters.count(Meter.IDEMPOTENT_REPEATS, "result", "other_body");
            return refusal(422, HEADER + " was already used for a different request");
        }
        Instant deadline = clock.instant().plus(Duration.ofSeconds(Math.max(0, waitSeconds)));
        IdempotentRequest current = holder;
        while (!current.isDone() && clock.instant().isBefore(deadline)) {
            pause();
            current = store.find(credential, key, clock.instant()).orElse(current);
        }
        meters.count(Meter.IDEMPOTENT_REPEATS, "result", current.isDone() ? "replayed" : "in_progress");
        return current.answer().orElseGet(() ->
                refusal(409, "A request with this " + HEADER + " is still in progress; try again later"));
    }

    private static UpstreamResponse refusal(int status, String message) {
        return new UpstreamResponse(status, MillicastEnvelope.failMessage(message).toString());
    }

    /** SHA-256 of method, path and body (the body as parsed JSON, so spacing does not matter). */
    static String fingerprint(UpstreamRequest request) {
        String text = request.method() + " " + request.path() + "\n" + request.body();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an earlier request", e);
        }
    }
}
