package io.tokengateway.sandbox.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.control.JsonValues;
import io.tokengateway.contract.entity.BodyDialect;
import io.tokengateway.sandbox.entity.SandboxToken;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Applies a validated V1 or V2 update body to a token, giving the new token. */
final class TokenUpdater {

    private static final JsonBuilderFactory JSON = JsonFactories.builders();

    private final TokenSecrets secrets;

    TokenUpdater(TokenSecrets secrets) {
        this.secrets = secrets;
    }

    SandboxToken apply(SandboxToken current, JsonObject body, BodyDialect dialect) {
        SandboxToken next = current;
        if (body.get("label") instanceof JsonString label) {
            next = next.withLabel(label.getString());
        }
        JsonValue active = body.get("isActive");
        if (!JsonValues.isAbsent(active)) {
            next = next.withActive(JsonValues.isTrue(active));
        }
        if (JsonValues.isTrue(body.get("refreshToken"))) {
            next = next.withToken(secrets.newToken());
        }
        if (body.containsKey("removeTokenStreams") || body.containsKey("addTokenStreams")) {
            next = next.withStreams(StreamNames.afterUpdate(next.streams(), body.get("removeTokenStreams"),
                    body.get("addTokenStreams")));
        }
        JsonObject extras = JSON.createObjectBuilder(next.extras())
                .addAll(JSON.createObjectBuilder(TokenExtras.passThrough(current.kind(), body)))
                .build();
        return next.withSettings(TokenSettings.overlay(next.settings(), current.kind(), dialect, body), extras);
    }
}
