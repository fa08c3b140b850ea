package io.tokengateway.security.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.security.control.LastAdminException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The last enabled admin may not be demoted or disabled: 409 in Millicast's shape, saying why. */
@Provider
public class LastAdminMapper implements ExceptionMapper<LastAdminException> {

    @Inject
    AuditNotes notes;

    @Override
    public Response toResponse(LastAdminException e) {
        notes.reason("last enabled admin");
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(MillicastEnvelope.failMessage(e.getMessage()).toString()).build();
    }
}
