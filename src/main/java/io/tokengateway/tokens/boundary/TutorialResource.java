package io.tokengateway.tokens.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.control.JsonBodies;
import io.tokengateway.security.boundary.Guarded;
import io.tokengateway.security.entity.Role;
import io.tokengateway.tokens.control.IdempotentCreates;
import io.tokengateway.tokens.control.RouteRequests;
import io.tokengateway.tokens.control.TokenGateway;
import io.tokengateway.tokens.control.TokenIds;
import io.tokengateway.tokens.control.UpdateFieldNames;
import io.tokengateway.tokens.entity.TokenListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tutorial's five calls, compatible with its page and its request bodies: createToken, getToken,
 * updateToken, deleteToken and getList. Each body is checked before anything goes upstream.
 * Application-scoped: it keeps nothing of a request (what it needs of one comes through request-scoped
 * proxies), and a request-scoped bean costs an injection pass on every call (docs/performance.md).
 */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TutorialResource {

    @Inject
    TokenGateway gateway;

    @Inject
    JsonBodies bodies;

    @Inject
    MillicastForwarder forwarder;

    @Inject
    AuditNotes notes;

    /** {@code {label, streams:[{streamName}], …}}: every member is passed on, checked by Millicast's rules first. */
    @POST
    @Path("createToken")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_CREATE, limited = true)
    public Response createToken(@HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, String body) {
        JsonObject settings = bodies.object(body);
        notes.tokenKind(TokenKind.PUBLISH.word());
        notes.token(null, settings.get("label") instanceof jakarta.json.JsonString label ? label.getString() : null);
        notes.summary("create", settings);
        return forwarder.create(RouteRequests.withBody(Operation.PUBLISH_CREATE, settings), idempotencyKey);
    }

    /** {@code {tokenId}} as the tutorial's page posts it. */
    @POST
    @Path("getToken")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response getToken(String body) {
        return Relay.of(gateway.getPublishToken(tokenId(bodies.object(body))));
    }

    /** The same as a query: {@code GET /millicast/getToken?tokenId=7}. */
    @GET
    @Path("getToken")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response getTokenByQuery(@QueryParam("tokenId") String tokenId) {
        return Relay.of(gateway.getPublishToken(TokenIds.parse(tokenId)));
    }

    /** {@code {tokenId, data:{…}}}; v1 update names in data are accepted and sent as v2. */
    @PUT
    @Path("updateToken")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_UPDATE, limited = true)
    public Response updateToken(String body) {
        JsonObject request = bodies.object(body);
        notes.tokenKind(TokenKind.PUBLISH.word());
        int id = tokenId(request);
        JsonValue data = request.get("data");
        notes.summary("update", data);
        if (!(data instanceof JsonObject changes)) {
            throw InvalidRequestException.of("data", "data must be an object with the properties to update");
        }
        return forwarder.forward(RouteRequests.withBody(Operation.PUBLISH_UPDATE_V2, id,
                UpdateFieldNames.toV2(changes)));
    }

    /** The tutorial's page sends updates as PUT; POST works the same for clients that cannot. */
    @POST
    @Path("updateToken")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_UPDATE, limited = true)
    public Response updateTokenByPost(String body) {
        return updateToken(body);
    }

    /** {@code {tokenId}}. */
    @DELETE
    @Path("deleteToken")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_DELETE, limited = true)
    public Response deleteToken(String body) {
        notes.tokenKind(TokenKind.PUBLISH.word());
        return Relay.of(gateway.deletePublishToken(tokenId(bodies.object(body))));
    }

    @POST
    @Path("deleteToken")
    @Guarded(value = Role.EDITOR, change = AuditActions.TOKEN_DELETE, limited = true)
    public Response deleteTokenByPost(String body) {
        return deleteToken(body);
    }

    /** One page of tokens: {@code ?page=1&itemsOnPage=100&sortBy=Name&isDescending=false}, all optional. */
    @GET
    @Path("getList")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response getList(@QueryParam("page") String page, @QueryParam("itemsOnPage") String itemsOnPage,
            @QueryParam("sortBy") String sortBy, @QueryParam("isDescending") String isDescending) {
        TokenListQuery defaults = TokenListQuery.firstPage();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("page", orDefault(page, Integer.toString(defaults.page())));
        query.put("itemsOnPage", orDefault(itemsOnPage, Integer.toString(defaults.itemsOnPage())));
        query.put("sortBy", orDefault(sortBy, defaults.sortBy()));
        query.put("isDescending", orDefault(isDescending, Boolean.toString(defaults.isDescending())));
        return forwarder.forward(RouteRequests.withQuery(Operation.PUBLISH_LIST, query));
    }

    private static String orDefault(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }

    /** The same with the paging in a JSON body. */
    @POST
    @Path("getList")
    @Guarded(value = Role.VIEWER, limited = true)
    public Response getListByPost(String body) {
        JsonObject request = body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : bodies.object(body);
        return getList(text(request, "page"), text(request, "itemsOnPage"), text(request, "sortBy"),
                text(request, "isDescending"));
    }

    private int tokenId(JsonObject request) {
        int id = TokenIds.parse(request.getOrDefault("tokenId", JsonValue.NULL));
        notes.token(id, null);
        return id;
    }

    private static String text(JsonObject request, String name) {
        JsonValue value = request.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }
}
