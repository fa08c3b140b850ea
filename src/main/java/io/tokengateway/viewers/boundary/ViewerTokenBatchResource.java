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

/**
 * Gateway extension at Millicast's paths, not part of Dolby's API: self-signed viewer tokens for up to 1,000 viewers
 * at once, one answer per viewer in order ({@link ViewerTokenResource}: one). Not rate limited and not audited row
 * by row, like the single mint.
 */
@Path("subscribe_token/{id}/viewer_tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ViewerTokenBatchResource {

    @Inject
    ViewerTokenMinter minter;

    @Inject
    Caller caller;

    @Operation(summary = "Gateway extension, not part of Dolby's API: mint viewer tokens for up to 1,000 viewers, one "
            + "answer per viewer in order: its token or why it was refused")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two viewers",
            value = "{\"viewers\":[{\"streamName\":\"event\",\"viewerIp\":\"203.0.113.7\"},{\"streamName\":\"event\"}]}")))
    @POST
    @Guarded(Role.MINTER)
    public Response mintMany(@Encoded @PathParam("id") String id, String body) {
        int masterId = MintRoutes.masterId(id);
        return MintRoutes.answer(caller.mayMintFor(masterId) ? minter.mintMany(masterId, body, caller.identity().actor())
                : minter.forbidden(masterId, caller.identity().actor()));
    }
}
