package io.tokengateway.contract.control;

import java.util.Map;
import java.util.Optional;

/** Finds a query parameter by name, ignoring case as ASP.NET binding does ({@code streamid} is {@code streamId}). */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The first parameter with this name in any case, as given (not trimmed). */
    public static Optional<String> find(Map<String, String> query, String name) {
        for (Map.Entry<String, String> entry : query.entrySet()) {
            if (name.equalsIgnoreCase(entry.getKey())) {
                return Optional.ofNullable(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
