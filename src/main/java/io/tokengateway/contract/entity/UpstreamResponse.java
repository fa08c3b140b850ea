package io.tokengateway.contract.entity;

import io.tokengateway.platform.control.JsonFactories;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * What the Millicast API (or the sandbox) answered: the HTTP status and the JSON body exactly as received,
 * normally the {@code {status, data}} envelope, and its {@code Retry-After} header ({@code null} when it had none),
 * which the caller gets as it came.
 */
public record UpstreamResponse(int status, String body, String retryAfter) {

    private static final JsonReaderFactory READERS = JsonFactories.readers();

    /** An answer without a {@code Retry-After}. */
    public UpstreamResponse(int status, String body) {
        this(status, body, null);
    }

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
