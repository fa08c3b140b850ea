package io.tokengateway.security.boundary;

import java.util.Set;

/**
 * Routes that a component above the owner of a JAX-RS application adds to that application, e.g. the viewer-token
 * routes of {@code viewers} under {@code /api}, which {@code tokens} owns and must not know. Listed in
 * {@code META-INF/services/io.tokengateway.security.boundary.RouteExtension}; {@link GuardedApplication} adds them,
 * so they come with the access filter like every other route.
 */
public interface RouteExtension {

    /** The application the routes join. */
    Class<? extends GuardedApplication> application();

    /** The resource classes. */
    Set<Class<?>> routes();
}
