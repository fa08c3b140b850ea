package io.tokengateway.security.boundary;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Set;
import java.util.TreeSet;

/**
 * A response that ignores every attempt to set {@code X-Powered-By} or {@code Server}, which tell an attacker
 * what to aim at. The container's own banners are switched off in its configuration (server-config).
 */
class BannerFreeResponse extends HttpServletResponseWrapper {

    private static final Set<String> DROPPED = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        DROPPED.addAll(Set.of("X-Powered-By", "Server"));
    }

    BannerFreeResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setHeader(String name, String value) {
        if (!dropped(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!dropped(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (!dropped(name)) {
            super.setDateHeader(name, date);
        }
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (!dropped(name)) {
            super.addDateHeader(name, date);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (!dropped(name)) {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (!dropped(name)) {
            super.addIntHeader(name, value);
        }
    }

    private static boolean dropped(String name) {
        return name != null && DROPPED.contains(name.strip());
    }
}
