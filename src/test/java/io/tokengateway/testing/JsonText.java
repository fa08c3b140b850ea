package io.tokengateway.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Parses JSON text in tests, so that assertions compare values, not formatting. */
public final class JsonText {

    private JsonText() {
    }

    public static JsonValue parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    public static JsonObject object(String text) {
        return parse(text).asJsonObject();
    }
}
