package io.tokengateway.tokens.boundary;

import io.tokengateway.security.boundary.GuardedApplication;
import jakarta.ws.rs.ApplicationPath;
import java.util.Set;

/**
 * The routes of Dolby's "Automate using REST APIs" tutorial proxy, under {@code /millicast}.
 * Its own JAX-RS application, so that the pages at {@code /} stay with Faces.
 */
@ApplicationPath("millicast")
public class TutorialApi extends GuardedApplication {

    @Override
    protected Set<Class<?>> routes() {
        return Set.of(TutorialResource.class, UnknownEndpointMapper.class);
    }
}
