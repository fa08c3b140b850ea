package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.contract.control.MillicastRules;
import io.tokengateway.contract.entity.UpstreamRequest;
import jakarta.json.Json;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalRequestsTest {

    private static final Duration BUDGET = Duration.ofSeconds(1);

    private final MillicastRules rules = new MillicastRules();

    @ParameterizedTest
    @CsvSource({
        "get, /API/Publish_Token/007/, GET, /api/publish_token/7",
        "DELETE, /api/subscribe_token/12, DELETE, /api/subscribe_token/12",
        "PUT, /api/v2/publish_token/0000000009, PUT, /api/v2/publish_token/9",
        "POST, /api/publish_token/, POST, /api/publish_token",
        "GET, /api/publish_token/list?page=1, GET, /api/publish_token/list",
        "POST, /api/publish_token/5/restream/sync/, POST, /api/publish_token/5/restream/sync"})
    void theUpstreamPathComesFromTheRouteTableAndTheParsedId(String method, String path, String upstreamMethod,
            String upstreamPath) {
        var body = Json.createObjectBuilder().add("label", "x").build();
        var request = new UpstreamRequest(method, path, Map.of("page", "1"), body);

        assertEquals(Optional.of(new UpstreamRequest(upstreamMethod, upstreamPath, Map.of("page", "1"), body)),
                CanonicalRequests.of(rules, request, BUDGET).map(UpstreamCall::request));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/publish_token/7%3Fx=1", "/api/publish_token/7%23a", "/api/publish_token/7%2F..%2Flist",
        "/api/publish_token/7%00", "/api/publish_token/%D9%A7", "/api/publish_token/\u0667",
        "/api/publish_token/%EF%BC%97", "/api/publish_token/7/../list", "/api/nothing", "/api/publish_token/7/extra"})
    void aPathWithoutAValidOperationAndIdGoesNowhere(String path) {
        assertEquals(Optional.empty(), CanonicalRequests.of(rules, UpstreamRequest.of("GET", path), BUDGET));
    }

    @Test
    void aWrongMethodGoesNowhere() {
        assertEquals(Optional.empty(), CanonicalRequests.of(rules, UpstreamRequest.of("PATCH", "/api/publish_token/7"), BUDGET));
    }
}
