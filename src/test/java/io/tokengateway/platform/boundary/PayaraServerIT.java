package io.tokengateway.platform.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.BrowserSession;
import io.tokengateway.testing.Curl;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.StubMillicast;
import io.tokengateway.testing.StubMillicast.Answer;
import io.tokengateway.testing.StubMillicast.Received;
import io.tokengateway.testing.TestTls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's way onto an existing Payara Server, as an operator follows it: a fresh domain of the Payara Server
 * zip (its own ports), {@code server-config/configure-payara-server.sh --restart} with the secret given in a file,
 * {@code asadmin deploy}; then the gateway works against the HTTPS stub of the Millicast API as safely as on Payara
 * Micro, and a redeploy keeps its people and keys.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayaraServerIT {

    private static final Path HOME = Path.of(System.getProperty("it.payara.server.home", "target/payara-server/payara6"));
    private static final Path WORK = TestTls.buildDir().resolve("it-payara-server");
    private static final Path DOMAINS = WORK.resolve("domains");
    private static final Path DOMAIN = DOMAINS.resolve("gateway");
    private static final Path DATA = WORK.resolve("data");
    private static final String SECRET = "ps-secret-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    private static final String HTTPS = "https://localhost:" + System.getProperty("it.server.https.port");
    private static final String HTTP = "http://localhost:" + System.getProperty("it.server.http.port");
    /** A product name or a Payara-style version (6.2025.10) in an answer. */
    private static final String BANNER = "(?is).*(payara|glassfish|grizzly|\\b\\d+\\.20\\d\\d\\.\\d+).*";

    private static StubMillicast stub;
    private static String firstConfiguration;
    private static String secondConfiguration;
    private static GatewayClient anonymous;
    private static long logAtDeploy;

    @BeforeAll
    static void configureAFreshDomainAndDeploy() throws Exception {
        Admin.deleteTree(WORK);
        Files.createDirectories(DOMAINS);
        stub = StubMillicast.start();
        Path secretFile = WORK.resolve("millicast-api-secret");
        Files.writeString(secretFile, SECRET + "\n");

        asadmin("create-domain", "--domaindir", DOMAINS.toString(), "--nopassword=true",
                "--domainproperties", System.getProperty("it.server.domain.ports"), "gateway");
        asadmin("start-domain", "--domaindir", DOMAINS.toString(), "gateway");
        Map<String, String> operator = Map.of(
                "GATEWAY_DATA_DIR", DATA.toString(),
                "MILLICAST_API_SECRET_FILE", secretFile.toString(),
                "MILLICAST_API_URL", stub.baseUrl(),
                "MILLICAST_TRUST_CA_FILE", TestTls.stubPem().toString(),
                "GATEWAY_ADMIN_PASSWORD", Admin.PASSWORD);
        firstConfiguration = configure(operator, "--restart");
        secondConfiguration = configure(operator);

        logAtDeploy = Files.size(serverLog());
        asadmin("deploy", System.getProperty("it.war"));
        anonymous = new GatewayClient(HTTPS, DATA);
    }

    @AfterAll
    static void stopTheDomain() throws Exception {
        try {
            if (Files.exists(DOMAIN)) {
                asadmin("stop-domain", "--domaindir", DOMAINS.toString(), "gateway");
            }
        } finally {
            if (stub != null) {
                stub.close();
            }
        }
    }

    @Test
    void theScriptSaysWhatItChangedRestartsOnceAndChangesNothingTheSecondTime() {
        assertTrue(firstConfiguration.contains("JVM option added: --add-opens=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
                firstConfiguration);
        // Payara Server has this one already: adding it again would fail
        assertFalse(firstConfiguration.contains("java.base/java.net=ALL-UNNAMED"), firstConfiguration);
        assertTrue(firstConfiguration.contains("password alias millicast-api-secret: created"), firstConfiguration);
        assertTrue(firstConfiguration.contains("restarting the domain gateway"), firstConfiguration);
        assertFalse(firstConfiguration.contains(SECRET), "the script printed the secret");
        // the listener's port, read from the domain: the gateway's console link and its warm-up use it
        assertTrue(firstConfiguration.contains("config property gateway.https.port="
                + System.getProperty("it.server.https.port") + "\n"), firstConfiguration);
        assertTrue(firstConfiguration.contains("log level org.glassfish.grizzly.http2.Http2Session=SEVERE"), firstConfiguration);

        assertEquals("configure-payara-server: nothing to change\n", secondConfiguration);
    }

    @Test
    void theLoginPageIsServedOverHttpsWithTheConfiguredCertificateAndNoBanner() throws Exception {
        var login = anonymous.get("/login.xhtml");

        assertEquals(200, login.statusCode());
        var served = login.sslSession().orElseThrow().getPeerCertificates()[0];
        assertEquals(TestTls.sha256(TestTls.configuredGatewayCertificate(DATA)), TestTls.sha256(served));
        assertFalse(login.body().contains("sandbox-banner"), "the gateway runs in sandbox mode");
        assertNoBanner(login);
    }

    @Test
    void plainHttpOnlyRedirectsToHttps() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/login.xhtml", "/millicast/getList")) {
            var answer = plain.send(HttpRequest.newBuilder(URI.create(HTTP + path)).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(302, answer.statusCode(), path);
            assertEquals(HTTPS + path, answer.headers().firstValue("Location").orElseThrow());
            assertNoBanner(answer);
        }
    }

    @Test
    void payarasMetricsAndOpenApiAreRefused() throws Exception {
        assertEquals(404, anonymous.get("/metrics").statusCode());
        assertEquals(401, anonymous.get("/admin/metrics").statusCode());
        assertEquals(403, anonymous.get("/openapi").statusCode());
        var missing = anonymous.get("/no-such-page");
        assertEquals(404, missing.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Not Found\"}}", missing.body());
        assertNoBanner(missing);
    }

    /** The bulk disable is a PATCH, which Jersey's client sends only with the JVM option the script added. */
    @Test
    void anApiKeyCreatesAndBulkDisablesTokensAtTheUpstreamWithTheSecretFromThePasswordAlias() throws Exception {
        GatewayClient editor = anonymous.withKey(Admin.issueKey(anonymous, "payara server", "editor"));
        stub.reset();
        stub.answer("POST", "/api/publish_token", Answer.json(200,
                "{\"status\":\"success\",\"data\":{\"id\":5,\"label\":\"ps\",\"token\":\"t\",\"isActive\":true,"
                        + "\"streams\":[{\"streamName\":\"ps\",\"isRegex\":false}]}}"));
        String disabled = "{\"status\":\"success\",\"data\":{\"successfulTokens\":[5],\"failedTokens\":[]}}";
        stub.answer("PATCH", "/api/publish_token/disable", Answer.json(200, disabled));

        var created = editor.post("/api/publish_token", "{\"label\":\"ps\",\"streams\":[{\"streamName\":\"ps\"}]}");
        var disable = editor.send("PATCH", "/api/publish_token/disable", "{\"tokenIds\":[5]}");

        assertEquals(200, created.statusCode(), created.body());
        assertEquals(5, object(created.body()).getJsonObject("data").getInt("id"));
        assertEquals(200, disable.statusCode(), disable.body());
        assertEquals(disabled, disable.body());
        List<Received> received = stub.received();
        assertEquals(List.of("POST /api/publish_token", "PATCH /api/publish_token/disable"),
                received.stream().map(r -> r.method() + " " + r.path()).toList());
        for (Received request : received) {
            assertTrue(("Bearer " + SECRET).equals(request.authorization()), "the upstream did not get the secret");
        }
    }

    /** The script leaves the server's metrics service on, so the gateway's guarded metrics work here too. */
    @Test
    void aViewerKeyReadsTheGatewaysMetrics() throws Exception {
        GatewayClient viewer = anonymous.withKey(Admin.issueKey(anonymous, "payara server metrics", "viewer"));
        viewer.get("/api/publish_token/list?page=1&itemsOnPage=1");

        var metrics = viewer.get("/admin/metrics");

        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(metrics.body().contains("gateway_requests_seconds_count{method=\"GET\""), metrics.body());
    }

    @Test
    void theSecretsAreNeitherInDomainXmlNorInTheServerLog() throws Exception {
        String domainXml = Files.readString(DOMAIN.resolve("config/domain.xml"));
        String log = Files.readString(serverLog());

        assertTrue(domainXml.contains("value=\"${ALIAS=millicast-api-secret}\""), "the secret is not taken from its alias");
        for (String secret : List.of(SECRET, Admin.PASSWORD, keystorePassword())) {
            assertFalse(domainXml.contains(secret), "a secret is in domain.xml in clear");
            assertFalse(log.contains(secret), "a secret is in the server log");
        }
    }

    /** The warm-up found the server's HTTPS listener (the configured port) and asked it, as on Payara Micro. */
    @Test
    void theWarmUpAsksTheServersOwnHttpsListener() throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        String log = logSince(logAtDeploy);
        while (!log.contains("Warm-up done in ") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            log = logSince(logAtDeploy);
        }
        int done = log.indexOf("Warm-up done in ");
        assertTrue(done >= 0, "no warm-up in the server log");
        String line = log.substring(done, log.indexOf('\n', done));
        assertTrue(line.matches(".*, [1-9][\\d,]* requests to itself, [1-9][\\d,]* answered 2xx\\).*"), line);
        assertFalse(log.contains("Warm-up: nothing answers"), log);
    }

    /** No warning from the gateway's descriptors or settings while it deploys and serves its pages. */
    @Test
    void theDeploymentWarnsAboutNothingOfOurs() throws Exception {
        BrowserSession browser = new BrowserSession(HTTPS, DATA, HttpClient.Version.HTTP_2);
        assertEquals(302, browser.logIn(Admin.NAME, Admin.PASSWORD).statusCode());
        assertEquals(200, browser.get("/index.xhtml").statusCode());
        assertEquals(200, browser.get("/audit.xhtml").statusCode());

        String log = logSince(logAtDeploy);
        for (String warning : List.of("Unsupported deployment descriptors element", "no value found", "JSF1103",
                "JDBC driver", "SEVERE")) {
            assertFalse(log.contains(warning), warning + " in the server log:\n" + log);
        }
    }

    /** As on Payara Micro (RunCommandIT): a client closing its HTTP/2 connection writes nothing to the log. */
    @Test
    void clientsClosingHttp2ConnectionsLeaveNothingInTheServerLog() throws Exception {
        long before = Files.size(serverLog());

        Curl.closeSixHttp2Connections(DATA.resolve("tls/gateway.pem"), HTTPS + "/health/live");
        Thread.sleep(2_000); // the server logs the close when it reads it, on its own thread

        String log = logSince(before);
        assertFalse(log.contains("WARNING") || log.contains("SEVERE") || log.contains("Exception"), log);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aRedeployKeepsPeopleAndKeysAndUnregistersTheDriver() throws Exception {
        GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);
        var person = admin.post("/admin/users", "{\"name\":\"ps-viewer\",\"role\":\"viewer\",\"password\":\"viewer-password-1\"}");
        assertEquals(201, person.statusCode(), person.body());
        String key = Admin.issueKey(anonymous, "kept", "viewer");
        stub.answer("GET", "/api/publish_token/list", Answer.json(200, "{\"status\":\"success\",\"data\":[]}"));
        long before = Files.size(serverLog());

        asadmin("redeploy", "--name", "token-gateway", System.getProperty("it.war"));

        assertEquals(200, anonymous.withPassword("ps-viewer", "viewer-password-1").get("/millicast/getList").statusCode());
        assertEquals(200, anonymous.withKey(key).get("/millicast/getList").statusCode());
        String log = logSince(before);
        assertFalse(log.contains("JDBC driver"), "a driver was left registered:\n" + log);
        assertFalse(log.contains("Created the first administrator"), log);
    }

    private static void assertNoBanner(HttpResponse<String> answer) {
        assertTrue(answer.headers().firstValue("Server").isEmpty(), answer.headers().map().toString());
        assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), answer.headers().map().toString());
        assertFalse(answer.body().matches(BANNER), answer.body());
    }

    private static String keystorePassword() throws IOException {
        return Files.readString(DATA.resolve("tls/keystore.password")).strip();
    }

    private static Path serverLog() {
        return DOMAIN.resolve("logs/server.log");
    }

    private static String logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(serverLog());
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
    }

    /** Runs the configure script as an operator does (asadmin found through PAYARA_HOME); returns what it printed. */
    private static String configure(Map<String, String> operator, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("server-config/configure-payara-server.sh").toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("GATEWAY_") || name.startsWith("MILLICAST_"));
        builder.environment().putAll(operator);
        builder.environment().put("PAYARA_HOME", HOME.toString());
        builder.environment().put("PAYARA_DOMAIN_DIR", DOMAIN.toString());
        builder.environment().put("AS_ADMIN_PORT", System.getProperty("it.server.admin.port"));
        return run(builder, Duration.ofMinutes(4));
    }

    private static void asadmin(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/asadmin").toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AS_ADMIN_PORT", System.getProperty("it.server.admin.port"));
        run(builder, Duration.ofMinutes(4));
    }

    private static String run(ProcessBuilder builder, Duration limit) throws Exception {
        Path output = Files.createTempFile(WORK, "command", ".out");
        Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String printed = Files.readString(output);
        if (!ended || process.exitValue() != 0) {
            throw new IllegalStateException(builder.command() + " failed (" + (ended ? "exit " + process.exitValue()
                    : "timed out") + "):\n" + printed);
        }
        return printed;
    }
}
