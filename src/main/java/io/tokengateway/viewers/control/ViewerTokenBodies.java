package io.tokengateway.viewers.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.control.Messages;
import io.tokengateway.contract.entity.ValidationErrors;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.viewers.entity.ViewerTokenRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bodies of the minting routes with JSON-P (one reader factory, no binding by reflection): a viewer's
 * request, or a batch {@code {"viewers":[…]}}. A member of the wrong type, or one that a request has not, is a
 * problem named by its field; a null member is one not given.
 */
public final class ViewerTokenBodies {

    private static final JsonReaderFactory READERS = JsonFactories.readers();
    static final String VIEWERS = "viewers";
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    private ViewerTokenBodies() {
    }

    /** @throws InvalidRequestException when the text is not a JSON object */
    public static JsonObject object(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.of("$", "The request body must be a JSON object.");
        }
        try (var reader = READERS.createReader(new StringReader(text))) {
            if (reader.readValue() instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            throw InvalidRequestException.of("$", "The request body is not valid JSON.");
        }
        throw InvalidRequestException.of("$", "The request body must be a JSON object.");
    }

    /** The viewers of a batch, 1 to {@link ViewerTokenSettings#MAX_BATCH}. @throws InvalidRequestException otherwise */
    public static List<JsonValue> batch(JsonObject body) {
        for (String member : body.keySet()) {
            if (!VIEWERS.equals(member)) {
                throw InvalidRequestException.of(member, unknown(member, "a batch"));
            }
        }
        if (!(body.get(VIEWERS) instanceof JsonArray viewers)) {
            throw InvalidRequestException.of(VIEWERS, body.containsKey(VIEWERS) ? Messages.notConvertible("an array")
                    : Messages.required(VIEWERS));
        }
        if (viewers.isEmpty() || viewers.size() > ViewerTokenSettings.MAX_BATCH) {
            throw InvalidRequestException.of(VIEWERS, "The field Viewers must list 1 to " + ViewerTokenSettings.MAX_BATCH
                    + " viewers; it lists " + viewers.size() + ".");
        }
        return viewers;
    }

    /** One viewer's request; its problems (by member name) go to {@code errors}. */
    public static ViewerTokenRequest viewer(JsonValue value, ValidationErrors errors) {
        if (!(value instanceof JsonObject body)) {
            errors.add("$", Messages.notConvertible("a viewer token request (an object)"));
            return null;
        }
        for (String member : body.keySet()) {
            if (!ViewerTokenRequest.MEMBERS.contains(member)) {
                errors.add(member, unknown(member, "a viewer token request"));
            }
        }
        return new ViewerTokenRequest(text(body, "streamName", errors), text(body, "viewerIp", errors),
                texts(body, "allowedOrigins", errors), whole(body, "expiresIn", errors), text(body, "trackingId", errors),
                text(body, "customViewerData", errors), text(body, "originCluster", errors));
    }

    private static String unknown(String member, String what) {
        return "'" + member + "' is not a member of " + what + ".";
    }

    private static String text(JsonObject body, String name, ValidationErrors errors) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(name, Messages.notConvertible("a string"));
        return null;
    }

    private static List<String> texts(JsonObject body, String name, ValidationErrors errors) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            errors.add(name, Messages.notConvertible("an array"));
            return null;
        }
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString string) {
                texts.add(string.getString());
            } else {
                errors.add(name + "[" + i + "]", Messages.notConvertible("a string"));
            }
        }
        return texts;
    }

    private static Long whole(JsonObject body, String name, ValidationErrors errors) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            // the rules judge the range; a number past a long's is past every limit anyway
            BigDecimal seconds = number.bigDecimalValue();
            return seconds.max(LONG_MIN).min(LONG_MAX).longValue();
        }
        errors.add(name, Messages.notConvertible("a whole number of seconds"));
        return null;
    }
}
