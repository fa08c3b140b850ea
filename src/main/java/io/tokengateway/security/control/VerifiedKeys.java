package io.tokengateway.security.control;

import io.tokengateway.security.entity.KeyCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API keys that worked lately, so that a busy key (a paywall backend minting for every viewer) is checked
 * against the database at most every {@code gateway.apikey.recheck.seconds}, not on every request. Any change in
 * this JVM that can stop a key (see {@link CredentialChanges}) forgets them all at once; a change made through
 * another instance sharing the database is seen within the recheck time. Kept by a hash of the presented key, never
 * the key itself; only working keys are kept (an unknown, revoked or suspended key goes to the database every time).
 * <p>
 * Per JVM, as a cache: each instance keeps its own.
 */
@ApplicationScoped
public class VerifiedKeys {

    /** Beyond this many keys, the memory starts over (there are far fewer keys than that in practice). */
    static final int MAX_KEYS = 10_000;

    @Inject
    ApiKeyRegistry registry;

    @Inject
    CredentialChanges changes;

    @Inject
    @ConfigProperty(name = "gateway.apikey.recheck.seconds", defaultValue = "5")
    long recheckSeconds;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(KeyCheck check, long generation, long checkedAt) {
    }

    /** As {@link ApiKeyRegistry#verify(String)}, from memory while the key is known to work. */
    public Optional<KeyCheck> verify(String presented) {
        if (presented == null || recheckSeconds <= 0) {
            return registry.verify(presented);
        }
        String digest = sha256(presented.strip());
        long now = System.nanoTime();
        long generation = changes.generation();
        Verified known = verified.get(digest);
        if (known != null && known.generation() == generation
                && now - known.checkedAt() < Duration.ofSeconds(recheckSeconds).toNanos()) {
            return Optional.of(known.check());
        }
        Optional<KeyCheck> check = registry.verify(presented);
        if (check.isPresent() && check.get().works()) {
            if (verified.size() >= MAX_KEYS) {
                verified.clear();
            }
            verified.put(digest, new Verified(check.get(), generation, now));
        } else {
            verified.remove(digest);
        }
        return check;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
