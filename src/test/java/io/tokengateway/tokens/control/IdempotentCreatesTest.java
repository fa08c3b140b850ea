package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.entity.Meter;
import io.tokengateway.testing.RecordingMeters;
import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotentCreatesTest {

    private static final UpstreamRequest CAM = UpstreamRequest.withBody("POST", "/api/publish_token",
            Json.createObjectBuilder().add("label", "cam").build());
    private static final UpstreamRequest STUDIO = UpstreamRequest.withBody("POST", "/api/publish_token",
            Json.createObjectBuilder().add("label", "studio").build());
    private static final UpstreamResponse CREATED = new UpstreamResponse(200, "{\"status\":\"success\",\"data\":{\"id\":7}}");

    private final MemoryIdempotencyStore store = new MemoryIdempotencyStore();
    private final AtomicInteger upstreamCalls = new AtomicInteger();
    private final IdempotentCreates creates = new IdempotentCreates();
    private final RecordingMeters meters = new RecordingMeters();

    IdempotentCreatesTest() {
        creates.store = store;
        creates.waitSeconds = 5;
        creates.meters = meters;
    }

    private UpstreamResponse create() {
        upstreamCalls.incrementAndGet();
        return CREATED;
    }

    @Test
    void withoutAKeyEveryCreateHappens() {
        creates.once("person:alice", null, CAM, this::create);
        creates.once("person:alice", null, CAM, this::create);

        assertEquals(2, upstreamCalls.get());
        assertEquals(0, store.size());
    }

    @Test
    void aRepeatGetsTheFirstAnswerWithoutAnUpstreamCall() {
        var first = creates.once("person:alice", "k-1", CAM, this::create);
        var repeat = creates.once("person:alice", "k-1", CAM, this::create);

        assertEquals(1, upstreamCalls.get());
        assertFalse(first.replayed());
        assertTrue(repeat.replayed());
        assertEquals(first.answer(), repeat.answer());
        assertEquals(1, meters.times(Meter.IDEMPOTENT_REPEATS, "result", "replayed"));
    }

    @Test
    void theSameKeyOfAnotherCredentialIsAnotherKey() {
        creates.once("person:alice", "k-1", CAM, this::create);
        var bob = creates.once("api_key:12", "k-1", CAM, this::create);

        assertEquals(2, upstreamCalls.get());
        assertFalse(bob.replayed());
    }

    @Test
    void theSameKeyWithAnotherRequestIs422AndCreatesNothing() {
        creates.once("person:alice", "k-1", CAM, this::create);

        var other = creates.once("person:alice", "k-1", STUDIO, this::create);

        assertEquals(1, upstreamCalls.get());
        assertEquals(422, other.answer().status());
        assertEquals(1, meters.times(Meter.IDEMPOTENT_REPEATS, "result", "other_body"));
        assertEquals(0, meters.times(Meter.IDEMPOTENT_REPEATS, "result", "replayed"));
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Idempotency-Key was already used for a different request\"}}",
                other.answer().body());
    }

    @Test
    void aFailedAnswerIsKeptToo() {
        UpstreamResponse lost = new UpstreamResponse(504, "{\"status\":\"error\",\"message\":\"timeout\",\"code\":504,\"data\":{}}");
        creates.once("person:alice", "k-1", CAM, () -> {
            upstreamCalls.incrementAndGet();
            return lost;
        });

        var repeat = creates.once("person:alice", "k-1", CAM, this::create);

        assertEquals(1, upstreamCalls.get(), "a create that may have been made is never sent again under its key");
        assertEquals(lost, repeat.answer());
    }

    @Test
    void aCreateThatThrewGivesTheKeyBack() {
        assertThrows(IllegalStateException.class, () -> creates.once("person:alice", "k-1", CAM, () -> {
            throw new IllegalStateException("broken");
        }));

        var again = creates.once("person:alice", "k-1", CAM, this::create);

        assertFalse(again.replayed());
        assertEquals(1, upstreamCalls.get());
    }

    @Test
    void keysAreOneTo255VisibleAsciiCharacters() {
        for (String bad : List.of("", " ", "a b", "ключ", "x".repeat(256), "tab\t")) {
            var refused = assertThrows(InvalidRequestException.class, () -> creates.once("person:alice", bad, CAM, this::create));
            assertEquals(List.of("Idempotency-Key must be 1 to 255 visible ASCII characters"),
                    refused.errors().get("Idempotency-Key"), bad);
        }
        creates.once("person:alice", "x".repeat(255), CAM, this::create);
        creates.once("person:alice", "!~", CAM, this::create);
        assertEquals(2, upstreamCalls.get());
    }

    @Test
    void twoRequestsAtTheSameMomentMakeOneCallAndGetOneAnswer() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<IdempotentCreates.Outcome> first = pool.submit(() -> creates.once("person:alice", "k-1", CAM, () -> {
                upstreamCalls.incrementAndGet();
                inside.countDown();
                await(release);
                return CREATED;
            }));
            assertTrue(inside.await(5, TimeUnit.SECONDS));
            Future<IdempotentCreates.Outcome> second = pool.submit(() -> creates.once("person:alice", "k-1", CAM, this::create));
            Thread.sleep(300); // the second is waiting for the first
            assertFalse(second.isDone());
            release.countDown();

            assertSame(CREATED, first.get(5, TimeUnit.SECONDS).answer());
            assertEquals(CREATED, second.get(5, TimeUnit.SECONDS).answer());
            assertTrue(second.get().replayed());
            assertEquals(1, upstreamCalls.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRepeatThatWaitsLongerThanAllowedIs409() {
        creates.waitSeconds = 0;
        store.claim("person:alice", "k-1", IdempotentCreates.fingerprint(CAM), Instant.now());

        var repeat = creates.once("person:alice", "k-1", CAM, this::create);

        assertEquals(409, repeat.answer().status());
        assertTrue(repeat.answer().body().contains("still in progress"), repeat.answer().body());
        assertEquals(0, upstreamCalls.get());
    }

    @Test
    void aStoreThatFailsIsNotMistakenForARepeat() {
        creates.store = new MemoryIdempotencyStore() {
            @Override
            public boolean claim(String credential, String key, String fingerprint, Instant now) {
                throw new IllegalStateException("database down");
            }
        };

        assertThrows(IllegalStateException.class, () -> creates.once("person:alice", "k-1", CAM, this::create));
        assertEquals(0, upstreamCalls.get());
    }

    @Test
    void aClaimThatLostARaceAtTheSameMomentWaitsForTheWinnersAnswer() {
        creates.store = new MemoryIdempotencyStore() {
            @Override
            public boolean claim(String credential, String key, String fingerprint, Instant now) {
                super.claim(credential, key, fingerprint, now); // the winner's row
                complete(credential, key, CREATED);
                throw new IllegalStateException("duplicate key"); // what the primary key says to the loser
            }
        };

        var outcome = creates.once("person:alice", "k-1", CAM, this::create);

        assertTrue(outcome.replayed());
        assertSame(CREATED, outcome.answer());
        assertEquals(0, upstreamCalls.get());
    }

    @Test
    void theFingerprintIgnoresSpacingButNotContent() {
        UpstreamRequest spaced = UpstreamRequest.withBody("POST", "/api/publish_token",
                Json.createReader(new java.io.StringReader("{ \"label\" :  \"cam\" }")).readValue());
        assertEquals(IdempotentCreates.fingerprint(CAM), IdempotentCreates.fingerprint(spaced));
        assertFalse(IdempotentCreates.fingerprint(CAM).equals(IdempotentCreates.fingerprint(STUDIO)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
