package io.tokengateway.contract.entity;

import jakarta.json.JsonValue;
import java.util.Map;

/**
 * One call to the Millicast REST API: method, path below the base URL (e.g. {@code /api/publish_token/7}),
 * query parameters in order, and the JSON body ({@code null} when there is none).
 */
public record UpstreamRequest(String method, String path, Map<String, String> query, JsonValue body) {

    public UpstreamRequest {
        query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(query));
    }

    public static UpstreamRequest of(String method, String path) {
        return new UpstreamRequest(method, path, Map.of(), null);
    }

    public static UpstreamRequest withBody(String method, String path, JsonValue body) {
        return new UpstreamRequest(method, path, Map.of(), body);
    }
}
