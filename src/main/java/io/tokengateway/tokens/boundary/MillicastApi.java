package io.tokengateway.tokens.boundary;

import io.tokengateway.security.boundary.GuardedApplication;
import jakarta.ws.rs.ApplicationPath;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The Millicast token API at Millicast's own paths under {@code /api}: a program or SDK moves behind the gateway
 * by changing only its host and using a gateway API key instead of the account secret.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Token Gateway", version = "0.1",
                description = "Dolby.io Real-time Streaming (Millicast) publish and subscribe tokens, behind a gateway "
                        + "that keeps the account's API secret. The /api routes are Millicast's own (same paths, bodies, "
                        + "envelopes and status codes); routes marked 'Gateway extension' are not part of Dolby's API."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A gateway API key (tgw_…), never the account's Millicast secret")
public class MillicastApi extends GuardedApplication {

    @Override
    protected Set<Class<?>> routes() {
        return Set.of(TokenPathsResource.class, TokensV2Resource.class);
    }
}
