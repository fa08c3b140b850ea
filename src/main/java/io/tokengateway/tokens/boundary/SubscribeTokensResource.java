package io.tokengateway.tokens.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Millicast's subscribe-token API (S1–S7 of API.md) at its own paths. */
@Path("subscribe_token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscribeTokensResource extends TokenPathsResource {

    @Override
    protected String base() {
        return "/api/subscribe_token";
    }
}
