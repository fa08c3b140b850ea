package io.tokengateway.platform.boundary;

import io.tokengateway.platform.control.FaultLog;
import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A fault of the gateway itself: the client gets 500 with a reference, never a stack trace; the log gets the
 * stack trace under the same reference, redacted ({@link FaultLog}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    @Inject
    FaultLog faults;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(RuntimeException e) {
        String reference = faults.record(e, request == null ? "a request" : request.getMethod() + " " + request.getRequestURI());
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(MillicastEnvelope.error(500, "Internal gateway error, reference " + reference).toString())
                .build();
    }
}
