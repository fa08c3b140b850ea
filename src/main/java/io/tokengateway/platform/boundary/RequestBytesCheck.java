package io.tokengateway.platform.boundary;

import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.control.StrictBodyText;
import io.tokengateway.platform.control.StrictQueryText;
import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * Lets a request's bytes through only as exactly what the client sent. The body: at most 64 KiB (else 413), labelled
 * JSON in UTF-8 (no Content-Type or another charset: 415), valid UTF-8 without lone surrogate escapes (else 400).
 * The query: percent-escapes that decode to UTF-8 (else 400). All in Millicast's shape. It runs after the access
 * decision, so that nobody's body is read before the caller is known and allowed; a Content-Length over the bound
 * is refused without looking at the body.
 */
@Provider
@Priority(RequestBytesCheck.AFTER_ACCESS)
public class RequestBytesCheck implements ContainerRequestFilter {

    /** After {@code security.boundary.AccessFilter} (AUTHORIZATION), before anything that reads the entity. */
    static final int AFTER_ACCESS = Priorities.AUTHORIZATION + 100;

    static final int MAX_BYTES = 64 * 1024;

    /** How much of a refused body is read and dropped, so that an HTTP/1.1 client hears the answer, not a reset. */
    private static final long DRAIN_BYTES = 16L * 1024 * 1024;

    /** Why a body is refused: the status and the message of Millicast's {@code {"status":"fail",…}} answer. */
    record Refusal(Response.Status status, String message) {

        static final Refusal TOO_LARGE = new Refusal(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "Request Entity Too Large: at most " + MAX_BYTES + " bytes");
        static final Refusal NOT_JSON = new Refusal(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type");

        Response response() {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(MillicastEnvelope.failMessage(message).toString()).build();
        }
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        StrictQueryText.check(request.getUriInfo().getRequestUri().getRawQuery());
        refusal(request).ifPresent(refused -> request.abortWith(refused.response()));
    }

    /**
     * Reads the body (at most one byte past the bound) and puts it back for the resource, or says why not.
     * @throws InvalidRequestException for bytes that are not UTF-8 or a lone surrogate escape (400, validation shape)
     */
    static Optional<Refusal> refusal(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MAX_BYTES) {
            drain(request.getEntityStream());
            return Optional.of(Refusal.TOO_LARGE);
        }
        // as many bytes as announced (and one more, to see a longer body) or, without a length, up to the bound
        int announced = request.getLength();
        byte[] body = request.getEntityStream().readNBytes(announced >= 0 ? announced + 1 : MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            drain(request.getEntityStream());
            return Optional.of(Refusal.TOO_LARGE);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        if (body.length == 0) {
            return Optional.empty();
        }
        if (!isJsonInUtf8(request.getMediaType())) {
            return Optional.of(Refusal.NOT_JSON);
        }
        StrictBodyText.of(body);
        return Optional.empty();
    }

    /**
     * A body without a Content-Type is refused like any other that is not JSON. Routing already matched the type
     * against the resource's {@code @Consumes}; only its charset is left to check: JSON is UTF-8 (RFC 8259 §8.1).
     */
    static boolean isJsonInUtf8(MediaType type) {
        if (type == null) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null) {
            return true;
        }
        try {
            return Charset.forName(charset.strip()).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return false;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long left = DRAIN_BYTES;
        for (int n; left > 0 && (n = in.read(buffer)) > 0; left -= n) {
            // dropped
        }
    }
}
