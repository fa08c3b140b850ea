package io.tokengateway.viewers.boundary;

import io.tokengateway.security.boundary.Guarded;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import io.tokengateway.viewers.control.ViewerTokenMinter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Gateway extension at Millicast's paths, not part of Dolby's API: a self-signed viewer token (a JWT signed with a
 * subscribe token's token string) minted by the gateway for one viewer ({@link ViewerTokenBatchResource}: many).
 * Not rate limited and not audited row by row: minting calls nothing upstream once the subscribe token is cached,
 * and is counted per minute instead.
 */
@Path("subscribe_token/{id}/viewer_token")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ViewerTokenResource {

    @Inject
    ViewerTokenMinter minter;

    @Inject
    Caller caller;

    @Operation(summary = "Gateway extension, not part of Dolby's API: mint a viewer token (a self-signed subscribe "
            + "token, HS256) for one viewer of a subscribe token's stream")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one viewer",
            value = "{\"streamName\":\"event\",\"viewerIp\":\"203.0.113.7\",\"expiresIn\":300}")))
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "minted", value = "{\"status\":\"success\",\"data\":{\"token\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…\","
                    + "\"tokenId\":42,\"streamName\":\"event\",\"expiresOn\":\"2026-11-29T14:05:00Z\"}}")))
    @APIResponse(responseCode = "400", description = "Millicast's validation shape naming the field: a rule broken, or "
            + "the subscribe token disabled, expired or unknown; nothing was minted")
    @POST
    @Guarded(Role.MINTER)
    public Response mint(@Encoded @PathParam("id") String id, String body) {
        int masterId = MintRoutes.masterId(id);
        return MintRoutes.answer(caller.mayMintFor(masterId) ? minter.mintOne(masterId, body, caller.identity().actor())
                : minter.forbidden(masterId, caller.identity().actor()));
    }
}
