package io.tokengateway.security.boundary;

import io.tokengateway.platform.control.WarmUp;
import io.tokengateway.security.control.GatewayAuthentication;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The first filter of every request (its place is fixed in web.xml): finds out who calls before anything of the
 * gateway reads the request ({@link GatewayAuthentication}). It refuses nothing; the access rules do. The gateway's
 * own warm-up requests ({@link WarmUp#enterOwnRequest}) are served as the warm-up's, on a thread marked for the time
 * of the request.
 */
public class CallerAuthentication implements Filter {

    @Inject
    GatewayAuthentication authentication;

    @Inject
    WarmUp warmUp;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            if (warmUp.enterOwnRequest(http.getHeader(WarmUp.MARKER_HEADER), http.getRemoteAddr())) {
                try {
                    GatewayAuthentication.identifyWarmUp(http);
                    chain.doFilter(request, response);
                } finally {
                    warmUp.leaveOwnRequest();
                }
                return;
            }
            authentication.identify(http);
        }
        chain.doFilter(request, response);
    }
}
