package io.tokengateway.viewers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.tokengateway.viewers.entity.ViewerClaims;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The tokens verify with an independent JWT library (java-jwt) under the subscribe token's string, and only under it. */
class ViewerTokenSigningTest {

    private static final String KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private static ViewerClaims claims(String trackingId, String custom, String cluster) {
        return new ViewerClaims(42, "event", List.of("example.com"), List.of("203.0.113.7"), trackingId, custom, cluster,
                1_800_000_000L, 1_800_000_300L);
    }

    @Test
    void aTokenVerifiesWithTheMastersStringAndCarriesExactlyTheMembers() {
        String jwt = new JwtSigner(KEY).sign(ViewerTokenJson.payload(claims("pay-42", "seat=12", "fra-1")));

        DecodedJWT decoded = JWT.require(Algorithm.HMAC256(KEY)).acceptExpiresAt(Long.MAX_VALUE / 1000).ignoreIssuedAt().build().verify(jwt);

        assertEquals("HS256", decoded.getAlgorithm());
        assertEquals("JWT", decoded.getType());
        assertEquals(300, decoded.getClaim("exp").asLong() - decoded.getClaim("iat").asLong());
        String payload = new String(Base64.getUrlDecoder().decode(decoded.getPayload()), StandardCharsets.UTF_8);
        assertEquals("{\"streaming\":{\"tokenId\":42,\"tokenType\":\"Subscribe\",\"streamName\":\"event\","
                + "\"allowedOrigins\":[\"example.com\"],\"allowedIpAddresses\":[\"203.0.113.7\"],"
                + "\"tracking\":{\"trackingId\":\"pay-42\"},\"customViewerData\":\"seat=12\",\"originCluster\":\"fra-1\"},"
                + "\"exp\":1800000300,\"iat\":1800000000}", payload);
        Map<String, Object> streaming = decoded.getClaim("streaming").asMap();
        assertEquals(List.of("tokenId", "tokenType", "streamName", "allowedOrigins", "allowedIpAddresses", "tracking",
                "customViewerData", "originCluster"), new ArrayList<>(streaming.keySet()));
        assertEquals(List.of("streaming", "exp", "iat"), new ArrayList<>(decoded.getClaims().keySet()));
    }

    @Test
    void nullMembersAreLeftOutAndEmptyListsAreArrays() {
        ViewerClaims bare = new ViewerClaims(7, "s", List.of(), List.of(), null, null, null, 100, 160);
        assertEquals("{\"streaming\":{\"tokenId\":7,\"tokenType\":\"Subscribe\",\"streamName\":\"s\",\"allowedOrigins\":[],"
                + "\"allowedIpAddresses\":[]},\"exp\":160,\"iat\":100}", ViewerTokenJson.payload(bare));
    }

    @Test
    void aTokenSignedWithAnotherStringDoesNotVerify() {
        String jwt = new JwtSigner(KEY).sign(ViewerTokenJson.payload(claims(null, null, null)));
        assertThrows(SignatureVerificationException.class, () -> JWT.require(Algorithm.HMAC256("another-token-string"))
                .acceptExpiresAt(Long.MAX_VALUE / 1000).ignoreIssuedAt().build().verify(jwt));
    }

    @Test
    void hostileCustomDataStaysInsideItsMember() {
        String hostile = "\"},\"tokenType\":\"Publish\",\"x\":\"\\\u0000\uD83C\uDFA5";
        String jwt = new JwtSigner(KEY).sign(ViewerTokenJson.payload(claims(null, hostile, null)));
        DecodedJWT decoded = JWT.require(Algorithm.HMAC256(KEY)).acceptExpiresAt(Long.MAX_VALUE / 1000).ignoreIssuedAt().build().verify(jwt);
        Map<String, Object> streaming = decoded.getClaim("streaming").asMap();
        assertEquals(hostile, streaming.get("customViewerData"));
        assertEquals("Subscribe", streaming.get("tokenType"));
        assertFalse(jwt.contains("="), "base64url without padding");
    }

    @Test
    void oneSignerSignsFromManyThreadsAtOnce() throws Exception {
        JwtSigner signer = new JwtSigner(KEY);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                ViewerClaims c = new ViewerClaims(i, "s" + i, List.of(), List.of(), null, null, null, 100, 160 + i);
                results.add(pool.submit(() -> {
                    JWT.require(Algorithm.HMAC256(KEY)).acceptExpiresAt(Long.MAX_VALUE / 1000).ignoreIssuedAt().build()
                            .verify(signer.sign(ViewerTokenJson.payload(c)));
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSignerNeverPrintsItsKey() {
        assertFalse(new JwtSigner(KEY).toString().contains(KEY));
    }
}
