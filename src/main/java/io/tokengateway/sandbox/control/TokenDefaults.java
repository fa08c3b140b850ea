package io.tokengateway.sandbox.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.sandbox.entity.SandboxAccount;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The settings a new token has before the client's values are laid over them (API.md §4, openapi defaults). */
final class TokenDefaults {

    private static final JsonBuilderFactory JSON = JsonFactories.builders();
    private static final JsonObject PUBLISH = publish();
    private static final JsonObject SUBSCRIBE = subscribe();

    private TokenDefaults() {
    }

    static JsonObject settings(TokenKind kind) {
        return kind == TokenKind.PUBLISH ? PUBLISH : SUBSCRIBE;
    }

    private static JsonObjectBuilder common() {
        return JSON.createObjectBuilder()
                .add("allowedOrigins", JsonValue.EMPTY_JSON_ARRAY)
                .add("allowedIpAddresses", JsonValue.EMPTY_JSON_ARRAY)
                .addNull("bindIpsOnUsage")
                .add("originCluster", "")
                .add("allowedCountries", JsonValue.EMPTY_JSON_ARRAY)
                .add("deniedCountries", JsonValue.EMPTY_JSON_ARRAY);
    }

    private static JsonObject publish() {
        return common()
                .add("subscribeRequiresAuth", false)
                .add("record", false)
                .add("clip", false)
                .add("multisource", true)
                .add("enableThumbnails", false)
                .add("lowLatencyRtmp", true)
                .add("displaySrtPassphrase", false)
                .add("drm", false)
                .addNull("priority")
                .addNull("encoderProfileId")
                .addNull("enableUTCInsertion")
                .add("geoCascade", JSON.createObjectBuilder()
                        .add("isEnabled", SandboxAccount.GEO_CASCADE_ENABLED)
                        .add("clusters", JSON.createArrayBuilder(SandboxAccount.GEO_CASCADE_CLUSTERS)))
                .add("restream", JsonValue.EMPTY_JSON_ARRAY)
                .build();
    }

    private static JsonObject subscribe() {
        return common()
                .add("tracking", JSON.createObjectBuilder().addNull("trackingId"))
                .build();
    }
}
