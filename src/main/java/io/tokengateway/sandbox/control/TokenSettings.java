package io.tokengateway.sandbox.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.control.JsonValues;
import io.tokengateway.contract.control.TokenSchema;
import io.tokengateway.contract.entity.BodyDialect;
import io.tokengateway.contract.entity.TokenField;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.sandbox.entity.SandboxAccount;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * Lays the settings of a (validated) body over a token's settings: a value replaces the old one whole, lists
 * included; null leaves it alone, except {@code priority}, which null clears. Values are stored normalised.
 */
final class TokenSettings {

    private static final JsonBuilderFactory JSON = JsonFactories.builders();

    private TokenSettings() {
    }

    static JsonObject overlay(JsonObject base, TokenKind kind, BodyDialect dialect, JsonObject body) {
        JsonObjectBuilder settings = JSON.createObjectBuilder(base);
        for (TokenField field : TokenSchema.fields(kind, dialect)) {
            if (!field.setting()) {
                continue;
            }
            String key = field.requestName(dialect);
            JsonValue value = body.get(key);
            if (!JsonValues.isAbsent(value)) {
                settings.add(field.name(), normalise(field.name(), value));
            } else if (value != null && dialect.isUpdate() && "priority".equals(field.name())) {
                settings.addNull("priority");
            }
        }
        return settings.build();
    }

    private static JsonValue normalise(String name, JsonValue value) {
        return switch (name) {
            case "allowedCountries", "deniedCountries" -> upperCase((JsonArray) value);
            case "geoCascade" -> geoCascade((JsonObject) value);
            case "restream" -> restream((JsonArray) value);
            case "tracking" -> JSON.createObjectBuilder()
                    .add("trackingId", orNull(((JsonObject) value).get("trackingId")))
                    .build();
            default -> value;
        };
    }

    private static JsonArray upperCase(JsonArray codes) {
        JsonArrayBuilder result = JSON.createArrayBuilder();
        codes.getValuesAs(JsonString.class).forEach(code -> result.add(code.getString().toUpperCase(Locale.ROOT)));
        return result.build();
    }

    /** Clusters default to {@code ["all"]}; a null isEnabled stays null and means the account default. */
    private static JsonObject geoCascade(JsonObject geo) {
        JsonValue clusters = geo.get("clusters");
        return JSON.createObjectBuilder()
                .add("isEnabled", orNull(geo.get("isEnabled")))
                .add("clusters", JsonValues.isAbsent(clusters)
                        ? JSON.createArrayBuilder(SandboxAccount.GEO_CASCADE_CLUSTERS).build() : clusters)
                .build();
    }

    /** Each target as {@code {url,key,label,enabled}}; enabled defaults to true. */
    private static JsonArray restream(JsonArray targets) {
        JsonArrayBuilder result = JSON.createArrayBuilder();
        for (JsonObject target : targets.getValuesAs(JsonObject.class)) {
            JsonValue enabled = target.get("enabled");
            result.add(JSON.createObjectBuilder()
                    .add("url", orNull(target.get("url")))
                    .add("key", orNull(target.get("key")))
                    .add("label", orNull(target.get("label")))
                    .add("enabled", JsonValues.isAbsent(enabled) ? JsonValue.TRUE : enabled));
        }
        return result.build();
    }

    private static JsonValue orNull(JsonValue value) {
        return value == null ? JsonValue.NULL : value;
    }
}
