package io.tokengateway.tokens.boundary;

import static io.tokengateway.contract.entity.Operation.PUBLISH_ACTIVE;
import static io.tokengateway.contract.entity.Operation.PUBLISH_ACTIVE_ALL;
import static io.tokengateway.contract.entity.Operation.PUBLISH_CREATE;
import static io.tokengateway.contract.entity.Operation.PUBLISH_DELETE;
import static io.tokengateway.contract.entity.Operation.PUBLISH_DISABLE;
import static io.tokengateway.contract.entity.Operation.PUBLISH_LIST;
import static io.tokengateway.contract.entity.Operation.PUBLISH_LIST_BY_CLUSTER;
import static io.tokengateway.contract.entity.Operation.PUBLISH_LIST_BY_NAME;
import static io.tokengateway.contract.entity.Operation.PUBLISH_READ;
import static io.tokengateway.contract.entity.Operation.PUBLISH_RESTREAM_SYNC;
import static io.tokengateway.contract.entity.Operation.PUBLISH_UPDATE_V1;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.platform.control.JsonBodies;
import io.tokengateway.security.boundary.Guarded;
import io.tokengateway.security.entity.Role;
import io.tokengateway.tokens.control.IdempotentCreates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Millicast's publish- and subscribe-token API (P1–P12, S1–S7 of API.md) at its own paths, and the gateway's
 * extensions. Every call is checked against Millicast's rules first (a publish-only path called for subscribe
 * tokens gets Millicast's 404 there), then forwarded with the server's secret.
 * Token ids are taken as the client encoded them ({@code @Encoded}): the rules decode each path segment, so an
 * encoded {@code ?} or {@code /} stays inside the id and makes it invalid instead of changing the path.
 * Each method names the route of the table it serves as the publish token's; called for subscribe tokens, it is
 * the same route under {@code subscribe_token} (see {@link io.tokengateway.tokens.control.RouteRequests}).
 */
@Path(TokenPathsResource.KINDS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenPathsResource {

    /** The path template of both kinds of token, {@code publish_token} and {@code subscribe_token}. */
    static final String KINDS = "{kind: publish_token|subscribe_token}";

    @Inject
    MillicastForwarder forwarder;

    @Inject
    AuditNotes notes;

    @Inject
    BulkDeletion bulk;

    @Inject
    JsonBodies bodies;

    @Context
    UriInfo uri;

    @PathParam("kind")
    String kind;

    private TokenKind kind() {
        return TokenKind.ofPathSegment(kind);
    }

    @Operation(summary = "Create a token (Millicast P1/S1)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one stream",
            value = "{\"label\":\"studio\",\"streams\":[{\"streamName\":\"cam1\"}],\"expires\":3600}")))
    @APIResponse(responseCode = "200", description = "{status:\"success\", data: the token}", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "created",
            value = "{\"status\":\"success\",\"data\":{\"id\":7,\"label\":\"studio\",\"token\":\"…64 hex…\","
                    + "\"isActive\":true,\"streams\":[{\"streamName\":\"cam1\",\"isRegex\":false}]}}")))
    @APIResponse(responseCode = "400", description = "Millicast's validation shape, every problem listed; nothing was sent upstream")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used for a different request")
    @POST
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_CREATE, limited = true)
    public Response create(@Parameter(description = "Makes a repeat of this create (same key, same body, within 24 h)"
            + " answer the first answer instead of making another token") @HeaderParam(IdempotentCreates.HEADER)
            String idempotencyKey, String body) {
        notes.summary("create", bodies.valueIfJson(body).orElse(null));
        return forwarder.create(PUBLISH_CREATE, kind(), uri, body, idempotencyKey);
    }

    @Operation(summary = "Read a token (P2/S2)")
    @GET
    @Path("{id}")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response read(@Encoded @PathParam("id") String id) {
        return forwarder.forward(PUBLISH_READ, kind(), id, uri);
    }

    /** The deprecated v1 update, with {@code update*} names. */
    @Operation(summary = "Update a token, deprecated v1 names (P3/S3)")
    @PUT
    @Path("{id}")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_UPDATE, limited = true)
    public Response updateV1(@Encoded @PathParam("id") String id, String body) {
        noteToken(id, "update (v1)");
        notes.summary("update (v1)", bodies.valueIfJson(body).orElse(null));
        return forwarder.forward(PUBLISH_UPDATE_V1, kind(), id, uri, body);
    }

    @Operation(summary = "Delete a token (P5/S5)")
    @DELETE
    @Path("{id}")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_DELETE, limited = true)
    public Response delete(@Encoded @PathParam("id") String id) {
        noteToken(id, "delete");
        return forwarder.forward(PUBLISH_DELETE, kind(), id, uri);
    }

    @Operation(summary = "One page of tokens: page, itemsOnPage 1-100, sortBy Name|AddedOn, isDescending (P6/S6)")
    @GET
    @Path("list")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response list() {
        return forwarder.forward(PUBLISH_LIST, kind(), null, uri);
    }

    @Operation(summary = "Tokens whose label or stream names match: name, filterBy, paging (P7/S7)")
    @GET
    @Path("list_by_name")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response listByName() {
        return forwarder.forward(PUBLISH_LIST_BY_NAME, kind(), null, uri);
    }

    /** Gateway extension, not part of Dolby's API: delete many tokens, {@code {"tokenIds":[…]}}, each audited. */
    @Operation(summary = "Gateway extension, not part of Dolby's API: delete many tokens; answers like the bulk disable")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "two tokens", value = "{\"tokenIds\":[7,8]}")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one gone, one unknown", value = "{\"status\":\"success\",\"data\":"
                    + "{\"successfulTokens\":[7],\"failedTokens\":[{\"tokenId\":8,\"errorMessage\":\"No publish token with id: 8\"}]}}")))
    @POST
    @Path("delete")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_DELETE_BULK, limited = true)
    public Response deleteMany(String body) {
        notes.tokenKind(kind().word());
        return bulk.delete(kind(), body);
    }

    /** Gateway extension, not part of Dolby's API: every token, walking pages of 100 (bounded). */
    @Operation(summary = "Gateway extension, not part of Dolby's API: every token, walking pages of 100 (at most 100 pages)")
    @GET
    @Path("list/all")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response listAll() {
        return bulk.listAll(kind(), uri);
    }

    @Operation(summary = "Publish tokens only: tokens of an origin cluster (P8)")
    @GET
    @Path("list_by_cluster")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response listByCluster() {
        return forwarder.forward(PUBLISH_LIST_BY_CLUSTER, kind(), null, uri);
    }

    @Operation(summary = "Publish tokens only: ids of active tokens for streamId=<account>/<stream> (P9)")
    @GET
    @Path("active")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response active() {
        return forwarder.forward(PUBLISH_ACTIVE, kind(), null, uri);
    }

    @Operation(summary = "Publish tokens only: ids of all active tokens (P10)")
    @GET
    @Path("active/all")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response allActive() {
        return forwarder.forward(PUBLISH_ACTIVE_ALL, kind(), null, uri);
    }

    @Operation(summary = "Publish tokens only: disable tokens in bulk, {\"tokenIds\":[…]} (P11)")
    @PATCH
    @Path("disable")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_DISABLE, limited = true)
    public Response disable(String body) {
        notes.summary("disable", bodies.valueIfJson(body).orElse(null));
        return forwarder.forward(PUBLISH_DISABLE, kind(), null, uri, body);
    }

    @Operation(summary = "Publish tokens only: apply restream changes to a running stream (P12)")
    @POST
    @Path("{id}/restream/sync")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_RESTREAM_SYNC, limited = true)
    public Response syncRestream(@Encoded @PathParam("id") String id) {
        noteToken(id, "restream sync");
        return forwarder.forward(PUBLISH_RESTREAM_SYNC, kind(), id, uri);
    }

    private void noteToken(String id, String summary) {
        notes.summary(summary);
        if (id.matches("\\d{1,9}")) {
            notes.token(Integer.valueOf(id), null);
        }
    }
}
