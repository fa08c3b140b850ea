package io.tokengateway.tokens.boundary;

import static io.tokengateway.contract.entity.Operation.PUBLISH_UPDATE_V2;
import static io.tokengateway.contract.entity.Operation.SUBSCRIBE_UPDATE_V2;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.platform.control.JsonBodies;
import io.tokengateway.security.boundary.Guarded;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Millicast's current updates (P4, S4), {@code PUT /api/v2/{publish,subscribe}_token/{id}}. */
@Path("v2")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensV2Resource {

    @Inject
    MillicastForwarder forwarder;

    @Inject
    AuditNotes notes;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uri;

    @Operation(summary = "Update a publish token, current v2 names (Millicast P4)")
    @PUT
    @Path("publish_token/{id}")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_UPDATE, limited = true)
    public Response updatePublishToken(@Encoded @PathParam("id") String id, String body) {
        return update(PUBLISH_UPDATE_V2, id, body);
    }

    @Operation(summary = "Update a subscribe token, current v2 names (Millicast S4)")
    @PUT
    @Path("subscribe_token/{id}")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_UPDATE, limited = true)
    public Response updateSubscribeToken(@Encoded @PathParam("id") String id, String body) {
        return update(SUBSCRIBE_UPDATE_V2, id, body);
    }

    private Response update(io.tokengateway.contract.entity.Operation route, String id, String body) {
        notes.summary("update", bodies.valueIfJson(body).orElse(null));
        if (id.matches("\\d{1,9}")) {
            notes.token(Integer.valueOf(id), null);
        }
        return forwarder.forward(route, route.kind(), id, uri, body);
    }
}
