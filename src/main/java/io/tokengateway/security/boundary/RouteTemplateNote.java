package io.tokengateway.security.boundary;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Tells the access log which route a JSON request matched, as its template ({@code /api/{kind…}/{id}}), never as
 * the path the client spelled (which may carry ids, and whatever else a client puts in a URL).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RouteTemplateNote implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || servletRequest == null) {
            return;
        }
        String template = request.getUriInfo().getBaseUri().getPath()
                + segment(resource.getResourceClass().getAnnotation(Path.class))
                + segment(method.getAnnotation(Path.class));
        servletRequest.setAttribute(AccessLog.ROUTE, template.replaceAll("/{2,}", "/"));
    }

    private static String segment(Path path) {
        return path == null ? "" : "/" + path.value();
    }
}
