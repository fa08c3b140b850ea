package io.tokengateway.security.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.security.control.UnknownUserException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** No such person: 404 in Millicast's shape. */
@Provider
public class UnknownUserMapper implements ExceptionMapper<UnknownUserException> {

    @Inject
    AuditNotes notes;

    @Override
    public Response toResponse(UnknownUserException e) {
        notes.reason("no such person");
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(MillicastEnvelope.fieldFailure("name", e.getMessage()).toString()).build();
    }
}
