package io.tokengateway.security.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.security.control.PeopleRuleException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A change the people's rules refuse (no such person 404, the last enabled admin 409), in Millicast's shape. */
@Provider
public class PeopleRuleMapper implements ExceptionMapper<PeopleRuleException> {

    @Inject
    AuditNotes notes;

    @Override
    public Response toResponse(PeopleRuleException e) {
        notes.reason(e.auditReason());
        var body = e.field().map(field -> MillicastEnvelope.fieldFailure(field, e.getMessage()))
                .orElseGet(() -> MillicastEnvelope.failMessage(e.getMessage()));
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body.toString()).build();
    }
}
