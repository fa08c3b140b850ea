package io.tokengateway.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's session without the browser: cookies, the login form, Faces form posts with their view state. */
public final class BrowserSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    public BrowserSession() throws Exception {
        this(HttpClient.Version.HTTP_2);
    }

    /** A session that speaks this HTTP version (HTTP/2 is negotiated over TLS; HTTP/1.1 never upgrades). */
    public BrowserSession(HttpClient.Version version) throws Exception {
        this("https://localhost:" + System.getProperty("it.https.port"), TestTls.gatewayDir(), version);
    }

    /** A session with a gateway at another address, trusting the certificate in that gateway's data dir. */
    public BrowserSession(String base, java.nio.file.Path gatewayDir, HttpClient.Version version) throws Exception {
        this.base = base;
        http = HttpClient.newBuilder()
                .version(version)
                .sslContext(TestTls.trustingGateway(gatewayDir))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String base() {
        return base;
    }

    /** Logs in through the login page; returns the answer to the login post (a redirect on success). */
    public HttpResponse<String> logIn(String name, String password) throws Exception {
        String page = get("/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:name", name);
        form.put("login:password", password);
        form.put("login:submit", "Log in");
        form.put("jakarta.faces.ViewState", viewState(page));
        return postForm("/login.xhtml", form);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON call riding on the session cookie, with the given Origin header (null: none). */
    public HttpResponse<String> json(String method, String path, String body, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return matcher.group(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
