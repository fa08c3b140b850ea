package io.tokengateway.tokens.boundary;

import io.tokengateway.audit.boundary.ChangeAuditFilter;
import io.tokengateway.platform.boundary.RequestBytesCheck;
import io.tokengateway.platform.boundary.HttpErrorMapper;
import io.tokengateway.platform.boundary.InvalidRequestMapper;
import io.tokengateway.platform.boundary.UnexpectedErrorMapper;
import io.tokengateway.security.boundary.AccessFilter;
import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import jakarta.ws.rs.core.Application;
import java.util.Set;

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
public class MillicastApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TokenPathsResource.class, TokensV2Resource.class,
                InvalidRequestMapper.class, HttpErrorMapper.class, UnexpectedErrorMapper.class,
                RequestBytesCheck.class, AccessFilter.class, ChangeAuditFilter.class);
    }
}
