package io.tokengateway.contract.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.contract.entity.ValidationErrors;
import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The 4xx answers Millicast gives to a request it refuses: HTTP status plus a {@link MillicastEnvelope}. */
public final class Refusals {

    private static final JsonBuilderFactory JSON = JsonFactories.builders();

    private Refusals() {
    }

    /** 400 in the model-validation shape (b) of API.md §5. */
    public static UpstreamResponse invalid(ValidationErrors errors) {
        return reply(400, MillicastEnvelope.validation(errors.asMap()));
    }

    public static UpstreamResponse invalid(String field, String message) {
        ValidationErrors errors = new ValidationErrors();
        errors.add(field, message);
        return invalid(errors);
    }

    /** 400 in the flat shape of list_by_cluster (API.md P8): each field with its first message. */
    public static UpstreamResponse invalidFlat(ValidationErrors errors) {
        JsonObjectBuilder data = JSON.createObjectBuilder();
        errors.asMap().forEach((field, messages) -> data.add(field, messages.get(0)));
        return reply(400, MillicastEnvelope.fail(data.build()));
    }

    /** 400 in the field-keyed shape (a), e.g. {@code {"tokenId":"No publish token with id: 9"}}. */
    public static UpstreamResponse fieldFailure(String field, String message) {
        return reply(400, MillicastEnvelope.fieldFailure(field, message));
    }

    public static UpstreamResponse noPropertiesToUpdate() {
        return fieldFailure("token", "No properties specified to update.");
    }

    /** A body that is not a JSON object, reported against the root {@code $}. */
    public static UpstreamResponse bodyNotAnObject(JsonValue body) {
        return invalid("$", body == null ? "A non-empty request body is required."
                : Messages.notConvertible("an object"));
    }

    public static UpstreamResponse notFound() {
        return reply(404, MillicastEnvelope.failMessage("Not Found"));
    }

    public static UpstreamResponse methodNotAllowed() {
        return reply(405, MillicastEnvelope.failMessage("Method Not Allowed"));
    }

    private static UpstreamResponse reply(int status, JsonObject envelope) {
        return new UpstreamResponse(status, envelope.toString());
    }
}
