package io.tokengateway.tokens.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;

/**
 * Turns the deprecated v1 update names ({@code updateAllowedOrigins}, …) into the v2 names
 * ({@code allowedOrigins}, …), so a client written against v1 works against the v2 update.
 */
public final class UpdateFieldNames {

    private static final Set<String> V1_ONLY = Set.of(
            "updateAllowedOrigins", "updateAllowedIpAddresses", "updateBindIpsOnUsage", "updateOriginCluster",
            "updateAllowedCountries", "updateDeniedCountries", "updateGeoCascade", "updateRestream");

    private UpdateFieldNames() {
    }

    public static JsonObject toV2(JsonObject changes) {
        JsonObjectBuilder v2 = Json.createObjectBuilder();
        changes.forEach((name, value) -> {
            if (V1_ONLY.contains(name)) {
                String plain = Character.toLowerCase(name.charAt("update".length())) + name.substring("update".length() + 1);
                if (!changes.containsKey(plain)) {
                    v2.add(plain, value);
                }
            } else {
                v2.add(name, value);
            }
        });
        return v2.build();
    }
}
