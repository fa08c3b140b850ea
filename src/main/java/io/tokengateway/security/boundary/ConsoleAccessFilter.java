package io.tokengateway.security.boundary;

import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Console pages need a person who logged in (others go to the login page); the admin pages need an admin (403).
 * The JSON routes have their own rules ({@link AccessFilter}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ConsoleAccessFilter extends HttpFilter {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Faces serves stylesheets under this path with an .xhtml ending; the login page needs them too. */
    static final String FACES_RESOURCES = "/jakarta.faces.resource/";
    static final Set<String> ADMIN_PAGES = Set.of("/keys.xhtml", "/people.xhtml", "/audit.xhtml");

    @Inject
    Caller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean page = (path.equals("/") || path.isEmpty() || path.endsWith(".xhtml")) && !path.startsWith(FACES_RESOURCES);
        if (!page || path.equals(LOGIN_PAGE)) {
            chain.doFilter(request, response);
        } else if (!caller.isSignedIn()) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
        } else if (ADMIN_PAGES.contains(path) && !caller.may(Role.ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            chain.doFilter(request, response);
        }
    }
}
