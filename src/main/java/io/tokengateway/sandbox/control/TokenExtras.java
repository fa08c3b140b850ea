package io.tokengateway.sandbox.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.control.TokenSchema;
import io.tokengateway.contract.entity.TokenKind;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Picks the body members the API does not know, which the sandbox keeps and returns as sent. */
final class TokenExtras {

    private static final JsonBuilderFactory JSON = JsonFactories.builders();

    private TokenExtras() {
    }

    /** Names the token JSON or any request model of the kind already uses are never kept. */
    static JsonObject passThrough(TokenKind kind, JsonObject body) {
        JsonObjectBuilder extras = JSON.createObjectBuilder();
        body.forEach((name, value) -> {
            if (!TokenSchema.isKnownName(kind, name)) {
                extras.add(name, value);
            }
        });
        return extras.build();
    }
}
