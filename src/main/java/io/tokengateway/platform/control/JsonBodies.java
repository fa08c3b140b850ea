package io.tokengateway.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.util.Optional;

/** Reads request bodies: JSON text to a JSON object, and a JSON object to a typed request record. */
@ApplicationScoped
public class JsonBodies {

    static final String NOT_AN_OBJECT = "The request body must be a JSON object.";

    @Inject
    Jsonb jsonb;

    public JsonBodies() {
    }

    JsonBodies(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    /** @throws InvalidRequestException when the text is empty, not JSON, or not an object */
    public JsonObject object(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.of("$", NOT_AN_OBJECT);
        }
        try (var reader = JsonFactories.reader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw InvalidRequestException.of("$", NOT_AN_OBJECT);
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw InvalidRequestException.of("$", "The request body is not valid JSON.");
        }
    }

    /** Any JSON value. @throws InvalidRequestException when the text is not JSON */
    public JsonValue value(String text) {
        try (var reader = JsonFactories.reader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw InvalidRequestException.of("$", "The request body is not valid JSON.");
        }
    }

    /** Any JSON value, or nothing when the text is blank or not JSON (the caller refuses it elsewhere). */
    public Optional<JsonValue> valueIfJson(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (var reader = JsonFactories.reader(new StringReader(text))) {
            return Optional.of(reader.readValue());
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    /** @throws InvalidRequestException when a member has the wrong JSON type for {@code type} */
    public <T> T bind(JsonObject object, Class<T> type) {
        try {
            return jsonb.fromJson(object.toString(), type);
        } catch (JsonbException e) {
            throw InvalidRequestException.of("$", "The JSON body does not have the expected shape: "
                    + "check the types of its members.");
        }
    }
}
