package io.tokengateway.tokens.control;

import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.UpstreamRequest;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place that turns a route of the table ({@link Operation}) into the request that calls it: the route's
 * method, its path with the token id in place of {@code {id}}, the query and the body. The resources, the bulk
 * operations and {@link TokenGateway}'s own calls name the route; none of them spells a path.
 */
public final class RouteRequests {

    private RouteRequests() {
    }

    /** A route that takes nothing, e.g. {@code GET /api/publish_token/active/all}. */
    public static UpstreamRequest of(Operation route) {
        return of(route, route.kind(), null, Map.of(), null);
    }

    /** A route that takes a token id only, e.g. {@code GET /api/publish_token/7}. */
    public static UpstreamRequest of(Operation route, int tokenId) {
        return of(route, route.kind(), Integer.toString(tokenId), Map.of(), null);
    }

    /** A route that takes a query only, e.g. {@code GET /api/publish_token/list?page=1…}. */
    public static UpstreamRequest withQuery(Operation route, Map<String, String> query) {
        return of(route, route.kind(), null, query, null);
    }

    /** A route that takes a body only, e.g. {@code POST /api/publish_token}. */
    public static UpstreamRequest withBody(Operation route, JsonValue body) {
        return of(route, route.kind(), null, Map.of(), body);
    }

    /** A route that takes a token id and a body, e.g. {@code PUT /api/v2/publish_token/7}. */
    public static UpstreamRequest withBody(Operation route, int tokenId, JsonValue body) {
        return of(route, route.kind(), Integer.toString(tokenId), Map.of(), body);
    }

    /**
     * A route as a client called it for tokens of {@code kind}: a route of one kind stands for the same path under
     * the other kind's segment ({@code /api/subscribe_token/…} for {@code /api/publish_token/…}), even where
     * Millicast has no such route (subscribe tokens have no {@code active}): the rules then refuse it as Millicast
     * does. The token id goes in as the client spelled it, for the rules to judge before anything goes upstream.
     *
     * @param tokenId the id segment, or null for a route without one
     * @param body    the JSON body, or null for none
     * @throws IllegalArgumentException when the id is missing from a route with one, or given to a route without
     */
    public static UpstreamRequest of(Operation route, TokenKind kind, String tokenId, Map<String, String> query,
            JsonValue body) {
        if (route.hasTokenId() != (tokenId != null)) {
            throw new IllegalArgumentException(route + (tokenId == null ? " needs a token id" : " takes no token id"));
        }
        String path = Arrays.stream(route.path().split("/", -1))
                .map(segment -> segment.equals(route.kind().pathSegment()) ? kind.pathSegment()
                        : segment.equals(Operation.ID) ? tokenId : segment)
                .collect(Collectors.joining("/"));
        return new UpstreamRequest(route.method(), path, query, body);
    }
}
