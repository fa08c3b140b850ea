package io.tokengateway.web.boundary;

import io.tokengateway.security.entity.ConsoleViews;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the human error page says about the request that failed: a page that does not exist (404), a page the
 * person's role does not open (403), or a fault (anything else, with the reference the log has).
 */
@Named
@RequestScoped
public class ErrorPage {

    /** The request attribute {@code platform.boundary.ContainerErrorAnswer} names a fault's reference in. */
    private static final String REFERENCE = "io.tokengateway.fault.reference";

    @Inject
    HttpServletRequest request;

    public int getStatus() {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status ? status : 500;
    }

    public boolean isNotFound() {
        return getStatus() == 404;
    }

    public boolean isForbidden() {
        return getStatus() == 403;
    }

    /** The path that was asked for, without the query, e.g. {@code /subscribe.xhtml}. */
    public String getPath() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        String context = request.getContextPath();
        return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }

    /** The least role the asked-for page needs, e.g. {@code admin}. */
    public String getNeededRole() {
        return ConsoleViews.leastRole(getPath()).flatMap(least -> least).map(Role::id).orElse("another role");
    }

    public String getReference() {
        return (String) request.getAttribute(REFERENCE);
    }
}
