package io.tokengateway.security.boundary;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Puts the browser security headers on every response, errors included, and keeps server banners off it.
 * Every answer but Faces' static resources is {@code Cache-Control: no-store}: pages and JSON carry token strings,
 * API keys and people's data, which no browser or proxy cache may keep.
 */
public class SecurityHeadersFilter implements Filter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The one place that knows the security headers and their values. */
    static final Map<String, String> HEADERS = Map.of(
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    static final String CACHE_CONTROL = "Cache-Control";
    static final String NO_STORE = "no-store";

    /** Faces' stylesheets and images (the servlet path, decoded, as the container resolved it): nothing private. */
    static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        // before the chain: an exception or sendError further on still answers with these headers
        HEADERS.forEach(http::setHeader);
        if (!isFacesResource(request)) {
            http.setHeader(CACHE_CONTROL, NO_STORE);
        }
        chain.doFilter(request, new BannerFreeResponse(http));
    }

    /** Closed by default: only a request the container resolved to a Faces resource may be cached. */
    static boolean isFacesResource(ServletRequest request) {
        if (!(request instanceof HttpServletRequest http) || http.getServletPath() == null) {
            return false;
        }
        String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
        return path.startsWith(FACES_RESOURCES);
    }
}
