package io.tokengateway.sandbox.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.control.JsonValues;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.sandbox.entity.SandboxAccount;
import io.tokengateway.sandbox.entity.SandboxToken;
import io.tokengateway.sandbox.entity.StreamName;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.function.Function;

/** The one mapping from a stored token to the API's token JSON (API.md §4), in its V1 and V2 forms. */
final class TokenJson {

    private static final JsonBuilderFactory JSON = JsonFactories.builders();

    /** Which response the token goes into. */
    enum View {
        /** The create response: V1 fields, microsecond timestamps. */
        CREATED,
        /** GET, V1 PUT and lists: with the deprecated {@code name}, whole seconds. */
        V1,
        /** V2 PUT: no {@code name}, whole seconds. */
        V2
    }

    private TokenJson() {
    }

    static JsonObject toJson(SandboxToken token, View view) {
        Function<Instant, String> time = view == View.CREATED ? ApiTimestamps::micros : ApiTimestamps::seconds;
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", token.id());
        if (view != View.V2) {
            json.add("name", token.label());
        }
        json.add("label", token.label())
                .add("token", token.token())
                .add("addedOn", time.apply(token.addedOn()));
        if (token.expiresOn() == null) {
            json.addNull("expiresOn");
        } else {
            json.add("expiresOn", time.apply(token.expiresOn()));
        }
        json.add("isActive", token.isActive()).add("streams", streams(token));
        token.settings().forEach(json::add);
        json.add("effectiveSettings", effectiveSettings(token));
        if (token.kind() == TokenKind.PUBLISH) {
            json.add("integrationId", "None");
            if (token.settings().getBoolean("displaySrtPassphrase", false)) {
                json.add("srtPassphrase", token.srtPassphrase());
            } else {
                json.addNull("srtPassphrase");
            }
            json.add("adminSettings", JSON.createObjectBuilder().addNull("forcedServerId"));
        } else {
            json.add("adminSettings", JSON.createObjectBuilder().addNull("forcedServerId").add("dumpStats", false));
        }
        token.extras().forEach(json::add);
        return json.build();
    }

    private static JsonArrayBuilder streams(SandboxToken token) {
        JsonArrayBuilder streams = JSON.createArrayBuilder();
        for (StreamName stream : token.streams()) {
            streams.add(JSON.createObjectBuilder()
                    .add("streamName", stream.streamName())
                    .add("isRegex", stream.isRegex()));
        }
        return streams;
    }

    /** The token's own values where it has them, the sandbox account's defaults elsewhere. */
    private static JsonObjectBuilder effectiveSettings(SandboxToken token) {
        JsonObject settings = token.settings();
        JsonObjectBuilder effective = JSON.createObjectBuilder()
                .add("originCluster", token.effectiveOriginCluster())
                .add("allowedCountries", settings.get("allowedCountries"))
                .add("deniedCountries", settings.get("deniedCountries"));
        if (token.kind() == TokenKind.PUBLISH) {
            JsonObject geo = settings.getJsonObject("geoCascade");
            JsonValue enabled = geo.get("isEnabled");
            boolean isEnabled = JsonValues.isAbsent(enabled)
                    ? SandboxAccount.GEO_CASCADE_ENABLED : JsonValues.isTrue(enabled);
            effective.add("geoCascade", JSON.createObjectBuilder()
                    .add("isEnabled", isEnabled)
                    .add("clusters", geo.get("clusters")));
            effective.add("enableUTCInsertion", settings.get("enableUTCInsertion"));
        }
        return effective;
    }
}
