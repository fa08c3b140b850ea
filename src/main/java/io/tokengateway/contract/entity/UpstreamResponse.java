package io.tokengateway.contract.entity;

import jakarta.json.Json;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/**
 * What the Millicast API (or the sandbox) answered: the HTTP status and the JSON body exactly as received,
 * normally the {@code {status, data}} envelope.
 */
public record UpstreamResponse(int status, String body) {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The body parsed as JSON. */
    public JsonValue json() {
        try (var reader = READERS.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }
}
