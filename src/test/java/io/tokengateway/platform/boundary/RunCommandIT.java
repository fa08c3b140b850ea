package io.tokengateway.platform.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.BrowserSession;
import io.tokengateway.testing.Curl;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.JsonText;
import io.tokengateway.testing.Migrations;
import io.tokengateway.testing.TestTls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's run command as a newcomer gets it: {@code server-config/start-gateway.sh} on the built WAR,
 * with nothing configured, makes a self-signed certificate, serves HTTPS only, and runs the sandbox.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunCommandIT {

    private static Process server;
    private static Path dataDir;
    private static Path output;
    private static GatewayClient anonymous;
    private static GatewayClient gateway;
    private static String adminPassword;
    private static final Pattern GENERATED = Pattern.compile("Its generated password, shown this once and never again, is: (\\S+)");
    /** A product name or a Payara-style version (6.2025.10) in an answer. */
    private static final Pattern BANNER = Pattern.compile("(?i)payara|glassfish|grizzly|badassfish|\\b\\d+\\.20\\d\\d\\.\\d+");
    /** Every answer the first start gave before the gateway was ready (connections refused are not answers). */
    private static final List<String> startupAnswers = Collections.synchronizedList(new ArrayList<>());
    /** The first answer of {@code /health/ready} once the first start answered its first page. */
    private static HttpResponse<String> firstReadiness;
    private static final List<HttpResponse<String>> startupErrors = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startTheGatewayLikeTheReadmeSays() throws Exception {
        Path build = TestTls.buildDir();
        dataDir = build.resolve("it-run");
        deleteTree(dataDir);
        Files.createDirectories(dataDir);
        start("console.log", false, true);
        Matcher generated = GENERATED.matcher(Files.readString(output));
        if (!generated.find()) {
            throw new IllegalStateException("no generated admin password in the log: " + Files.readString(output));
        }
        adminPassword = generated.group(1);
        gateway = anonymous.withPassword("admin", adminPassword);
    }

    /**
     * Starts the run command; with {@code warmUp} as it ships (and waits until it is ready, as a load balancer
     * would), else without the warm-up (a restart within the tests needs none).
     */
    private static void start(String consoleFile, boolean exposeOpenApi, boolean warmUp) throws Exception {
        output = dataDir.resolve(consoleFile);
        String port = System.getProperty("it.run.https.port");
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("server-config/start-gateway.sh").toAbsolutePath().toString(),
                System.getProperty("it.war"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("GATEWAY_DATA_DIR", dataDir.toString());
        builder.environment().put("GATEWAY_HTTPS_PORT", port);
        builder.environment().put("PAYARA_MICRO_JAR", System.getProperty("payara.microJar"));
        builder.environment().remove("MILLICAST_API_SECRET");
        builder.environment().remove("MILLICAST_API_SECRET_FILE");
        builder.environment().remove("GATEWAY_ADMIN_PASSWORD");
        builder.environment().put("GATEWAY_EXPOSE_OPENAPI", Boolean.toString(exposeOpenApi));
        builder.environment().remove("GATEWAY_WARMUP_SECONDS");
        if (!warmUp) {
            builder.environment().put("GATEWAY_WARMUP_SECONDS", "0");
        }
        server = builder.start();
        waitForTheCertificate();
        anonymous = new GatewayClient("https://localhost:" + port, dataDir);
        awaitFirstPage();
        if (warmUp) {
            awaitReady();
        }
    }

    /** Polls readiness until it is up, and keeps its first answer (the warm-up's part is down then). */
    private static void awaitReady() throws Exception {
        Instant deadline = Instant.now().plusSeconds(150);
        HttpResponse<String> ready = anonymous.get("/health/ready");
        firstReadiness = ready;
        while (ready.statusCode() != 200) {
            if (Instant.now().isAfter(deadline) || !server.isAlive()) {
                throw new IllegalStateException("the gateway did not get ready: " + ready.body());
            }
            Thread.sleep(250);
            ready = anonymous.get("/health/ready");
        }
    }

    private static void waitForTheCertificate() throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.exists(dataDir.resolve("tls/gateway.pem"))) {
            if (Instant.now().isAfter(deadline) || !server.isAlive()) {
                throw new IllegalStateException("no certificate made: " + Files.readString(output));
            }
            Thread.sleep(200);
        }
    }

    /** Polls from the moment the certificate exists, recording every answer the server gives while it starts. */
    private static void awaitFirstPage() throws Exception {
        HttpClient http1 = client(HttpClient.Version.HTTP_1_1);
        HttpClient http2 = client(HttpClient.Version.HTTP_2);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            for (HttpClient http : List.of(http1, http2)) {
                for (HttpRequest request : List.of(request("GET", "/api/publish_token/1", null),
                        request("DELETE", "/millicast/deleteToken", "{\"tokenId\":\"1\"}"),
                        request("GET", "/", null))) {
                    try {
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        startupAnswers.add(answer.version() + " " + request.method() + " " + request.uri().getPath()
                                + " -> " + answer.statusCode() + " " + answer.headers().map() + " " + answer.body());
                        if (answer.statusCode() >= 400) {
                            startupErrors.add(answer);
                        }
                    } catch (IOException notListeningYet) {
                        // connection refused or reset while the listener starts: not an answer
                    }
                }
            }
            try {
                if (anonymous.get("/login.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the gateway did not come up: " + Files.readString(output));
    }

    @AfterAll
    static void stopAtTheEnd() throws Exception {
        stop();
    }

    private static void stop() throws Exception {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.onExit().get();
            server.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void servesTheSelfSignedCertificateItMadeForLocalhost() throws Exception {
        var response = anonymous.get("/login.xhtml");
        var served = response.sslSession().orElseThrow().getPeerCertificates()[0];

        assertEquals(TestTls.sha256(TestTls.configuredGatewayCertificate(dataDir)), TestTls.sha256(served));
        assertTrue(response.body().contains("id=\"sandbox-banner\""));
    }

    @Test
    void plainHttpIsOff() throws Exception {
        String console = Files.readString(output);

        // the listeners are opened after the deployment, so Payara's instance summary lists no port at all
        assertTrue(console.contains("\"Http Port(s)\": \"\""), "Payara reports an HTTP port");
        assertTrue(console.contains("network-listener.http-listener.enabled=false"), "the HTTP listener was not switched off");
        assertFalse(console.contains("network-listener.http-listener.enabled=true"), "the HTTP listener was switched on");
        assertEquals(List.of("set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.enabled=true"),
                Files.readAllLines(dataDir.resolve("run/postdeploy.asadmin")));
    }

    @Test
    void createTokenInTheSandboxAndSeeItInTheList() throws Exception {
        var created = gateway.post("/millicast/createToken", "{\"label\":\"a\",\"streams\":[{\"streamName\":\"a\"}]}");
        assertEquals(200, created.statusCode(), created.body());
        int id = object(created.body()).getJsonObject("data").getInt("id");

        var list = gateway.get("/millicast/getList");

        assertEquals(200, list.statusCode());
        assertTrue(object(list.body()).getJsonArray("data").stream()
                .anyMatch(t -> t.asJsonObject().getInt("id") == id), list.body());
    }

    @Test
    void healthIsOpenWhilePayarasMetricsAndOpenApiAreOffAndTheGatewaysMetricsNeedALogin() throws Exception {
        assertEquals(200, anonymous.get("/health").statusCode());
        assertEquals(200, anonymous.get("/health/ready").statusCode());
        var payarasMetrics = anonymous.get("/metrics");
        assertEquals(404, payarasMetrics.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Not Found\"}}", payarasMetrics.body());
        assertEquals(403, anonymous.get("/openapi").statusCode());
        assertEquals(401, anonymous.get("/admin/metrics").statusCode());
    }

    @Test
    void healthSaysStartedLiveAndReadyWithTheDatabaseAndNamesNoConnection() throws Exception {
        var started = anonymous.get("/health/started");
        var live = anonymous.get("/health/live");
        var ready = anonymous.get("/health/ready");

        assertEquals(200, started.statusCode(), started.body());
        assertEquals(200, live.statusCode(), live.body());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(started.body().contains("\"name\":\"database-schema\""), started.body());
        assertTrue(started.body().contains("\"version\":\"" + Migrations.latest() + "\""), started.body());
        assertTrue(live.body().contains("\"name\":\"gateway\""), live.body());
        assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());
        for (var answer : List.of(started, live, ready)) {
            assertEquals("UP", JsonText.object(answer.body()).getString("status"), answer.body());
            assertFalse(answer.body().toLowerCase(java.util.Locale.ROOT).contains("jdbc"), answer.body());
            assertFalse(answer.body().contains(dataDir.toString()), answer.body());
        }
    }

    /**
     * What the gateway answered is in its database when the process dies right after (kill -9): H2 wrote committed
     * changes to its file up to a second later, and the rows of the last creates before a crash were gone (up to
     * 141 of ~900 answered in 3 s); an Idempotency-Key's claim with them, so that a client repeating its create
     * after the crash would have made a second token.
     */
    @Test
    @Order(Integer.MAX_VALUE - 3)
    void whatWasAnsweredSurvivesAKill9() throws Exception {
        int rowsBefore = object(gateway.get("/admin/audit?pageSize=1").body()).getJsonObject("data").getInt("total");
        var person = gateway.post("/admin/users", "{\"name\":\"kill-editor\",\"role\":\"editor\",\"password\":\"editor-password-1\"}");
        assertEquals(201, person.statusCode(), person.body());
        String create = "{\"label\":\"kill\",\"streams\":[{\"streamName\":\"kill\"}]}";
        HttpResponse<String> last = null;
        for (int i = 1; i <= 20; i++) {
            last = gateway.sendWith("POST", "/api/publish_token", "application/json", create, "Idempotency-Key", "kill-" + i);
            assertEquals(200, last.statusCode(), last.body());
        }

        server.destroyForcibly(); // SIGKILL: start-gateway.sh execs java, so this is the JVM
        server.onExit().get();
        start("console-after-kill.log", false, false);

        int rowsAfter = object(gateway.get("/admin/audit?pageSize=1").body()).getJsonObject("data").getInt("total");
        assertTrue(rowsAfter >= rowsBefore + 21, "audit rows: " + rowsBefore + " before, 21 changes answered, " + rowsAfter + " after");
        var repeated = gateway.sendWith("POST", "/api/publish_token", "application/json", create, "Idempotency-Key", "kill-20");
        assertEquals(last.body(), repeated.body());
        assertEquals("true", repeated.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(200, anonymous.withPassword("kill-editor", "editor-password-1").get("/millicast/getList").statusCode());
    }

    @Test
    @Order(Integer.MAX_VALUE - 2)
    void theDatabaseFileHoldsPasswordHashesAndNoTokenStrings() throws Exception {
        var created = gateway.post("/millicast/createToken", "{\"label\":\"db\",\"streams\":[{\"streamName\":\"db\"}]}");
        assertEquals(200, created.statusCode(), created.body());
        String token = object(created.body()).getJsonObject("data").getString("token");

        stop();
        assertTheDatabaseWasClosedCleanly();
        String url = "jdbc:h2:file:" + dataDir.resolve("db/gateway") + ";MODE=LEGACY";
        try (Connection db = DriverManager.getConnection(url, "gateway", "gateway")) {
            try (ResultSet users = db.createStatement().executeQuery("SELECT name, password_hash FROM gateway_user")) {
                assertTrue(users.next());
                assertEquals("admin", users.getString(1));
                String hash = users.getString(2);
                assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:100000:"), hash);
                assertFalse(hash.contains(adminPassword));
            }
            try (ResultSet rows = db.createStatement().executeQuery(
                    "SELECT COUNT(*), SUM(CASE WHEN CONCAT(summary, token_label, outcome) LIKE '%" + token
                            + "%' THEN 1 ELSE 0 END) FROM audit_event WHERE action = 'token.create'")) {
                assertTrue(rows.next());
                assertTrue(rows.getInt(1) >= 1, "no token.create row");
                assertEquals(0, rows.getInt(2), "a token string is in the audit table");
            }
        } finally {
            start("console-after-db-check.log", false, false);
        }
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void peopleAndKeysSurviveARestartAndTheGeneratedPasswordIsShownOnce() throws Exception {
        var person = gateway.post("/admin/users", "{\"name\":\"restart-viewer\",\"role\":\"viewer\",\"password\":\"viewer-password-1\"}");
        assertEquals(201, person.statusCode(), person.body());
        var key = gateway.post("/admin/api-keys", "{\"label\":\"restart key\",\"role\":\"viewer\"}");
        assertEquals(201, key.statusCode(), key.body());
        String apiKey = object(key.body()).getJsonObject("data").getString("key");
        int auditRows = object(gateway.get("/admin/audit").body()).getJsonObject("data").getInt("total");
        String create = "{\"label\":\"restart\",\"streams\":[{\"streamName\":\"restart\"}]}";
        var created = gateway.sendWith("POST", "/api/publish_token", "application/json", create, "Idempotency-Key", "restart-1");
        assertEquals(200, created.statusCode(), created.body());

        stop();
        assertTheDatabaseWasClosedCleanly();
        start("console-after-restart.log", true, false);

        assertEquals(200, anonymous.withPassword("restart-viewer", "viewer-password-1").get("/millicast/getList").statusCode());
        assertEquals(200, anonymous.withKey(apiKey).get("/millicast/getList").statusCode());
        // an Idempotency-Key outlives the restart: the repeat gets the first answer, no second token
        var repeated = gateway.sendWith("POST", "/api/publish_token", "application/json", create, "Idempotency-Key", "restart-1");
        assertEquals(created.body(), repeated.body());
        assertEquals("true", repeated.headers().firstValue("Idempotent-Replayed").orElse(""));
        var audit = object(gateway.get("/admin/audit").body()).getJsonObject("data");
        assertTrue(audit.getInt("total") >= auditRows, audit.toString());
        assertTrue(audit.getInt("total") > 0);
        assertFalse(GENERATED.matcher(Files.readString(output)).find(), "a second start printed a password");

        // started with GATEWAY_EXPOSE_OPENAPI=true: the document describes Millicast's paths and the extensions
        var openApi = anonymous.get("/openapi");
        assertEquals(200, openApi.statusCode());
        String document = openApi.body();
        for (String path : List.of("/api/publish_token:", "/api/publish_token/{id}:", "/api/v2/publish_token/{id}:",
                "/api/publish_token/disable:", "/api/publish_token/active/all:", "/api/subscribe_token/list_by_name:",
                "/api/v2/subscribe_token/{id}:", "/api/publish_token/delete:", "/api/subscribe_token/list/all:",
                "/millicast/createToken:", "/admin/api-keys/{id}:", "/admin/users/{name}:", "/admin/audit:")) {
            assertTrue(document.contains("\n  " + path), path + " missing from /openapi");
        }
        assertFalse(document.contains("/api/subscribe_token/disable:"), "a publish-only route listed for subscribe tokens");
        assertTrue(document.contains("Gateway extension, not part of Dolby's API"));
    }

    @Test
    void theGeneratedPasswordMustBeChangedAtTheFirstConsoleLogin() throws Exception {
        BrowserSession browser = new BrowserSession(anonymous.base(), dataDir, java.net.http.HttpClient.Version.HTTP_2);
        assertEquals(302, browser.logIn("admin", adminPassword).statusCode());

        for (String page : List.of("/", "/index.xhtml", "/keys.xhtml", "/audit.xhtml")) {
            var answer = browser.get(page);
            assertEquals(302, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith("/password.xhtml"), page);
        }
        var change = browser.get("/password.xhtml");
        assertEquals(200, change.statusCode());
        assertTrue(change.body().contains("Your password was generated for you"), change.body());
    }

    /**
     * As shipped, the run command warms the gateway up before it is ready: readiness was down (its warm-up part) when
     * the first page answered, the warm-up ended before the banner, and none of its requests is in the access log.
     */
    @Test
    void theShippedStartWarmsUpBeforeItIsReadyAndLogsNoneOfItsOwnRequests() throws Exception {
        assertEquals(503, firstReadiness.statusCode(), firstReadiness.body());
        assertTrue(firstReadiness.body().contains("{\"name\":\"warm-up\",\"status\":\"DOWN\""), firstReadiness.body());
        String text = awaitBanner(dataDir.resolve("console.log"));
        int warmedUp = text.indexOf("Warm-up done in ");
        assertTrue(warmedUp > 0, "no warm-up in the log");
        assertTrue(text.substring(warmedUp, text.indexOf('\n', warmedUp)).matches(".*, [1-9][\\d,]* requests to itself, [1-9][\\d,]* answered 2xx\\).*"),
                text.substring(warmedUp, text.indexOf('\n', warmedUp)));
        assertTrue(warmedUp < text.indexOf("==== Token Gateway is ready ===="), "the banner came before the warm-up's end");
        assertFalse(text.contains("/viewer_token anonymous"), "a warm-up request is in the access log");
    }

    /**
     * The first start ended with the banner (after Payara's own summary), kept the generated password in an
     * owner-only file that the login page and the banner (again after the restart) point to, and the file is gone
     * once the admin changed that password. Last: it changes the admin's password.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theFirstStartEndsWithABannerAndKeepsThePasswordInAnOwnerOnlyFileUntilItIsChanged() throws Exception {
        Path file = dataDir.resolve("initial-admin-password");
        assertEquals(adminPassword + "\n", Files.readString(file));
        assertEquals("rw-------", mode(file));
        String port = System.getProperty("it.run.https.port");
        String firstLogin = "  First login: admin, with the password in " + file;
        for (String log : List.of("console.log", "console-after-restart.log")) {
            String text = awaitBanner(dataDir.resolve(log));
            String banner = text.substring(text.lastIndexOf("==== Token Gateway is ready ===="));
            assertTrue(banner.contains("  Console:     https://localhost:" + port + "/\n"), banner);
            assertTrue(banner.contains("  Tokens:      SANDBOX: simulated, not Dolby.io"), banner);
            assertTrue(banner.contains(firstLogin + "\n"), banner);
            assertTrue(text.lastIndexOf("==== Token Gateway is ready ====") > text.lastIndexOf(" ready in "),
                    "the banner is not the end of the startup in " + log);
        }
        var login = anonymous.get("/login.xhtml").body();
        assertTrue(login.contains("id=\"first-password-file\">" + file + "</code>"), login);

        var changed = gateway.send("PUT", "/admin/users/me/password",
                "{\"currentPassword\":\"" + adminPassword + "\",\"newPassword\":\"the-admins-own-password-1\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertFalse(Files.exists(file), "the first password's file outlived the change");
        assertFalse(anonymous.get("/login.xhtml").body().contains("first-password-file"));
    }

    /** The log once the banner is in it (it is written just after the port opens). */
    private static String awaitBanner(Path log) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            String text = Files.readString(log);
            if (text.contains("==== Token Gateway is ready ====") && text.substring(text.lastIndexOf("==== Token Gateway is ready ====")).contains("\n=====")) {
                return text;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no banner in " + log + ": " + text.substring(Math.max(0, text.length() - 3000)));
            }
            Thread.sleep(200);
        }
    }

    /** After a SIGTERM stop, H2 left no trace file with exceptions (it was closed after the pool, not before). */
    private static void assertTheDatabaseWasClosedCleanly() throws IOException {
        Path trace = dataDir.resolve("db/gateway.trace.db");
        if (Files.exists(trace)) {
            String traces = Files.readString(trace);
            assertFalse(traces.contains("Exception"), "the stop left exceptions in " + trace + ":\n" + traces);
        }
    }

    /**
     * The run command opens its port only once the WAR is deployed (issue 7 §6): before that, connections are
     * refused, so no client ever sees what a half-started server says (Payara's HTML error page with its version,
     * a bare 500, a 503 without a type). Every answer given while the test waited is the gateway's own.
     */
    @Test
    void thePortOpensOnlyOnceTheGatewayIsDeployed() throws Exception {
        synchronized (startupAnswers) {
            for (String answer : startupAnswers) {
                assertFalse(BANNER.matcher(answer).find(), "a product banner while starting: " + answer);
            }
        }
        synchronized (startupErrors) {
            for (HttpResponse<String> error : startupErrors) {
                String what = error.request().method() + " " + error.request().uri().getPath() + " -> " + error.statusCode()
                        + " " + error.headers().map() + " " + error.body();
                assertTrue(error.statusCode() < 500, "a server error while starting: " + what);
                assertTrue(error.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
                assertEquals("fail", JsonText.object(error.body()).getString("status"), what);
            }
        }
        String log = Files.readString(dataDir.resolve("console.log"));
        int deployed = log.indexOf("Deployed 1 archive(s)");
        int opened = log.indexOf("network-listener.https-listener.enabled=true");
        assertTrue(deployed > 0 && opened > deployed, "the HTTPS listener was opened before the deployment ended");
        assertEquals(-1, log.indexOf("network-listener.https-listener.enabled=true", opened + 1), "opened twice");
    }

    @Test
    void theKeystorePasswordIsInNoLogLine() throws Exception {
        String password = Files.readString(dataDir.resolve("tls/keystore.password")).strip();
        try (var files = Files.list(dataDir)) {
            for (Path log : files.filter(file -> file.getFileName().toString().endsWith(".log")).toList()) {
                assertFalse(Files.readString(log).contains(password), "the keystore password is in " + log);
            }
        }
    }

    @Test
    void tls12WithForwardSecretAeadAndTls13Handshake() throws Exception {
        assertEquals("TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                handshake("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        assertEquals("TLSv1.2 TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
                handshake("TLSv1.2", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"));
        assertEquals("TLSv1.3 TLS_AES_128_GCM_SHA256", handshake("TLSv1.3", "TLS_AES_128_GCM_SHA256"));
    }

    @Test
    void tls12WithoutForwardSecrecyOrWithoutAeadIsRefused() {
        for (String suite : List.of("TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384",
                "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA")) {
            var refused = org.junit.jupiter.api.Assertions.assertThrows(SSLHandshakeException.class,
                    () -> handshake("TLSv1.2", suite), suite + " was accepted");
            // the server answers with an alert or hangs up; a client that gave up itself says "No appropriate protocol"
            String why = String.valueOf(refused.getMessage());
            assertTrue(why.contains("Received fatal alert") || why.contains("Remote host terminated the handshake"),
                    suite + ": the client, not the server, gave up: " + refused);
        }
    }

    @Test
    void tls11IsRefusedByTheServer() throws Exception {
        // the JDK client cannot speak TLS 1.1 any more, openssl can when told to (SECLEVEL=0)
        String control = openssl("-tls1_2", "-cipher", "ECDHE-RSA-AES128-GCM-SHA256");
        assertTrue(control.contains("Cipher is ECDHE-RSA-AES128-GCM-SHA256"), "openssl cannot reach the gateway: " + control);

        String tls11 = openssl("-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0");

        assertTrue(tls11.contains("Protocol  : TLSv1.1"), "openssl did not offer TLS 1.1: " + tls11);
        assertTrue(tls11.contains("Cipher is (NONE)"), "a TLS 1.1 session was made: " + tls11);
    }

    @Test
    void deleteWithAJsonBodyWorksOverHttp11AndHttp2() throws Exception {
        for (HttpClient.Version version : List.of(HttpClient.Version.HTTP_1_1, HttpClient.Version.HTTP_2)) {
            var created = gateway.post("/millicast/createToken", "{\"label\":\"del\",\"streams\":[{\"streamName\":\"del\"}]}");
            assertEquals(200, created.statusCode(), created.body());
            int id = object(created.body()).getJsonObject("data").getInt("id");

            HttpRequest delete = HttpRequest.newBuilder(URI.create(anonymous.base() + "/millicast/deleteToken"))
                    .header("Authorization", basicAdmin()).header("Content-Type", "application/json")
                    .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"tokenId\":" + id + "}")).build();
            HttpResponse<String> deleted = client(version).send(delete, HttpResponse.BodyHandlers.ofString());

            assertEquals(version, deleted.version());
            assertEquals(200, deleted.statusCode(), version + ": " + deleted.body());
            assertEquals("success", object(deleted.body()).getString("status"), deleted.body());
            assertEquals(400, gateway.send("GET", "/millicast/getToken?tokenId=" + id, null).statusCode(),
                    version + ": the token is still there");
        }
    }

    @Test
    void errorsTheContainerMakesAreMillicastJson() throws Exception {
        for (HttpClient.Version version : List.of(HttpClient.Version.HTTP_1_1, HttpClient.Version.HTTP_2)) {
            HttpClient http = client(version);
            var missing = http.send(HttpRequest.newBuilder(URI.create(anonymous.base() + "/no-such-file"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertJson("{\"status\":\"fail\",\"data\":{\"message\":\"Not Found\"}}", missing);

            var refusedMethod = http.send(HttpRequest.newBuilder(URI.create(anonymous.base() + "/login.xhtml"))
                    .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, refusedMethod.statusCode());
            assertJson("{\"status\":\"fail\",\"data\":{\"message\":\"Bad Request\"}}", refusedMethod);

            var hidden = http.send(HttpRequest.newBuilder(URI.create(anonymous.base() + "/WEB-INF/web.xml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, hidden.statusCode());
            assertJson("{\"status\":\"fail\",\"data\":{\"message\":\"Not Found\"}}", hidden);
        }
    }

    @Test
    void aBrowserOnAMissingConsolePageGetsTheHumanErrorPage() throws Exception {
        var page = client(HttpClient.Version.HTTP_2).send(HttpRequest.newBuilder(URI.create(anonymous.base() + "/no-such-page.xhtml"))
                .header("Authorization", basicAdmin()).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(404, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().map().toString());
        // issue 11: a page that is not there says so (it was "Something went wrong" before)
        assertTrue(page.body().contains("<h1>Page not found</h1>"), page.body());
        assertFalse(BANNER.matcher(page.body()).find(), page.body());
    }

    /**
     * curl closes its HTTP/2 connection after each command (so do health checks); Grizzly's HTTP/2 session wrote a
     * WARNING with a stack trace for about every second such close, which anyone could repeat to flood the log.
     */
    @Test
    void clientsClosingHttp2ConnectionsLeaveNothingInTheLog() throws Exception {
        long before = Files.size(output);

        Curl.closeSixHttp2Connections(dataDir.resolve("tls/gateway.pem"),
                "https://localhost:" + System.getProperty("it.run.https.port") + "/health/live");
        Thread.sleep(2_000); // the server logs the close when it reads it, on its own thread

        String logged;
        try (InputStream log = Files.newInputStream(output)) {
            log.skipNBytes(before);
            logged = new String(log.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertFalse(logged.contains("WARNING") || logged.contains("SEVERE") || logged.contains("Exception"), logged);
    }

    @Test
    void whatTheHttpLayerRefusesCarriesNoBanner() throws Exception {
        for (String request : List.of("GARBAGE LINE\r\n\r\n",
                "GET /api/publish_token/%e0%80 HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET /millicast/getList HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n")) {
            String answer = rawHttp11(request);

            assertTrue(answer.startsWith("HTTP/1.1 400 "), request + " -> " + answer);
            assertFalse(BANNER.matcher(answer).find(), request + " -> " + answer);
        }
    }

    /**
     * KNOWN LIMITATION (Payara 6.2025.10, noted in issue 7's closing note): a path with a malformed percent escape
     * fails in Grizzly's URI decoder inside Payara's CoyoteAdapter, which logs the exception and ends the exchange
     * with an empty 200 before any application, error page or valve runs. No configuration reaches that code. What
     * must hold: the answer carries no banner and no body, and nothing reaches the gateway (no token is made).
     */
    @Test
    void aMalformedPercentEscapeReachesNothingAndCarriesNoBanner() throws Exception {
        int before = JsonText.object(gateway.get("/millicast/getList").body()).getJsonArray("data").size();
        String body = "{\"label\":\"escape\",\"streams\":[{\"streamName\":\"escape\"}]}";
        for (String path : List.of("/%zz", "/millicast/createToken%zz", "/millicast/%zzcreateToken", "/api/publish_token/%g1")) {
            String answer = rawHttp11("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basicAdmin()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body);

            assertFalse(BANNER.matcher(answer).find(), path + " -> " + answer);
            assertTrue(answer.contains("Content-Length: 0"), path + " -> " + answer);
        }
        assertEquals(before, JsonText.object(gateway.get("/millicast/getList").body()).getJsonArray("data").size());
    }

    @Test
    void theGatewaysFilesAreReadableByTheirOwnerOnly() throws Exception {
        for (String dir : List.of("", "db", "tls", "run")) {
            assertEquals("rwx------", mode(dataDir.resolve(dir)), "data dir/" + dir);
        }
        for (String file : List.of("db/gateway.mv.db", "tls/gateway.p12", "tls/keystore.password", "run/preboot.asadmin")) {
            assertEquals("rw-------", mode(dataDir.resolve(file)), file);
        }
    }

    @Test
    void theKeystorePasswordIsOnNoCommandLineOfTheServer() throws Exception {
        String password = Files.readString(dataDir.resolve("tls/keystore.password")).strip();
        List<ProcessHandle> processes = new ArrayList<>(List.of(server.toHandle()));
        server.descendants().forEach(processes::add);

        for (ProcessHandle process : processes) {
            Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
            if (Files.exists(cmdline)) {
                String arguments = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ');
                assertTrue(arguments.contains("-jar"), arguments);
                assertFalse(arguments.contains(password), "the keystore password is on a command line: " + arguments);
            }
        }
    }

    private static HttpClient client(HttpClient.Version version) throws Exception {
        return HttpClient.newBuilder().version(version).sslContext(TestTls.trustingGateway(dataDir))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest request(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:"
                + System.getProperty("it.run.https.port") + path)).timeout(Duration.ofSeconds(10));
        if (json == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String basicAdmin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertJson(String expected, HttpResponse<String> answer) {
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                answer.headers().map() + " " + answer.body());
        assertEquals(JsonText.object(expected), JsonText.object(answer.body()));
    }

    /** "TLSv1.2 TLS_…" of a handshake offering only this protocol and this suite. */
    private static String handshake(String protocol, String suite) throws Exception {
        SSLContext context = TestTls.trustingGateway(dataDir);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost",
                Integer.parseInt(System.getProperty("it.run.https.port")))) {
            socket.setSoTimeout(10_000);
            socket.setEnabledProtocols(new String[] {protocol});
            socket.setEnabledCipherSuites(new String[] {suite});
            socket.startHandshake();
            return socket.getSession().getProtocol() + " " + socket.getSession().getCipherSuite();
        }
    }

    private static String openssl(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect",
                "localhost:" + System.getProperty("it.run.https.port"), "-servername", "localhost"));
        command.addAll(List.of(options));
        Process openssl = new ProcessBuilder(command).redirectErrorStream(true).start();
        openssl.getOutputStream().close();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!openssl.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            openssl.destroyForcibly();
        }
        return output;
    }

    /** Sends the bytes as they are over TLS (no client library to tidy them) and answers what comes back. */
    private static String rawHttp11(String request) throws Exception {
        SSLContext context = TestTls.trustingGateway(dataDir);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost",
                Integer.parseInt(System.getProperty("it.run.https.port")))) {
            socket.setSoTimeout(10_000);
            var parameters = socket.getSSLParameters();
            parameters.setApplicationProtocols(new String[] {"http/1.1"});
            socket.setSSLParameters(parameters);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0 && answer.indexOf("\r\n\r\n") < 0; ) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                }
            } catch (java.net.SocketTimeoutException keptOpen) {
                // the answer is complete; the server keeps the connection
            }
            return answer.toString();
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
