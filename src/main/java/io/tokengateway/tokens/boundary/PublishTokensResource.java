package io.tokengateway.tokens.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.security.boundary.Guarded;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Millicast's publish-token API (P1–P12 of API.md) at its own paths, checked first, then forwarded. */
@Path("publish_token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublishTokensResource {

    static final String BASE = "/api/publish_token";

    @Inject
    MillicastForwarder forwarder;

    @Inject
    AuditNotes notes;

    @Inject
    BulkDeletion bulk;

    @Context
    UriInfo uri;

    @POST
    @Guarded(value = Role.EDITOR, change = "token.create", limited = true)
    public Response create(String body) {
        notes.summary("create " + body);
        return forwarder.forward("POST", BASE, uri, body);
    }

    @GET
    @Path("{id}")
    @Guarded(Role.VIEWER)
    public Response read(@PathParam("id") String id) {
        return forwarder.forward("GET", BASE + "/" + id, uri);
    }

    /** The deprecated v1 update, with {@code update*} names. */
    @PUT
    @Path("{id}")
    @Guarded(value = Role.EDITOR, change = "token.update", limited = true)
    public Response updateV1(@PathParam("id") String id, String body) {
        noteToken(id, "update (v1) " + body);
        return forwarder.forward("PUT", BASE + "/" + id, uri, body);
    }

    @DELETE
    @Path("{id}")
    @Guarded(value = Role.EDITOR, change = "token.delete", limited = true)
    public Response delete(@PathParam("id") String id) {
        noteToken(id, "delete");
        return forwarder.forward("DELETE", BASE + "/" + id, uri);
    }

    @GET
    @Path("list")
    @Guarded(Role.VIEWER)
    public Response list() {
        return forwarder.forward("GET", BASE + "/list", uri);
    }

    @GET
    @Path("list_by_name")
    @Guarded(Role.VIEWER)
    public Response listByName() {
        return forwarder.forward("GET", BASE + "/list_by_name", uri);
    }

    @GET
    @Path("list_by_cluster")
    @Guarded(Role.VIEWER)
    public Response listByCluster() {
        return forwarder.forward("GET", BASE + "/list_by_cluster", uri);
    }

    @GET
    @Path("active")
    @Guarded(Role.VIEWER)
    public Response active() {
        return forwarder.forward("GET", BASE + "/active", uri);
    }

    @GET
    @Path("active/all")
    @Guarded(Role.VIEWER)
    public Response allActive() {
        return forwarder.forward("GET", BASE + "/active/all", uri);
    }

    /** Bulk disable: {@code {"tokenIds":[…]}}. */
    @PATCH
    @Path("disable")
    @Guarded(value = Role.EDITOR, change = "token.disable", limited = true)
    public Response disable(String body) {
        notes.summary("disable " + body);
        return forwarder.forward("PATCH", BASE + "/disable", uri, body);
    }

    @POST
    @Path("{id}/restream/sync")
    @Guarded(value = Role.EDITOR, change = "token.restream.sync", limited = true)
    public Response syncRestream(@PathParam("id") String id) {
        noteToken(id, "restream sync");
        return forwarder.forward("POST", BASE + "/" + id + "/restream/sync", uri);
    }

    /** Gateway extension, not part of Dolby's API: delete many tokens, {@code {"tokenIds":[…]}}, each audited. */
    @POST
    @Path("delete")
    @Guarded(value = Role.EDITOR, change = "token.delete.bulk", limited = true)
    public Response deleteMany(String body) {
        return bulk.delete(BASE, body);
    }

    /** Gateway extension, not part of Dolby's API: every token, walking pages of 100 (bounded). */
    @GET
    @Path("list/all")
    @Guarded(Role.VIEWER)
    public Response listAll() {
        return bulk.listAll(BASE, uri);
    }

    private void noteToken(String id, String summary) {
        notes.summary(summary);
        if (id.matches("\\d{1,9}")) {
            notes.token(Integer.valueOf(id), null);
        }
    }
}
