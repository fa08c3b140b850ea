package io.tokengateway.platform.entity;

import io.tokengateway.platform.control.JsonFactories;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * The one place that knows the Millicast response envelope ({@code ../shared/millicast/API.md} §5):
 * {@code {status:"success",data}}, {@code {status:"fail",data}} for 4xx and
 * {@code {status:"error",message,code,data}} for 5xx.
 */
public final class MillicastEnvelope {

    /** JSON.createObjectBuilder() looks the provider up on every call; one factory does it once. */
    private static final JsonBuilderFactory JSON = JsonFactories.builders();

    private MillicastEnvelope() {
    }

    public static JsonObject success(JsonValue data) {
        return JSON.createObjectBuilder().add("status", "success").add("data", data).build();
    }

    public static JsonObject fail(JsonValue data) {
        return JSON.createObjectBuilder().add("status", "fail").add("data", data).build();
    }

    /** {@code {"status":"fail","data":{"<field>":"<message>"}}}, e.g. an unknown token id. */
    public static JsonObject fieldFailure(String field, String message) {
        return fail(JSON.createObjectBuilder().add(field, message).build());
    }

    /** {@code {"status":"fail","data":{"message":"<message>"}}}, e.g. Unauthorized. */
    public static JsonObject failMessage(String message) {
        return fail(JSON.createObjectBuilder().add("message", message).build());
    }

    /** Model validation: every field with all of its messages, {@code "message":"Validation errors"}. */
    public static JsonObject validation(Map<String, List<String>> errors) {
        JsonObjectBuilder fields = JSON.createObjectBuilder();
        errors.forEach((field, messages) -> {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            messages.forEach(list::add);
            fields.add(field, list);
        });
        return fail(JSON.createObjectBuilder().add("errors", fields).add("message", "Validation errors").build());
    }

    /** A server-side error: {@code {"status":"error","message":…,"code":…,"data":{}}}. */
    public static JsonObject error(int code, String message) {
        return JSON.createObjectBuilder()
                .add("status", "error")
                .add("message", message)
                .add("code", code)
                .add("data", JsonValue.EMPTY_JSON_OBJECT)
                .build();
    }
}
