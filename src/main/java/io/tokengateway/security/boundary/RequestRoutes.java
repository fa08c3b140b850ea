package io.tokengateway.security.boundary;

import io.tokengateway.security.entity.ConsoleViews;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The route a request took, as the access log and the metrics name it: a JSON route's template (noted by
 * {@link RouteTemplateNote}), a console view from {@link ConsoleViews}, or {@code unmatched}. Never the path a client
 * spelled, so the names form a small fixed set and carry no ids or other client text.
 */
final class RequestRoutes {

    /** The request attribute that names the matched JSON route's template. */
    static final String TEMPLATE = "io.tokengateway.route";
    static final String UNMATCHED = "unmatched";

    private RequestRoutes() {
    }

    static String of(HttpServletRequest request) {
        if (request.getAttribute(TEMPLATE) instanceof String template) {
            return template;
        }
        String path = request.getServletPath();
        return ConsoleViews.leastRole(path).isPresent() ? path : UNMATCHED;
    }
}
