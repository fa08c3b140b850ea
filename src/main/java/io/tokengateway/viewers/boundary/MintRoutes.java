package io.tokengateway.viewers.boundary;

import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.viewers.control.MintAnswer;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What both minting routes share: the subscribe token id from the path, and the answer as a response. (Each route
 * is a resource class of its own whose path ends in its own name, so that neither shadows Millicast's
 * {@code /api/subscribe_token/{id}} routes: JAX-RS picks the root resource class before the method.)
 */
final class MintRoutes {

    /** ASCII digits only (other scripts' digits are no id), as Millicast binds a token id. */
    private static final Pattern ID = Pattern.compile("[0-9]{1,10}");

    private MintRoutes() {
    }

    /** @throws InvalidRequestException (Millicast's 400 for {@code tokenId}) for a segment that is no token id */
    static int masterId(String segment) {
        String id = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!ID.matcher(id).matches() || Long.parseLong(id) > Integer.MAX_VALUE) {
            throw InvalidRequestException.of("tokenId", "The value '" + id + "' is not valid.");
        }
        return Integer.parseInt(id);
    }

    static Response answer(MintAnswer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body()).build();
    }
}
