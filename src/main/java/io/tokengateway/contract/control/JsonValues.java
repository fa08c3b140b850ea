package io.tokengateway.contract.control;

import jakarta.json.JsonValue;

/** How request bodies are read: a missing member and JSON {@code null} both mean "not given". */
public final class JsonValues {

    private JsonValues() {
    }

    public static boolean isAbsent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    public static boolean isTrue(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.TRUE;
    }
}
