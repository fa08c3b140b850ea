package io.tokengateway.viewers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.tokengateway.audit.entity.Actor;
import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.audit.entity.AuditEntry;
import io.tokengateway.contract.entity.UpstreamResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Minting against a scripted subscribe token: the answers written here, what reached the "upstream" (counted), the
 * cache's fetch-once and drop-on-change, and the counts for the audit trail.
 */
class ViewerTokenMinterTest {

    private static final Instant NOW = Instant.parse("2026-11-29T14:00:00Z");
    private static final Actor PAYWALL = new Actor("api_key", "paywall (key 3)", "minter", "10.0.0.9");
    private static final String FIRST = "aa".repeat(32);
    private static final String SECOND = "bb".repeat(32);

    private final AtomicInteger fetches = new AtomicInteger();
    private volatile String tokenString = FIRST;
    private volatile String masterJson = "\"isActive\":true,\"streams\":[{\"streamName\":\"event\",\"isRegex\":false}]";
    private final Map<String, Integer> counted = new TreeMap<>();
    private final ViewerTokenSettings settings = new ViewerTokenSettings(86_400, 300, 3600, 2, "acc1");
    private final MasterCache cache = new MasterCache(settings, Logger.getLogger("test")) {
        @Override
        UpstreamResponse fetch(int id) {
            fetches.incrementAndGet();
            if (id == 404) {
                return new UpstreamResponse(400, "{\"status\":\"fail\",\"data\":{\"tokenId\":\"No subscribe token with id: 404\"}}");
            }
            return new UpstreamResponse(200, "{\"status\":\"success\",\"data\":{\"id\":" + id + ",\"token\":\"" + tokenString
                    + "\"," + masterJson + "}}");
        }
    };
    private final ViewerTokenMinter minter = new ViewerTokenMinter(cache, settings,
            (master, caller, outcome) -> {
                synchronized (counted) {
                    counted.merge(master + " " + caller.name() + " " + outcome, 1, Integer::sum);
                }
            }, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenIsAnsweredWithItsLinkAndVerifiesWithTheMastersString() {
        MintAnswer answer = minter.mintOne(42, "{\"streamName\":\"event\",\"viewerIp\":\"203.0.113.7\",\"expiresIn\":600}", PAYWALL);

        assertEquals(200, answer.status(), answer.body());
        String jwt = answer.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertEquals("{\"status\":\"success\",\"data\":{\"token\":\"" + jwt + "\",\"tokenId\":42,\"streamName\":\"event\","
                + "\"expiresOn\":\"2026-11-29T14:10:00Z\",\"viewerUrl\":\"https://viewer.millicast.com/?streamId=acc1/event&token="
                + jwt + "\"}}", answer.body());
        var decoded = JWT.require(Algorithm.HMAC256(FIRST)).ignoreIssuedAt().acceptExpiresAt(Long.MAX_VALUE / 1000).build().verify(jwt);
        assertEquals(NOW.getEpochSecond() + 600, decoded.getExpiresAt().toInstant().getEpochSecond());
        assertEquals(Map.of("42 paywall (key 3) 200 minted", 1), counted);
    }

    @Test
    void aRefusedRequestSendsNothingUpstreamAndIsCounted() {
        MintAnswer answer = minter.mintOne(42, "{\"streamName\":\"event\",\"expiresIn\":0,\"customViewerData\":7}", PAYWALL);

        assertEquals(400, answer.status());
        assertEquals("{\"status\":\"fail\",\"data\":{\"errors\":{\"customViewerData\":[\"The JSON value could not be "
                + "converted to a string.\"],\"expiresIn\":[\"The field ExpiresIn must be between 1 and 86400.\"]},"
                + "\"message\":\"Validation errors\"}}", answer.body());
        assertEquals(0, fetches.get());
        assertEquals(Map.of("42 paywall (key 3) 400 validation: customViewerData, expiresIn", 1), counted);
        assertEquals(400, minter.mintOne(42, "[1]", PAYWALL).status());
        assertEquals(400, minter.mintOne(42, "{\"streamName\":\"event\",\"viewerIP\":\"1.2.3.4\"}", PAYWALL).status());
        assertEquals(0, fetches.get());
    }

    @Test
    void theMasterIsFetchedOnceForManyMintsAndAgainAfterAChangeThroughTheGateway() {
        for (int i = 0; i < 50; i++) {
            assertEquals(200, minter.mintOne(42, "{\"streamName\":\"event\"}", PAYWALL).status());
        }
        assertEquals(1, fetches.get());

        tokenString = SECOND; // renewed through the gateway: its audit row names the token
        cache.changed(new AuditEntry(PAYWALL, AuditActions.TOKEN_UPDATE, 42, null, "update", "200 OK"));
        String jwt = minter.mintOne(42, "{\"streamName\":\"event\"}", PAYWALL).body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        assertEquals(2, fetches.get());
        JWT.require(Algorithm.HMAC256(SECOND)).ignoreIssuedAt().acceptExpiresAt(Long.MAX_VALUE / 1000).build().verify(jwt);
        cache.changed(new AuditEntry(PAYWALL, AuditActions.USER_UPDATE, 42, null, "not a token", "200 OK"));
        minter.mintOne(42, "{\"streamName\":\"event\"}", PAYWALL);
        assertEquals(2, fetches.get());
    }

    @Test
    void anUnknownMasterIsRelayedAndNotKept() {
        MintAnswer answer = minter.mintOne(404, "{\"streamName\":\"event\"}", PAYWALL);
        minter.mintOne(404, "{\"streamName\":\"event\"}", PAYWALL);

        assertEquals(400, answer.status());
        assertEquals("{\"status\":\"fail\",\"data\":{\"tokenId\":\"No subscribe token with id: 404\"}}", answer.body());
        assertEquals(2, fetches.get());
    }

    @Test
    void aDisabledMasterMintsNothingAndSaysSo() {
        masterJson = "\"isActive\":false,\"streams\":[{\"streamName\":\"event\",\"isRegex\":false}]";
        MintAnswer answer = minter.mintOne(42, "{\"streamName\":\"event\"}", PAYWALL);
        assertEquals(400, answer.status());
        assertEquals("{\"status\":\"fail\",\"data\":{\"errors\":{\"tokenId\":[\"Subscribe token 42 is disabled: it mints no "
                + "viewer tokens.\"]},\"message\":\"Validation errors\"}}", answer.body());
    }

    @Test
    void aBatchAnswersEachViewerInOrder() {
        MintAnswer answer = minter.mintMany(42, "{\"viewers\":[{\"streamName\":\"event\"},{\"streamName\":\"other\"},"
                + "{\"streamName\":\"event\",\"trackingId\":\"t\"}]}", PAYWALL);

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().startsWith("{\"status\":\"success\",\"data\":{\"minted\":2,\"refused\":1,\"viewers\":[{\"token\":\""),
                answer.body());
        assertTrue(answer.body().contains("},{\"errors\":{\"streamName\":[\"The stream 'other' is not one that subscribe "
                + "token 42 allows.\"]}},{\"token\":\""), answer.body());
        assertEquals(Map.of("42 paywall (key 3) 200 minted", 2, "42 paywall (key 3) 400 validation: streamName", 1), counted);
    }

    @Test
    void aBatchOfMoreThan1000IsRefusedWhole() {
        List<String> viewers = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            viewers.add("{\"streamName\":\"event\"}");
        }
        MintAnswer answer = minter.mintMany(42, "{\"viewers\":[" + String.join(",", viewers) + "]}", PAYWALL);

        assertEquals(400, answer.status());
        assertEquals("{\"status\":\"fail\",\"data\":{\"errors\":{\"viewers\":[\"The field Viewers must list 1 to 1000 viewers; "
                + "it lists 1001.\"]},\"message\":\"Validation errors\"}}", answer.body());
        assertEquals(0, fetches.get());
    }

    @Test
    void theCacheHoldsAtMostItsBound() {
        for (int id = 1; id <= 5; id++) {
            minter.mintOne(id, "{\"streamName\":\"event\"}", PAYWALL);
        }
        minter.mintOne(5, "{\"streamName\":\"event\"}", PAYWALL);
        assertEquals(5, fetches.get());
        minter.mintOne(1, "{\"streamName\":\"event\"}", PAYWALL);
        assertEquals(6, fetches.get(), "the first was dropped to keep the bound of 2");
    }
}
