package io.tokengateway.tokens.boundary;

import io.tokengateway.security.boundary.Guarded;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Millicast's publish-token API (P1–P12 of API.md) at its own paths; what only publish tokens have is here. */
@Path("publish_token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublishTokensResource extends TokenPathsResource {

    @Override
    protected String base() {
        return "/api/publish_token";
    }

    @GET
    @Path("list_by_cluster")
    @Guarded(Role.VIEWER)
    public Response listByCluster() {
        return forwarder.forward("GET", base() + "/list_by_cluster", uri);
    }

    @GET
    @Path("active")
    @Guarded(Role.VIEWER)
    public Response active() {
        return forwarder.forward("GET", base() + "/active", uri);
    }

    @GET
    @Path("active/all")
    @Guarded(Role.VIEWER)
    public Response allActive() {
        return forwarder.forward("GET", base() + "/active/all", uri);
    }

    /** Bulk disable: {@code {"tokenIds":[…]}}. */
    @PATCH
    @Path("disable")
    @Guarded(value = Role.EDITOR, change = "token.disable", limited = true)
    public Response disable(String body) {
        notes.summary("disable " + body);
        return forwarder.forward("PATCH", base() + "/disable", uri, body);
    }

    @POST
    @Path("{id}/restream/sync")
    @Guarded(value = Role.EDITOR, change = "token.restream.sync", limited = true)
    public Response syncRestream(@PathParam("id") String id) {
        noteToken(id, "restream sync");
        return forwarder.forward("POST", base() + "/" + id + "/restream/sync", uri);
    }
}
