package io.tokengateway.sandbox.control;

import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.sandbox.entity.TokenKind;
import io.tokengateway.sandbox.entity.ValidationErrors;
import io.tokengateway.tokens.entity.UpstreamResponse;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/** The sandbox's answers: HTTP status plus a {@link MillicastEnvelope} as JSON text. */
final class SandboxReplies {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private SandboxReplies() {
    }

    static UpstreamResponse ok(JsonValue data) {
        return reply(200, MillicastEnvelope.success(data));
    }

    /** 400 in the model-validation shape (b) of API.md §5. */
    static UpstreamResponse invalid(ValidationErrors errors) {
        return reply(400, MillicastEnvelope.validation(errors.asMap()));
    }

    static UpstreamResponse invalid(String field, String message) {
        ValidationErrors errors = new ValidationErrors();
        errors.add(field, message);
        return invalid(errors);
    }

    /** 400 in the flat shape of list_by_cluster (API.md P8): each field with its first message. */
    static UpstreamResponse invalidFlat(ValidationErrors errors) {
        JsonObjectBuilder data = JSON.createObjectBuilder();
        errors.asMap().forEach((field, messages) -> data.add(field, messages.get(0)));
        return reply(400, MillicastEnvelope.fail(data.build()));
    }

    static UpstreamResponse fieldFailure(String field, String message) {
        return reply(400, MillicastEnvelope.fieldFailure(field, message));
    }

    static String noSuchTokenMessage(TokenKind kind, int id) {
        return "No " + kind.word() + " token with id: " + id;
    }

    static UpstreamResponse noSuchToken(TokenKind kind, int id) {
        return fieldFailure("tokenId", noSuchTokenMessage(kind, id));
    }

    static UpstreamResponse noPropertiesToUpdate() {
        return fieldFailure("token", "No properties specified to update.");
    }

    /** A body that is not a JSON object, reported against the root {@code $}. */
    static UpstreamResponse bodyNotAnObject(JsonValue body) {
        return invalid("$", body == null ? "A non-empty request body is required."
                : Messages.notConvertible("an object"));
    }

    static UpstreamResponse notFound() {
        return reply(404, MillicastEnvelope.failMessage("Not Found"));
    }

    static UpstreamResponse methodNotAllowed() {
        return reply(405, MillicastEnvelope.failMessage("Method Not Allowed"));
    }

    static UpstreamResponse internalError() {
        return reply(500, MillicastEnvelope.error(500, "The sandbox failed to process the request."));
    }

    private static UpstreamResponse reply(int status, JsonObject envelope) {
        return new UpstreamResponse(status, envelope.toString());
    }
}
