package io.tokengateway.contract.control;

import io.tokengateway.contract.entity.BodyDialect;
import io.tokengateway.contract.entity.TokenField;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.contract.entity.ValidationErrors;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.function.Predicate;

/**
 * Checks each known field of a create or update body on its own: JSON type, lengths, ranges and syntax
 * (API.md §6). Every problem is recorded under its JSON path, e.g. {@code streams[0].streamName}.
 * Rules between fields are {@link TokenConsistencyRules}.
 */
public final class TokenRequestValidator {

    /** The longest stream name Millicast accepts; the console's stream name input reads it too. */
    public static final int MAX_STREAM_NAME_LENGTH = 128;

    private static final long INT_MAX = Integer.MAX_VALUE;
    private static final long UINT_MAX = 4_294_967_295L;
    private static final int MAX_RESTREAMS = 10;

    private TokenRequestValidator() {
    }

    static void validate(TokenKind kind, BodyDialect dialect, JsonObject body, ValidationErrors errors) {
        for (TokenField field : TokenSchema.fields(kind, dialect)) {
            String key = field.requestName(dialect);
            JsonValue value = body.get(key);
            if (JsonValues.isAbsent(value)) {
                if (dialect == BodyDialect.CREATE && isRequiredOnCreate(field.name())) {
                    errors.add(key, Messages.required(key));
                }
                continue;
            }
            switch (field.type()) {
                case STRING -> checkString(field.name(), key, value, dialect, errors);
                case BOOLEAN -> expectBoolean(key, value, errors);
                case INTEGER -> checkInteger(field.name(), key, value, dialect, errors);
                case STRING_LIST -> checkStringList(field.name(), key, value, errors);
                case STREAMS -> checkStreams(key, value, dialect == BodyDialect.CREATE, errors);
                case GEO_CASCADE -> checkGeoCascade(key, value, errors);
                case RESTREAM -> checkRestream(key, value, dialect, errors);
                case TRACKING -> checkTracking(key, value, errors);
            }
        }
    }

    private static boolean isRequiredOnCreate(String name) {
        return "label".equals(name) || "streams".equals(name);
    }

    private static void checkString(String name, String key, JsonValue value, BodyDialect dialect,
            ValidationErrors errors) {
        if (!(value instanceof JsonString string)) {
            errors.add(key, Messages.notConvertible("a string"));
            return;
        }
        if ("label".equals(name)) {
            int length = string.getString().length();
            if (dialect == BodyDialect.CREATE && length == 0) {
                errors.add(key, Messages.required(key));
            } else if (length > 128) {
                errors.add(key, dialect == BodyDialect.CREATE ? Messages.length(key, 1, 128)
                        : Messages.maxLength(key, 128));
            }
        }
    }

    private static void expectBoolean(String key, JsonValue value, ValidationErrors errors) {
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            errors.add(key, Messages.notConvertible("a boolean"));
        }
    }

    private static void checkInteger(String name, String key, JsonValue value, BodyDialect dialect,
            ValidationErrors errors) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            errors.add(key, Messages.notConvertible("an integer"));
            return;
        }
        long min;
        long max;
        switch (name) {
            case "expires" -> {
                min = 1;
                max = INT_MAX;
            }
            case "bindIpsOnUsage" -> {
                min = 0;
                max = dialect == BodyDialect.UPDATE_V2 ? UINT_MAX : INT_MAX;
            }
            default -> {
                min = Integer.MIN_VALUE;
                max = INT_MAX;
            }
        }
        BigDecimal given = number.bigDecimalValue();
        if (given.compareTo(BigDecimal.valueOf(min)) < 0 || given.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(key, Messages.between(key, min, max));
        }
    }

    private static void checkStringList(String name, String key, JsonValue value, ValidationErrors errors) {
        if (!(value instanceof JsonArray array)) {
            errors.add(key, Messages.notConvertible("an array"));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String itemKey = key + "[" + i + "]";
            if (!(array.get(i) instanceof JsonString item)) {
                errors.add(itemKey, Messages.notConvertible("a string"));
                continue;
            }
            String text = item.getString();
            switch (name) {
                case "allowedOrigins" -> check(text, FieldSyntax::isOrigin, itemKey,
                        "'" + text + "' is not a valid origin; use a domain such as example.com or *.example.com.",
                        errors);
                case "allowedIpAddresses" -> check(text, FieldSyntax::isIpv4OrCidr, itemKey,
                        "'" + text + "' is not a valid IPv4 address or CIDR block.", errors);
                case "allowedCountries", "deniedCountries" -> check(text, CountryCodes::isKnown, itemKey,
                        "'" + text + "' is not an ISO 3166-1 alpha-2 country code.", errors);
                default -> {
                    // removeTokenStreams: any string names a stream
                }
            }
        }
    }

    private static void check(String text, Predicate<String> rule, String key, String message,
            ValidationErrors errors) {
        if (!rule.test(text)) {
            errors.add(key, message);
        }
    }

    private static void checkStreams(String key, JsonValue value, boolean atLeastOne, ValidationErrors errors) {
        if (!(value instanceof JsonArray array)) {
            errors.add(key, Messages.notConvertible("an array"));
            return;
        }
        if (atLeastOne && array.isEmpty()) {
            errors.add(key, Messages.minItems(key, 1));
        }
        for (int i = 0; i < array.size(); i++) {
            String itemKey = key + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject stream)) {
                errors.add(itemKey, Messages.notConvertible("an object"));
                continue;
            }
            checkStream(itemKey, stream, errors);
        }
    }

    private static void checkStream(String itemKey, JsonObject stream, ValidationErrors errors) {
        String nameKey = itemKey + ".streamName";
        JsonValue isRegex = stream.get("isRegex");
        if (!JsonValues.isAbsent(isRegex)) {
            expectBoolean(itemKey + ".isRegex", isRegex, errors);
        }
        JsonValue name = stream.get("streamName");
        if (JsonValues.isAbsent(name)) {
            errors.add(nameKey, Messages.required(nameKey));
        } else if (!(name instanceof JsonString text)) {
            errors.add(nameKey, Messages.notConvertible("a string"));
        } else if (text.getString().isEmpty()) {
            errors.add(nameKey, Messages.required(nameKey));
        } else if (text.getString().length() > MAX_STREAM_NAME_LENGTH) {
            errors.add(nameKey, Messages.length(nameKey, 1, MAX_STREAM_NAME_LENGTH));
        } else if (JsonValues.isTrue(isRegex) && !FieldSyntax.isRegex(text.getString())) {
            errors.add(nameKey, "'" + text.getString() + "' is not a valid regular expression.");
        }
    }

    private static void checkGeoCascade(String key, JsonValue value, ValidationErrors errors) {
        if (!(value instanceof JsonObject geo)) {
            errors.add(key, Messages.notConvertible("an object"));
            return;
        }
        JsonValue enabled = geo.get("isEnabled");
        if (!JsonValues.isAbsent(enabled)) {
            expectBoolean(key + ".isEnabled", enabled, errors);
        }
        JsonValue clusters = geo.get("clusters");
        String clustersKey = key + ".clusters";
        if (JsonValues.isAbsent(clusters)) {
            return;
        }
        if (!(clusters instanceof JsonArray list)) {
            errors.add(clustersKey, Messages.notConvertible("an array"));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof JsonString)) {
                errors.add(clustersKey + "[" + i + "]", Messages.notConvertible("a string"));
            }
        }
        if (JsonValues.isTrue(enabled) && list.isEmpty()) {
            errors.add(clustersKey, "The Clusters list cannot be empty when IsEnabled is true.");
        }
    }

    private static void checkRestream(String key, JsonValue value, BodyDialect dialect, ValidationErrors errors) {
        if (!(value instanceof JsonArray array)) {
            errors.add(key, Messages.notConvertible("an array"));
            return;
        }
        if (array.size() > MAX_RESTREAMS) {
            errors.add(key, Messages.maxItems(key, MAX_RESTREAMS));
        }
        for (int i = 0; i < array.size(); i++) {
            String itemKey = key + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject target)) {
                errors.add(itemKey, Messages.notConvertible("an object"));
                continue;
            }
            // the V2 model (RestreamModel) lets url be null; create and V1 (RestreamModel2) require it
            checkText(target, itemKey + ".url", 1, 2048, dialect != BodyDialect.UPDATE_V2, errors);
            checkText(target, itemKey + ".key", 5, 512, true, errors);
            checkText(target, itemKey + ".label", 0, 2048, false, errors);
            JsonValue enabled = target.get("enabled");
            if (!JsonValues.isAbsent(enabled)) {
                expectBoolean(itemKey + ".enabled", enabled, errors);
            }
        }
    }

    private static void checkTracking(String key, JsonValue value, ValidationErrors errors) {
        if (!(value instanceof JsonObject tracking)) {
            errors.add(key, Messages.notConvertible("an object"));
            return;
        }
        checkText(tracking, key + ".trackingId", 0, 128, false, errors);
    }

    /** A string property of a nested object, {@code path} ending in the property's name. */
    private static void checkText(JsonObject owner, String path, int min, int max, boolean required,
            ValidationErrors errors) {
        JsonValue value = owner.get(path.substring(path.lastIndexOf('.') + 1));
        if (JsonValues.isAbsent(value)) {
            if (required) {
                errors.add(path, Messages.required(path));
            }
            return;
        }
        if (!(value instanceof JsonString text)) {
            errors.add(path, Messages.notConvertible("a string"));
            return;
        }
        int length = text.getString().length();
        if (length < min || length > max) {
            errors.add(path, min == 0 ? Messages.maxLength(path, max) : Messages.length(path, min, max));
        }
    }
}
