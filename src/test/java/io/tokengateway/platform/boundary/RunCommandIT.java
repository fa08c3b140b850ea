package io.tokengateway.platform.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.TestTls;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    @BeforeAll
    static void startTheGatewayLikeTheReadmeSays() throws Exception {
        Path build = TestTls.buildDir();
        dataDir = build.resolve("it-run");
        deleteTree(dataDir);
        Files.createDirectories(dataDir);
        start("console.log", false);
        Matcher generated = GENERATED.matcher(Files.readString(output));
        if (!generated.find()) {
            throw new IllegalStateException("no generated admin password in the log: " + Files.readString(output));
        }
        adminPassword = generated.group(1);
        gateway = anonymous.withPassword("admin", adminPassword);
    }

    private static void start(String consoleFile, boolean exposeOpenApi) throws Exception {
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
        server = builder.start();
        waitForTheCertificate();
        anonymous = new GatewayClient("https://localhost:" + port, dataDir);
        awaitFirstPage();
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

    private static void awaitFirstPage() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline) && server.isAlive()) {
            try {
                if (anonymous.get("/login.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(500);
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

        assertTrue(console.contains("\"Http Port(s)\": \"\""), "Payara reports an HTTP port");
        assertTrue(console.contains("\"Https Port(s)\": \"" + System.getProperty("it.run.https.port") + "\""));
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
    void healthIsOpenWhilePayarasMetricsAndOpenApiAreOff() throws Exception {
        assertEquals(200, anonymous.get("/health").statusCode());
        assertEquals(200, anonymous.get("/health/ready").statusCode());
        assertEquals(403, anonymous.get("/metrics").statusCode());
        assertEquals(403, anonymous.get("/openapi").statusCode());
    }

    @Test
    @Order(Integer.MAX_VALUE - 2)
    void theDatabaseFileHoldsPasswordHashesAndNoTokenStrings() throws Exception {
        var created = gateway.post("/millicast/createToken", "{\"label\":\"db\",\"streams\":[{\"streamName\":\"db\"}]}");
        assertEquals(200, created.statusCode(), created.body());
        String token = object(created.body()).getJsonObject("data").getString("token");

        stop();
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
            start("console-after-db-check.log", false);
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

        stop();
        start("console-after-restart.log", true);

        assertEquals(200, anonymous.withPassword("restart-viewer", "viewer-password-1").get("/millicast/getList").statusCode());
        assertEquals(200, anonymous.withKey(apiKey).get("/millicast/getList").statusCode());
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

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
