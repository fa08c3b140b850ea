package io.tokengateway.sandbox.control;

import io.tokengateway.contract.entity.UpstreamRequest;
import io.tokengateway.contract.entity.UpstreamResponse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: calls a {@link SandboxUpstream} the way the gateway does and parses what it answers. */
final class SandboxClient {

    /** One answer: HTTP status and the parsed envelope. */
    record Answer(int status, JsonObject envelope) {

        JsonValue data() {
            return envelope.get("data");
        }

        JsonObject object() {
            return envelope.getJsonObject("data");
        }

        JsonArray array() {
            return envelope.getJsonArray("data");
        }

        /** The messages of one field in a validation (shape b) answer. */
        JsonArray errors(String field) {
            return object().getJsonObject("errors").getJsonArray(field);
        }
    }

    private final SandboxUpstream sandbox;

    SandboxClient(SandboxUpstream sandbox) {
        this.sandbox = sandbox;
    }

    /** JSON written with single quotes for readability: {@code json("{'label':'a'}")}. */
    static JsonObject json(String text) {
        return (JsonObject) value(text);
    }

    /** Any JSON value written with single quotes, e.g. {@code value("[{'streamName':'s'}]")}. */
    static JsonValue value(String text) {
        try (var reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readValue();
        }
    }

    /** The expected {@code errors} object: field, message, field, message … (one message per field). */
    static JsonObject errors(String... fieldsAndMessages) {
        var errors = Json.createObjectBuilder();
        for (int i = 0; i + 1 < fieldsAndMessages.length; i += 2) {
            errors.add(fieldsAndMessages[i], Json.createArrayBuilder().add(fieldsAndMessages[i + 1]));
        }
        return errors.build();
    }

    /** The expected validation envelope (shape b) for one field; messages may contain quotes. */
    static JsonObject validation(String field, String... messages) {
        return Json.createObjectBuilder()
                .add("status", "fail")
                .add("data", Json.createObjectBuilder()
                        .add("errors", Json.createObjectBuilder()
                                .add(field, Json.createArrayBuilder(List.of(messages))))
                        .add("message", "Validation errors"))
                .build();
    }

    Answer call(String method, String path, Map<String, String> query, JsonValue body) {
        UpstreamResponse response = sandbox.send(new UpstreamRequest(method, path, query, body));
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return new Answer(response.status(), reader.readObject());
        }
    }

    Answer get(String path, String... query) {
        return call("GET", path, query(query), null);
    }

    Answer post(String path, JsonValue body) {
        return call("POST", path, Map.of(), body);
    }

    Answer put(String path, JsonValue body) {
        return call("PUT", path, Map.of(), body);
    }

    Answer delete(String path) {
        return call("DELETE", path, Map.of(), null);
    }

    Answer patch(String path, JsonValue body) {
        return call("PATCH", path, Map.of(), body);
    }

    /** Creates a publish token with this label and one stream; returns its data. */
    JsonObject createPublish(String label, String stream) {
        return create("/api/publish_token", label, stream);
    }

    JsonObject createSubscribe(String label, String stream) {
        return create("/api/subscribe_token", label, stream);
    }

    private JsonObject create(String path, String label, String stream) {
        Answer answer = post(path, Json.createObjectBuilder()
                .add("label", label)
                .add("streams", Json.createArrayBuilder().add(Json.createObjectBuilder().add("streamName", stream)))
                .build());
        if (answer.status() != 200) {
            throw new AssertionError("create failed: " + answer);
        }
        return answer.object();
    }

    /** name, value, name, value … */
    private static Map<String, String> query(String... pairs) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            query.put(pairs[i], pairs[i + 1]);
        }
        return query;
    }
}
