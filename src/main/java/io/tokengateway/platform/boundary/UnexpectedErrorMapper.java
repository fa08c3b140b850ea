package io.tokengateway.platform.boundary;

import io.tokengateway.platform.control.Redactor;
import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fault of the gateway itself: the client gets 500 with a reference, never a stack trace;
 * the log gets the details, redacted.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOGGER = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Inject
    Redactor redactor;

    @Override
    public Response toResponse(RuntimeException e) {
        String reference = UUID.randomUUID().toString();
        LOGGER.log(Level.SEVERE, "Unexpected error {0}: {1} {2}",
                new Object[] {reference, e.getClass().getName(), redactor.redact(String.valueOf(e.getMessage()))});
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(MillicastEnvelope.error(500, "Internal gateway error, reference " + reference).toString())
                .build();
    }
}
