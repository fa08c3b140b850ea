package io.tokengateway.tokens.boundary;

import io.tokengateway.audit.boundary.ChangeAuditFilter;
import io.tokengateway.platform.boundary.BodySizeLimit;
import io.tokengateway.platform.boundary.HttpErrorMapper;
import io.tokengateway.platform.boundary.InvalidRequestMapper;
import io.tokengateway.platform.boundary.UnexpectedErrorMapper;
import io.tokengateway.security.boundary.AccessFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The Millicast token API at Millicast's own paths under {@code /api}: a program or SDK moves behind the gateway
 * by changing only its host and using a gateway API key instead of the account secret.
 */
@ApplicationPath("api")
public class MillicastApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PublishTokensResource.class, SubscribeTokensResource.class, TokensV2Resource.class,
                InvalidRequestMapper.class, HttpErrorMapper.class, UnexpectedErrorMapper.class,
                BodySizeLimit.class, AccessFilter.class, ChangeAuditFilter.class);
    }
}
