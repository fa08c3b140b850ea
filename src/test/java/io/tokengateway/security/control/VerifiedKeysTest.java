package io.tokengateway.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.security.entity.ApiKey;
import io.tokengateway.security.entity.KeyCheck;
import io.tokengateway.security.entity.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A working key is checked against the database once per recheck time, and again at once after any change. */
class VerifiedKeysTest {

    private static final String KEY = "tgw_AAAAAAAAAAAA_" + "B".repeat(32);

    private final AtomicInteger lookups = new AtomicInteger();
    private volatile Optional<String> suspension = Optional.empty();
    private volatile boolean known = true;
    private final VerifiedKeys keys = new VerifiedKeys();

    VerifiedKeysTest() {
        keys.registry = new ApiKeyRegistry() {
            @Override
            public Optional<KeyCheck> verify(String presented) {
                lookups.incrementAndGet();
                return known ? Optional.of(new KeyCheck(new ApiKey("paywall", Role.MINTER, "AAAAAAAAAAAA", "hash", "admin",
                        Instant.EPOCH), suspension)) : Optional.empty();
            }
        };
        keys.changes = new CredentialChanges();
        keys.recheckSeconds = 60;
    }

    @Test
    void aWorkingKeyIsLookedUpOncePerRecheckTime() {
        for (int i = 0; i < 100; i++) {
            assertTrue(keys.verify(KEY).orElseThrow().works());
        }
        assertEquals(1, lookups.get());
    }

    @Test
    void anyCredentialChangeMakesTheNextRequestLookItUpAgain() {
        keys.verify(KEY);
        known = false; // revoked
        keys.changes.changed();

        assertEquals(Optional.empty(), keys.verify(KEY));
        assertEquals(Optional.empty(), keys.verify(KEY));
        assertEquals(3, lookups.get(), "a key that does not work is never kept");
    }

    @Test
    void aSuspendedKeyIsNeverKept() {
        suspension = Optional.of("its issuer admin is disabled");
        keys.verify(KEY);
        keys.verify(KEY);
        assertEquals(2, lookups.get());
    }

    @Test
    void aRecheckTimeOfZeroLooksUpEveryRequest() {
        keys.recheckSeconds = 0;
        keys.verify(KEY);
        keys.verify(KEY);
        assertEquals(2, lookups.get());
    }
}
