package io.tokengateway.viewers.boundary;

import io.tokengateway.security.boundary.GuardedApplication;
import io.tokengateway.security.boundary.RouteExtension;
import io.tokengateway.tokens.boundary.MillicastApi;
import java.util.Set;

/** Puts the viewer-token routes under {@code /api}, beside Millicast's own ({@code META-INF/services}). */
public class ViewerRoutes implements RouteExtension {

    @Override
    public Class<? extends GuardedApplication> application() {
        return MillicastApi.class;
    }

    @Override
    public Set<Class<?>> routes() {
        return Set.of(ViewerTokenResource.class, ViewerTokenBatchResource.class);
    }
}
