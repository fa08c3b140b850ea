package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.UpstreamCalls;
import io.tokengateway.platform.control.WarmUp;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Times every request and, once it is answered, gives what happened to the {@link AccessLog} (a line) and to
 * {@link RequestMetering} (the metrics); the gateway's own warm-up requests ({@link WarmUp}) go to neither.
 */
public class RequestRecording implements Filter {

    @Inject
    AccessLog accessLog;

    @Inject
    RequestMetering metering;

    @Inject
    UpstreamCalls upstream;

    @Inject
    WarmUp warmUp;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                    && !warmUp.isOwnRequest(http.getHeader(WarmUp.MARKER_HEADER))) {
                long nanos = System.nanoTime() - started;
                UpstreamCalls.Summary calls = upstream.summary();
                metering.record(http, answer.getStatus(), nanos, calls);
                accessLog.write(http, answer.getStatus(), nanos, calls);
            }
        }
    }
}
