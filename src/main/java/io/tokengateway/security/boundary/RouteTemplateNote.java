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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the access log and the metrics which route a JSON request matched, as its template ({@code /api/{kind…}/{id}}), never as
 * the path the client spelled (which may carry ids, and whatever else a client puts in a URL).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RouteTemplateNote implements ContainerRequestFilter {

    /** One entry per resource method: a fixed, small set, shared by all applications (each method has one base). */
    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

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
        String base = request.getUriInfo().getBaseUri().getPath();
        servletRequest.setAttribute(RequestRoutes.TEMPLATE, TEMPLATES.computeIfAbsent(method,
                m -> template(base, resource.getResourceClass(), m)));
    }

    /** A method's template is the same for every request: read its annotations once. */
    private static String template(String base, Class<?> resourceClass, Method method) {
        String template = base + segment(resourceClass.getAnnotation(Path.class)) + segment(method.getAnnotation(Path.class));
        return template.replaceAll("/{2,}", "/");
    }

    private static String segment(Path path) {
        return path == null ? "" : "/" + path.value();
    }
}
