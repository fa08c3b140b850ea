package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.Redactor;
import io.tokengateway.platform.control.UpstreamCalls;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.CallerKind;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One line per request: method, route template (a JSON route's template, a console page's view, or
 * {@code unmatched}), who called (by credential label, never a key or password), status, the upstream's status
 * and time when it was called, and the gateway's time; e.g.
 * {@code POST /api/{kind}/{id} key "ci (key 12)" 200 upstream 200 41 ms total 57 ms}. Bodies are never in it.
 * It goes to the logger {@code io.tokengateway.access} ({@link AccessLogSink} says where).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AccessLog implements Filter {

    /** The request attribute that names the matched route's template. */
    static final String ROUTE = "io.tokengateway.route";
    static final Logger LOGGER = Logger.getLogger("io.tokengateway.access");

    @Inject
    Caller caller;

    @Inject
    UpstreamCalls upstream;

    @Inject
    Redactor redactor;

    @Inject
    AccessLogSink sink;

    @Inject
    @ConfigProperty(name = "gateway.access.log", defaultValue = AccessLogSink.SERVER_LOG)
    String destination;

    @Override
    public void init(FilterConfig config) {
        sink.sendTo(destination);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (LOGGER.isLoggable(Level.INFO) && request instanceof HttpServletRequest http
                    && response instanceof HttpServletResponse answer) {
                LOGGER.info(line(http, answer.getStatus(), (System.nanoTime() - started) / 1_000_000));
            }
        }
    }

    private String line(HttpServletRequest request, int status, long millis) {
        StringBuilder line = new StringBuilder()
                .append(request.getMethod()).append(' ')
                .append(route(request)).append(' ')
                .append(who()).append(' ')
                .append(status);
        if (upstream.count() > 0) {
            line.append(" upstream ").append(upstream.lastStatus());
            if (upstream.count() > 1) {
                line.append(" (").append(upstream.count()).append(" calls)");
            }
            line.append(' ').append(upstream.totalMillis()).append(" ms");
        }
        return line.append(" total ").append(millis).append(" ms").toString();
    }

    private static String route(HttpServletRequest request) {
        if (request.getAttribute(ROUTE) instanceof String template) {
            return template;
        }
        String path = request.getServletPath();
        return path != null && path.endsWith(".xhtml") ? path : "unmatched";
    }

    /** {@code person "alice"}, {@code key "ci (key 12)"}, {@code anonymous "anonymous"}; the name redacted. */
    private String who() {
        CallerIdentity identity = caller.identity();
        String kind = identity.kind() == CallerKind.API_KEY ? "key" : identity.kind().id();
        return kind + " \"" + redactor.redact(identity.actor().name()) + "\"";
    }
}
