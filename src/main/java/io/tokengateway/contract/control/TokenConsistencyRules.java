package io.tokengateway.contract.control;

import io.tokengateway.contract.entity.BodyDialect;
import io.tokengateway.contract.entity.TokenField;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.ValidationErrors;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * Rules between fields (API.md §6): record with clip, bindIpsOnUsage with allowed IPs, allowed with denied
 * countries. They are judged on the settings as they would be after the request: the body's values laid over a
 * baseline. With an empty baseline that is the body alone; with a token's current settings, an update cannot
 * reach a state a create could not. The error goes under the request's name for the field it set. A rule whose
 * fields already failed on their own is skipped: one problem, one message.
 */
public final class TokenConsistencyRules {

    private TokenConsistencyRules() {
    }

    /** @param baseline settings under their plain names; {@link JsonValue#EMPTY_JSON_OBJECT} for the body alone */
    public static void check(TokenKind kind, BodyDialect dialect, JsonObject body, JsonObject baseline,
            ValidationErrors errors) {
        Outcome after = new Outcome(kind, dialect, body, baseline);
        if (kind == TokenKind.PUBLISH && after.isTrue("record") && after.isTrue("clip")
                && after.unflagged(errors, "clip", "record")) {
            errors.add(after.keyFor("clip", "record"), "Clip cannot be true while record is true.");
        }
        if (after.number("bindIpsOnUsage") > 0 && after.listSize("allowedIpAddresses") > 0
                && after.unflagged(errors, "bindIpsOnUsage", "allowedIpAddresses")) {
            errors.add(after.keyFor("bindIpsOnUsage", "allowedIpAddresses"),
                    "BindIpsOnUsage cannot be used together with allowedIpAddresses.");
        }
        if (after.listSize("allowedCountries") > 0 && after.listSize("deniedCountries") > 0
                && after.unflagged(errors, "deniedCountries", "allowedCountries")) {
            errors.add(after.keyFor("deniedCountries", "allowedCountries"),
                    "Specify either allowedCountries or deniedCountries, not both.");
        }
    }

    /** A setting's value after the request: the body's value where it sets one, else the baseline's. */
    private record Outcome(TokenKind kind, BodyDialect dialect, JsonObject body, JsonObject settings) {

        private Optional<TokenField> field(String name) {
            return TokenSchema.fields(kind, dialect).stream().filter(f -> f.name().equals(name)).findFirst();
        }

        private String key(String name) {
            return field(name).map(f -> f.requestName(dialect)).orElse(name);
        }

        private boolean isSet(String name) {
            return field(name).isPresent() && !JsonValues.isAbsent(body.get(key(name)));
        }

        private JsonValue value(String name) {
            return isSet(name) ? body.get(key(name)) : settings.get(name);
        }

        boolean isTrue(String name) {
            return JsonValues.isTrue(value(name));
        }

        long number(String name) {
            return value(name) instanceof JsonNumber number && number.isIntegral() ? number.longValue() : 0;
        }

        int listSize(String name) {
            return value(name) instanceof JsonArray array ? array.size() : 0;
        }

        /** Neither field has a problem of its own yet. */
        boolean unflagged(ValidationErrors errors, String first, String second) {
            return !errors.hasAnyUnder(key(first)) && !errors.hasAnyUnder(key(second));
        }

        /** The request's name for the first field it sets, else for the first field. */
        String keyFor(String preferred, String other) {
            if (!isSet(preferred) && isSet(other)) {
                return key(other);
            }
            return key(preferred);
        }
    }
}
