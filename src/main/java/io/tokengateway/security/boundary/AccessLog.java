package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.Redactor;
import io.tokengateway.platform.control.UpstreamCalls;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.CallerKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One line per request: method, route ({@link RequestRoutes}), who called (by credential label, never a key or
 * password), status, the upstream's status and time when it was called, and the gateway's time; e.g.
 * {@code POST /api/{kind}/{id} key "ci (key 12)" 200 upstream 200 41 ms total 57 ms}. Bodies are never in it.
 * It goes to the logger {@code io.tokengateway.access} ({@link AccessLogSink} says where); {@link RequestRecording}
 * hands it each answered request.
 */
@ApplicationScoped
public class AccessLog {

    static final Logger LOGGER = Logger.getLogger("io.tokengateway.access");

    @Inject
    Caller caller;

    @Inject
    Redactor redactor;

    @Inject
    AccessLogSink sink;

    @Inject
    @ConfigProperty(name = "gateway.access.log", defaultValue = AccessLogSink.SERVER_LOG)
    String destination;

    @PostConstruct
    void open() {
        sink.sendTo(destination);
    }

    /** Writes the line of an answered request, unless the access log is off. */
    void write(HttpServletRequest request, int status, long nanos, UpstreamCalls.Summary upstream) {
        if (LOGGER.isLoggable(Level.INFO)) {
            // source named here: the queued handler's writer thread must not infer it (a stack walk, and the wrong one)
            LOGGER.logp(Level.INFO, AccessLog.class.getName(), "write",
                    line(request, status, nanos / 1_000_000, upstream));
        }
    }

    private String line(HttpServletRequest request, int status, long millis, UpstreamCalls.Summary upstream) {
        StringBuilder line = new StringBuilder()
                .append(request.getMethod()).append(' ')
                .append(RequestRoutes.of(request)).append(' ')
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


    /** {@code person "alice"}, {@code key "ci (key 12)"}, {@code anonymous "anonymous"}; the name redacted. */
    private String who() {
        CallerIdentity identity = caller.identity();
        String kind = identity.kind() == CallerKind.API_KEY ? "key" : identity.kind().id();
        return kind + " \"" + redactor.redact(identity.actor().name()) + "\"";
    }
}
