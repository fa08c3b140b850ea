package io.tokengateway.platform.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.platform.control.InvalidRequestException;
import jakarta.inject.Inject;
import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A client's mistake: 400 in Millicast's validation shape, listing every problem. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Inject
    AuditNotes notes;

    @Override
    public Response toResponse(InvalidRequestException e) {
        notes.reason("validation: " + String.join(", ", e.errors().keySet()));
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(MillicastEnvelope.validation(e.errors()).toString())
                .build();
    }
}
