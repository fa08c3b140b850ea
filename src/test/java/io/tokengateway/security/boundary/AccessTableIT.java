package io.tokengateway.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.BrowserSession;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.StubMillicast.Answer;
import io.tokengateway.testing.StubMillicast;
import io.tokengateway.testing.TestTls;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every JSON route and every console page, as every kind of caller, over HTTP/1.1 and HTTP/2, under every URL
 * spelling: anonymous gets 401 or the login page, each role exactly what the hand-written tables
 * ({@code src/test/resources/access/}) say. The routes and pages are enumerated from the code and the WAR, so a new
 * one without a row in the tables fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessTableIT {

    private static final List<String> ROLES = List.of("minter", "viewer", "editor", "admin");
    /** The least roles (of the table's third column) each role meets: a minter only mints, a viewer does not mint. */
    private static final Map<String, Set<String>> MEETS = Map.of(
            "minter", Set.of("minter"),
            "viewer", Set.of("viewer"),
            "editor", Set.of("minter", "viewer", "editor"),
            "admin", Set.of("minter", "viewer", "editor", "admin"));
    private static final String UNAUTHORIZED = "{\"status\":\"fail\",\"data\":{\"message\":\"Unauthorized\"}}";
    private static final String FORBIDDEN = "{\"status\":\"fail\",\"data\":{\"message\":\"Forbidden\"}}";
    private static final String TOKEN = "{\"status\":\"success\",\"data\":{\"id\":41,\"label\":\"t\",\"token\":\""
            + "cd".repeat(32) + "\",\"isActive\":true,\"streams\":[{\"streamName\":\"t\",\"isRegex\":false}]}}";

    private static StubMillicast stub;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        stub = StubMillicast.start();
        Map<String, String> settings = new HashMap<>(Admin.settings("access"));
        settings.putAll(Map.of(
                "millicast.api.url", stub.baseUrl(),
                "millicast.api.secret", "access-it-secret-value",
                "millicast.trust.ca.file", TestTls.stubPem().toString(),
                "gateway.ratelimit.changes.per.second", "0",
                "gateway.ratelimit.reads.per.second", "0"));
        return Deployments.gateway(settings);
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    private record Route(String method, String template, String least) {
    }

    private record View(String id, String least, String marker) {
    }

    // ---- JSON routes ----

    @Test
    void theRouteTableListsExactlyTheRoutesTheCodeServes() throws Exception {
        Set<String> served = new TreeSet<>(servedRoutes());
        Set<String> written = routeTable().stream().map(r -> r.method() + " " + r.template())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(written, served, "a route without a row in access/routes.tsv, or a row without a route");
    }

    @ParameterizedTest
    @EnumSource(value = HttpClient.Version.class)
    void everyRouteAnswersEachCallerAsTheTableSays(HttpClient.Version version) throws Exception {
        answerEverythingUpstream();
        GatewayClient anonymous = GatewayClient.forTestServer(version);
        Map<String, GatewayClient> callers = new LinkedHashMap<>();
        callers.put("anonymous", anonymous);
        for (String role : ROLES) {
            callers.put(role, anonymous.withKey(Admin.issueKey(anonymous, "table " + role + " " + version, role)));
        }
        callers.put("unknown key", anonymous.withKey("tgw_AAAAAAAAAAAA_" + "B".repeat(32)));
        callers.put("the API secret", anonymous.withAuthorization("Bearer access-it-secret-value"));
        ensurePerson("table-target");

        List<String> wrong = new ArrayList<>();
        for (Route route : routeTable()) {
            for (String path : concretePaths(route.template())) {
                for (var caller : callers.entrySet()) {
                    HttpResponse<String> answer = caller.getValue().send(route.method(), path, bodyFor(route));
                    if (answer.version() != version) {
                        wrong.add(route + " answered over " + answer.version());
                    }
                    String expected = expectedFor(caller.getKey(), route.least());
                    String got = answer.statusCode() == 401 ? "401 " + answer.body()
                            : answer.statusCode() == 403 ? "403 " + answer.body() : "allowed";
                    if (!expected.equals(got)) {
                        wrong.add(caller.getKey() + " " + route.method() + " " + path + " over " + version + ": "
                                + answer.statusCode() + " " + answer.body() + " (expected " + expected + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String expectedFor(String caller, String least) {
        if (!ROLES.contains(caller)) {
            return "401 " + UNAUTHORIZED;
        }
        return MEETS.get(caller).contains(least) ? "allowed" : "403 " + FORBIDDEN;
    }

    private static List<String> concretePaths(String template) {
        String path = template.replace("{id}", "41").replace("{name}", "table-target");
        return path.contains("{kind}")
                ? List.of(path.replace("{kind}", "publish_token"), path.replace("{kind}", "subscribe_token"))
                : List.of(path);
    }

    /** A body that the route accepts, so that an allowed call is not refused for its content. */
    private static String bodyFor(Route route) {
        String t = route.template();
        if (route.method().equals("GET") || route.method().equals("DELETE") && !t.startsWith("/millicast")) {
            return null;
        }
        if (t.equals("/admin/users/me/password")) {
            return "{\"currentPassword\":\"wrong-password-0\",\"newPassword\":\"a-new-password-1\"}";
        }
        if (t.equals("/admin/users")) {
            return "{\"name\":\"x" + System.nanoTime() + "\",\"role\":\"viewer\",\"password\":\"a-new-password-1\"}";
        }
        if (t.equals("/admin/users/{name}")) {
            return "{\"disabled\":false}";
        }
        if (t.equals("/admin/api-keys")) {
            return "{\"label\":\"from the table\",\"role\":\"viewer\"}";
        }
        if (t.endsWith("/viewer_token")) {
            return "{\"streamName\":\"t\"}";
        }
        if (t.endsWith("/viewer_tokens")) {
            return "{\"viewers\":[{\"streamName\":\"t\"}]}";
        }
        if (t.endsWith("/delete") || t.endsWith("/disable")) {
            return "{\"tokenIds\":[41]}";
        }
        if (t.endsWith("/restream/sync") || t.endsWith("/unlock")) {
            return null;
        }
        if (t.startsWith("/millicast/updateToken")) {
            return "{\"tokenId\":41,\"data\":{\"isActive\":true}}";
        }
        if (t.startsWith("/millicast/get") || t.startsWith("/millicast/delete")) {
            return "{\"tokenId\":41}";
        }
        if (route.method().equals("PUT")) {
            return "{\"isActive\":true}";
        }
        return "{\"label\":\"t\",\"streams\":[{\"streamName\":\"t\"}]}";
    }

    private static void answerEverythingUpstream() {
        for (String kind : List.of("publish_token", "subscribe_token")) {
            stub.answer("POST", "/api/" + kind, Answer.json(200, TOKEN));
            stub.answer("GET", "/api/" + kind + "/41", Answer.json(200, TOKEN));
            stub.answer("PUT", "/api/" + kind + "/41", Answer.json(200, TOKEN));
            stub.answer("PUT", "/api/v2/" + kind + "/41", Answer.json(200, TOKEN));
            stub.answer("DELETE", "/api/" + kind + "/41", Answer.json(200, "{\"status\":\"success\",\"data\":true}"));
            stub.answer("GET", "/api/" + kind + "/list", Answer.json(200, "{\"status\":\"success\",\"data\":[]}"));
        }
    }

    /** Method and path template of every resource method of every JAX-RS application, read from the code. */
    private static List<String> servedRoutes() throws Exception {
        List<String> routes = new ArrayList<>();
        for (Class<?> application : GuardedApplicationTest.mainClasses()) {
            ApplicationPath root = application.getAnnotation(ApplicationPath.class);
            if (root == null) {
                continue;
            }
            for (Class<?> resource : ((jakarta.ws.rs.core.Application) application.getDeclaredConstructor().newInstance()).getClasses()) {
                Path base = resource.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : resource.getDeclaredMethods()) {
                    for (var annotation : method.getAnnotations()) {
                        HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                        if (http != null) {
                            Path own = method.getAnnotation(Path.class);
                            routes.add(http.value() + " " + template(root.value(), base.value(), own == null ? "" : own.value()));
                        }
                    }
                }
            }
        }
        return routes;
    }

    /** The parts joined, each {@code {name: regex}} written as {@code {name}} (a regex may hold braces itself). */
    private static String template(String... parts) {
        String joined = "/" + String.join("/", parts);
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean inRegex = false;
        for (char c : joined.toCharArray()) {
            if (c == '{' && depth++ == 0) {
                plain.append(c);
            } else if (c == '}' && --depth == 0) {
                plain.append(c);
                inRegex = false;
            } else if (depth == 1 && c == ':') {
                inRegex = true;
            } else if (!inRegex && !(depth > 0 && Character.isWhitespace(c))) {
                plain.append(c);
            }
        }
        return plain.toString().replaceAll("/+", "/").replaceAll("/$", "");
    }

    private static List<Route> routeTable() throws IOException {
        return rows("/access/routes.tsv").stream().map(r -> new Route(r[0], r[1], r[2])).toList();
    }

    // ---- console pages ----

    @Test
    void theViewTableListsExactlyThePagesTheWarHas() throws Exception {
        Set<String> pages;
        try (Stream<java.nio.file.Path> files = Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
            pages = files.map(f -> "/" + java.nio.file.Path.of("src/main/webapp").relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(viewTable().stream().map(View::id).toList()), pages);
    }

    @ParameterizedTest
    @EnumSource(value = HttpClient.Version.class)
    void everyPageUnderEverySpellingShowsOnlyToWhomTheTableSays(HttpClient.Version version) throws Exception {
        Map<String, BrowserSession> people = new LinkedHashMap<>();
        people.put("anonymous", new BrowserSession(version));
        for (String role : List.of("viewer", "editor")) {
            String name = "pages-" + role;
            ensurePerson(name, role);
            BrowserSession session = new BrowserSession(version);
            assertEquals(302, session.logIn(name, "pages-password-1").statusCode());
            people.put(role, session);
        }
        BrowserSession admin = new BrowserSession(version);
        assertEquals(302, admin.logIn(Admin.NAME, Admin.PASSWORD).statusCode());
        people.put("admin", admin);

        List<String> wrong = new ArrayList<>();
        for (View view : viewTable()) {
            for (var person : people.entrySet()) {
                boolean allowed = view.least().equals("anybody")
                        || ROLES.contains(person.getKey()) && ROLES.indexOf(person.getKey()) >= ROLES.indexOf(view.least());
                // the one spelling that is the view: the table's answer, exactly
                var canonical = person.getValue().get(view.id());
                String expected = allowed ? "200 page" : person.getKey().equals("anonymous") ? "302 login" : "403";
                String got = canonical.statusCode() == 200 && canonical.body().contains(view.marker()) ? "200 page"
                        : canonical.statusCode() == 302 && canonical.headers().firstValue("Location").orElse("").endsWith("/login.xhtml")
                        ? "302 login" : Integer.toString(canonical.statusCode());
                if (!expected.equals(got)) {
                    wrong.add(person.getKey() + " " + view.id() + " over " + version + ": " + got + " (expected " + expected + ")");
                }
                // every other spelling: never the page to whom the table refuses it
                for (String spelling : spellings(view.id())) {
                    var answer = person.getValue().get(spelling);
                    boolean shown = answer.statusCode() == 200 && answer.body().contains(view.marker());
                    if (shown && !allowed) {
                        wrong.add(person.getKey() + " read " + spelling + " over " + version);
                    }
                    if (answer.body().contains("<ui:composition") || answer.body().contains("#{")) {
                        wrong.add(spelling + " served the page's source to " + person.getKey());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Other ways to write a view's URL that reach Faces or the default servlet. */
    private static List<String> spellings(String view) {
        String bare = view.substring(1, view.length() - ".xhtml".length());
        return List.of("/" + bare + ".jsf", "/" + bare + ".faces", "/faces/" + bare + ".xhtml", "/faces/" + bare + ".jsf",
                "/faces/" + bare + ".faces", "/" + bare + ".xhtml;jsessionid=ABC123", "/" + bare + ".jsf;jsessionid=ABC123",
                "/" + bare + ".xhtml/", "/" + bare.toUpperCase() + ".XHTML", "/" + bare + ".XHTML",
                "/" + bare + "%2exhtml", "/%2e/" + bare + ".xhtml", "//" + bare + ".xhtml", "/faces//" + bare + ".xhtml",
                "/x/../" + bare + ".xhtml", "/" + bare, "/" + bare + "/");
    }

    private static List<View> viewTable() throws IOException {
        return rows("/access/views.tsv").stream().map(r -> new View(r[0], r[1], r[2])).toList();
    }

    // ---- helpers ----

    private static void ensurePerson(String name) throws Exception {
        ensurePerson(name, "viewer");
    }

    private static void ensurePerson(String name, String role) throws Exception {
        var admin = GatewayClient.forTestServer().withPassword(Admin.NAME, Admin.PASSWORD);
        var added = admin.post("/admin/users",
                "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"password\":\"pages-password-1\"}");
        if (added.statusCode() != 201 && !added.body().contains("exists already")) {
            throw new AssertionError(added.statusCode() + " " + added.body());
        }
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (var in = AccessTableIT.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .toList();
        }
    }
}
