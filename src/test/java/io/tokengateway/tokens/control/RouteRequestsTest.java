package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamRequest;
import jakarta.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteRequestsTest {

    @ParameterizedTest
    @CsvSource({
        "PUBLISH_READ, PUBLISH, 7, GET, /api/publish_token/7",
        "PUBLISH_READ, SUBSCRIBE, 7, GET, /api/subscribe_token/7",
        "PUBLISH_UPDATE_V2, SUBSCRIBE, 9, PUT, /api/v2/subscribe_token/9",
        "SUBSCRIBE_DELETE, PUBLISH, 12, DELETE, /api/publish_token/12",
        "PUBLISH_RESTREAM_SYNC, PUBLISH, 5, POST, /api/publish_token/5/restream/sync",
        "PUBLISH_READ, PUBLISH, 7%3Fx=1, GET, /api/publish_token/7%3Fx=1"})
    void aRouteWithAnIdIsItsPathWithTheIdAsGiven(Operation route, TokenKind kind, String id, String method,
            String path) {
        assertEquals(new UpstreamRequest(method, path, Map.of(), null), RouteRequests.of(route, kind, id, Map.of(), null));
    }

    @ParameterizedTest
    @CsvSource({
        "PUBLISH_CREATE, SUBSCRIBE, POST, /api/subscribe_token",
        "PUBLISH_LIST, PUBLISH, GET, /api/publish_token/list",
        "PUBLISH_ACTIVE_ALL, PUBLISH, GET, /api/publish_token/active/all",
        "PUBLISH_ACTIVE, SUBSCRIBE, GET, /api/subscribe_token/active",
        "PUBLISH_DISABLE, SUBSCRIBE, PATCH, /api/subscribe_token/disable"})
    void aRouteForAnotherKindIsTheSamePathUnderThatKindsSegment(Operation route, TokenKind kind, String method,
            String path) {
        assertEquals(new UpstreamRequest(method, path, Map.of(), null), RouteRequests.of(route, kind, null, Map.of(), null));
    }

    @Test
    void theShortFormsCallTheRouteOfItsOwnKind() {
        var body = Json.createObjectBuilder().add("label", "x").build();
        Map<String, String> query = Map.of("page", "2");
        assertEquals(new UpstreamRequest("GET", "/api/publish_token/active/all", Map.of(), null),
                RouteRequests.of(Operation.PUBLISH_ACTIVE_ALL));
        assertEquals(new UpstreamRequest("DELETE", "/api/subscribe_token/3", Map.of(), null),
                RouteRequests.of(Operation.SUBSCRIBE_DELETE, 3));
        assertEquals(new UpstreamRequest("GET", "/api/subscribe_token/list", query, null),
                RouteRequests.withQuery(Operation.SUBSCRIBE_LIST, query));
        assertEquals(new UpstreamRequest("POST", "/api/publish_token", Map.of(), body),
                RouteRequests.withBody(Operation.PUBLISH_CREATE, body));
        assertEquals(new UpstreamRequest("PUT", "/api/v2/publish_token/8", Map.of(), body),
                RouteRequests.withBody(Operation.PUBLISH_UPDATE_V2, 8, body));
    }

    @Test
    void anIdIsRequiredExactlyWhereTheRouteHasOne() {
        assertThrows(IllegalArgumentException.class, () -> RouteRequests.of(Operation.PUBLISH_READ));
        assertThrows(IllegalArgumentException.class, () -> RouteRequests.of(Operation.PUBLISH_LIST, 7));
    }
}
