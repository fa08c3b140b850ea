package io.tokengateway.sandbox.control;

import io.tokengateway.contract.control.JsonValues;
import io.tokengateway.sandbox.entity.StreamName;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads stream lists from request bodies and applies {@code removeTokenStreams} / {@code addTokenStreams}. */
final class StreamNames {

    private StreamNames() {
    }

    /** The well-formed entries of a {@code streams} or {@code addTokenStreams} array; others are skipped. */
    static List<StreamName> parse(JsonValue value) {
        List<StreamName> streams = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject stream && stream.get("streamName") instanceof JsonString name) {
                    streams.add(new StreamName(name.getString(),
                            JsonValues.isTrue(stream.get("isRegex"))));
                }
            }
        }
        return streams;
    }

    /**
     * The streams after an update: every stream whose name is in {@code remove} goes (names not on the token
     * are ignored), then each added stream not already present is appended.
     */
    static List<StreamName> afterUpdate(List<StreamName> current, JsonValue remove, JsonValue add) {
        Set<String> removed = new HashSet<>();
        if (remove instanceof JsonArray names) {
            for (JsonValue name : names) {
                if (name instanceof JsonString text) {
                    removed.add(text.getString());
                }
            }
        }
        List<StreamName> result = new ArrayList<>();
        for (StreamName stream : current) {
            if (!removed.contains(stream.streamName())) {
                result.add(stream);
            }
        }
        for (StreamName added : parse(add)) {
            if (!result.contains(added)) {
                result.add(added);
            }
        }
        return result;
    }
}
