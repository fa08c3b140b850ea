package io.tokengateway.tokens.boundary;

import io.tokengateway.platform.boundary.RequestBytesCheck;
import io.tokengateway.platform.boundary.HttpErrorMapper;
import io.tokengateway.platform.boundary.InvalidRequestMapper;
import io.tokengateway.platform.boundary.UnexpectedErrorMapper;
import io.tokengateway.audit.boundary.ChangeAuditFilter;
import io.tokengateway.security.boundary.AccessFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The routes of Dolby's "Automate using REST APIs" tutorial proxy, under {@code /millicast}.
 * Its own JAX-RS application, so that the pages at {@code /} stay with Faces.
 */
@ApplicationPath("millicast")
public class TutorialApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TutorialResource.class, RequestBytesCheck.class, UnknownEndpointMapper.class,
                InvalidRequestMapper.class, HttpErrorMapper.class, UnexpectedErrorMapper.class,
                AccessFilter.class, ChangeAuditFilter.class);
    }
}
