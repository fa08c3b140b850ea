package io.tokengateway.platform.boundary;

import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses request bodies over 64 KiB with 413 in Millicast's shape, before anything reads them. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > MAX_BYTES) {
            drain(request.getEntityStream());
            request.abortWith(tooLarge());
            return;
        }
        if (request.hasEntity() && request.getLength() < 0) {
            // no Content-Length (chunked): read at most one byte past the limit to tell
            InputStream in = request.getEntityStream();
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                request.abortWith(tooLarge());
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    /** Reads and drops what the client sends (up to 16 MiB), so that it hears the answer instead of a reset. */
    private static void drain(InputStream in) throws IOException {
        long left = 16L * 1024 * 1024;
        byte[] buffer = new byte[8192];
        for (int n; left > 0 && (n = in.read(buffer)) > 0; left -= n) {
            // dropped
        }
    }

    private static Response tooLarge() {
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(MillicastEnvelope.failMessage("Request Entity Too Large: at most " + MAX_BYTES + " bytes").toString())
                .build();
    }
}
