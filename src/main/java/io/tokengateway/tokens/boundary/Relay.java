package io.tokengateway.tokens.boundary;

import io.tokengateway.contract.entity.UpstreamResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Hands an upstream answer to the caller as it came: same status, same JSON envelope, same {@code Retry-After}. */
final class Relay {

    private Relay() {
    }

    static Response of(UpstreamResponse answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.body());
        if (answer.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, answer.retryAfter());
        }
        return response.build();
    }
}
