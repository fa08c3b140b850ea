package io.tokengateway.security.control;

import java.net.URI;

/**
 * Whether a browser's change came from our own pages: its {@code Origin} (or, without one, its {@code Referer})
 * must name this server's scheme, host and port. A request that names neither is taken as cross-site.
 */
public final class SameSiteRule {

    private SameSiteRule() {
    }

    /** @param self this server as the request reached it; {@code origin} and {@code referer} as sent, or null */
    public static boolean isCrossSite(URI self, String origin, String referer) {
        String from = origin != null ? origin : referer;
        if (from == null) {
            return true;
        }
        try {
            URI source = URI.create(from.strip());
            return !(self.getScheme().equalsIgnoreCase(source.getScheme())
                    && self.getHost().equalsIgnoreCase(source.getHost())
                    && port(self) == port(source));
        } catch (IllegalArgumentException | NullPointerException e) {
            return true;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
