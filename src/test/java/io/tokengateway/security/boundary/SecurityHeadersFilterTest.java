package io.tokengateway.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private static final Map<String, List<String>> EXPECTED = Map.of(
            "Strict-Transport-Security", List.of("max-age=31536000; includeSubDomains"),
            "Content-Security-Policy", List.of("default-src 'self'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
                    + "frame-ancestors 'none'"),
            "X-Content-Type-Options", List.of("nosniff"),
            "X-Frame-Options", List.of("DENY"),
            "Referrer-Policy", List.of("no-referrer"),
            "Cache-Control", List.of("no-store"));

    private final SecurityHeadersFilter filter = new SecurityHeadersFilter();
    private final FakeResponse response = new FakeResponse();
    private final ServletRequest request = requestFor("/index.xhtml", null);

    /** A request the container resolved to this servlet path and path info. */
    private static ServletRequest requestFor(String servletPath, String pathInfo) {
        return proxy(HttpServletRequest.class, (p, method, a) -> switch (method.getName()) {
            case "getServletPath" -> servletPath;
            case "getPathInfo" -> pathInfo;
            default -> null;
        });
    }

    @Test
    void setsEverySecurityHeaderBeforeTheChainRuns() throws Exception {
        List<Map<String, List<String>>> seenByChain = new ArrayList<>();

        filter.doFilter(request, response.proxy, (req, res) -> seenByChain.add(Map.copyOf(response.headers)));

        assertEquals(EXPECTED, seenByChain.get(0));
        assertEquals(EXPECTED, Map.copyOf(response.headers));
    }

    @Test
    void setsTheHeadersEvenWhenTheChainFails() {
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("boom");
        };

        try {
            filter.doFilter(request, response.proxy, failing);
        } catch (Exception expected) {
            // the container turns this into a 500 on the same response
        }

        assertEquals(EXPECTED, Map.copyOf(response.headers));
    }

    @Test
    void dropsEveryAttemptToSetXPoweredByOrServer() throws Exception {
        filter.doFilter(request, response.proxy, (req, res) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            http.setHeader("X-Powered-By", "Servlet/6.0");
            http.addHeader("x-powered-by", "JSP/3.1");
            http.setHeader("Server", "Payara Micro");
            http.addHeader("SERVER", "Grizzly");
            http.setIntHeader("Server", 6);
            http.addIntHeader("X-Powered-By", 6);
            http.setDateHeader("Server", 0L);
            http.addDateHeader("X-Powered-By", 0L);
            http.setHeader("Cache-Control", "no-store");
        });

        assertEquals(new TreeMap<>(EXPECTED), new TreeMap<>(response.headers));
    }

    @Test
    void jsonAnswersPagesAndErrorsAreNoStore() throws Exception {
        for (ServletRequest any : List.of(requestFor("/millicast", "/createToken"), requestFor("/admin", "/api-keys"),
                requestFor("/api", "/publish_token/7"), requestFor("/keys.xhtml", null), requestFor("", "/"),
                requestFor("/WEB-INF/error.xhtml", null), requestFor("/jakarta.faces.resourceX/a.css", null),
                requestFor("/faces", "/jakarta.faces.resource/a.css"), proxy(HttpServletRequest.class, (p, m, a) -> null))) {
            FakeResponse answer = new FakeResponse();

            filter.doFilter(any, answer.proxy, (req, res) -> { });

            assertEquals(List.of("no-store"), answer.headers.get("Cache-Control"), any.toString());
        }
    }

    @Test
    void facesStaticResourcesMayBeCached() throws Exception {
        filter.doFilter(requestFor("/jakarta.faces.resource/styles.css.xhtml", null), response.proxy, (req, res) -> { });

        assertNull(response.headers.get("Cache-Control"));
        assertEquals("nosniff", response.headers.get("X-Content-Type-Options").get(0));
    }

    @Test
    void laterCodeMayStillSetOtherHeadersThroughTheWrapper() throws Exception {
        filter.doFilter(request, response.proxy, (req, res) -> ((HttpServletResponse) res).setIntHeader("Age", 3));

        assertEquals(List.of("3"), response.headers.get("Age"));
    }

    @Test
    void passesNonHttpResponsesThroughUntouched() throws Exception {
        ServletResponse plain = proxy(ServletResponse.class, (p, m, a) -> null);
        List<ServletResponse> passed = new ArrayList<>();

        filter.doFilter(request, plain, (req, res) -> passed.add(res));

        assertSame(plain, passed.get(0));
    }

    /** Records the header calls of an HttpServletResponse; every other method does nothing. */
    private static final class FakeResponse {

        final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        final HttpServletResponse proxy = proxy(HttpServletResponse.class, (p, method, args) -> {
            switch (method.getName()) {
                case "setHeader", "setIntHeader", "setDateHeader" ->
                        headers.put((String) args[0], new ArrayList<>(List.of(String.valueOf(args[1]))));
                case "addHeader", "addIntHeader", "addDateHeader" ->
                        headers.computeIfAbsent((String) args[0], k -> new ArrayList<>()).add(String.valueOf(args[1]));
                default -> {
                    // nothing else matters here
                }
            }
            return method.getReturnType() == boolean.class ? false : null;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
