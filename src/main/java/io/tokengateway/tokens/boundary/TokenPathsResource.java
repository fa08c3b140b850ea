package io.tokengateway.tokens.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.security.boundary.Guarded;
import io.tokengateway.security.entity.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * What publish and subscribe tokens share at Millicast's paths (create, read, v1 update, delete, the lists) and
 * the gateway's extensions; each call is checked first, then forwarded. The subclasses name the path.
 */
public abstract class TokenPathsResource {

    @Inject
    MillicastForwarder forwarder;

    @Inject
    AuditNotes notes;

    @Inject
    BulkDeletion bulk;

    @Context
    UriInfo uri;

    /** The upstream path of this kind of token, e.g. {@code /api/publish_token}. */
    protected abstract String base();

    @POST
    @Guarded(value = Role.EDITOR, change = "token.create", limited = true)
    public Response create(String body) {
        notes.summary("create " + body);
        return forwarder.forward("POST", base(), uri, body);
    }

    @GET
    @Path("{id}")
    @Guarded(Role.VIEWER)
    public Response read(@PathParam("id") String id) {
        return forwarder.forward("GET", base() + "/" + id, uri);
    }

    /** The deprecated v1 update, with {@code update*} names. */
    @PUT
    @Path("{id}")
    @Guarded(value = Role.EDITOR, change = "token.update", limited = true)
    public Response updateV1(@PathParam("id") String id, String body) {
        noteToken(id, "update (v1) " + body);
        return forwarder.forward("PUT", base() + "/" + id, uri, body);
    }

    @DELETE
    @Path("{id}")
    @Guarded(value = Role.EDITOR, change = "token.delete", limited = true)
    public Response delete(@PathParam("id") String id) {
        noteToken(id, "delete");
        return forwarder.forward("DELETE", base() + "/" + id, uri);
    }

    @GET
    @Path("list")
    @Guarded(Role.VIEWER)
    public Response list() {
        return forwarder.forward("GET", base() + "/list", uri);
    }

    @GET
    @Path("list_by_name")
    @Guarded(Role.VIEWER)
    public Response listByName() {
        return forwarder.forward("GET", base() + "/list_by_name", uri);
    }

    /** Gateway extension, not part of Dolby's API: delete many tokens, {@code {"tokenIds":[…]}}, each audited. */
    @POST
    @Path("delete")
    @Guarded(value = Role.EDITOR, change = "token.delete.bulk", limited = true)
    public Response deleteMany(String body) {
        return bulk.delete(base(), body);
    }

    /** Gateway extension, not part of Dolby's API: every token, walking pages of 100 (bounded). */
    @GET
    @Path("list/all")
    @Guarded(Role.VIEWER)
    public Response listAll() {
        return bulk.listAll(base(), uri);
    }

    protected void noteToken(String id, String summary) {
        notes.summary(summary);
        if (id.matches("\\d{1,9}")) {
            notes.token(Integer.valueOf(id), null);
        }
    }
}
