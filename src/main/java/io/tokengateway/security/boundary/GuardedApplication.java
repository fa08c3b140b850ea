package io.tokengateway.security.boundary;

import io.tokengateway.platform.boundary.HttpErrorMapper;
import io.tokengateway.platform.boundary.InvalidRequestMapper;
import io.tokengateway.platform.boundary.JsonTextBodies;
import io.tokengateway.platform.boundary.RequestBytesCheck;
import io.tokengateway.platform.boundary.UnexpectedErrorMapper;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The one registration every JAX-RS application of the gateway uses: its routes always come with the access
 * filter, the change audit and the error mappers, and a subclass can only name its routes, never leave these out.
 * Components above the application's own add routes to it as a {@link RouteExtension}.
 * ({@code GuardedApplicationTest} fails for an {@code @ApplicationPath} class that does not extend this one.)
 */
public abstract class GuardedApplication extends Application {

    /** What every route passes through, whichever application it belongs to. */
    static final Set<Class<?>> EVERY_APPLICATION = Set.of(RouteTemplateNote.class, AccessFilter.class, ChangeAuditFilter.class,
            RequestBytesCheck.class, JsonTextBodies.class, InvalidRequestMapper.class, HttpErrorMapper.class, UnexpectedErrorMapper.class);

    @Override
    public final Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(EVERY_APPLICATION);
        classes.addAll(routes());
        for (RouteExtension extension : ServiceLoader.load(RouteExtension.class, RouteExtension.class.getClassLoader())) {
            if (extension.application() == getClass()) {
                classes.addAll(extension.routes());
            }
        }
        return Set.copyOf(classes);
    }

    /** This application's resources and its own exception mappers. */
    protected abstract Set<Class<?>> routes();
}
