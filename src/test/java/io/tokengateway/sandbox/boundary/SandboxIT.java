package io.tokengateway.sandbox.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.Browser;
import io.tokengateway.testing.ContractCases;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.NodeSdk;
import io.tokengateway.testing.ServerLog;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** With no API secret the gateway runs on the built-in sandbox, says so, and the whole tutorial flow works. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SandboxIT {

    private static String editorKey;
    private final GatewayClient anonymous = GatewayClient.forTestServer();
    private GatewayClient gateway;

    SandboxIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        java.util.Map<String, String> settings = new java.util.HashMap<>(Admin.settings("sandbox"));
        settings.put("gateway.ratelimit.changes.per.second", "1000");
        settings.put("gateway.ratelimit.changes.burst", "1000");
        return Deployments.gateway(settings);
    }

    @BeforeEach
    void useAnEditorKey() throws Exception {
        if (editorKey == null) {
            editorKey = Admin.issueKey(anonymous, "sandbox tests", "editor");
        }
        gateway = anonymous.withKey(editorKey);
    }

    private JsonObject call(String method, String path, String body, int expectedStatus) throws Exception {
        var response = gateway.send(method, path, body);
        assertEquals(expectedStatus, response.statusCode(), method + " " + path + " -> " + response.body());
        return object(response.body());
    }

    @Test
    void createListGetDisableDeleteThroughTheTutorialRoutes() throws Exception {
        JsonObject created = call("POST", "/millicast/createToken",
                "{\"label\":\"lifecycle\",\"streams\":[{\"streamName\":\"lifecycle-cam\"}]}", 200);
        assertEquals("success", created.getString("status"));
        JsonObject token = created.getJsonObject("data");
        int id = token.getInt("id");
        assertEquals("lifecycle", token.getString("label"));
        assertTrue(token.getString("token").matches("[0-9a-f]{64}"), token.getString("token"));
        assertTrue(token.getBoolean("isActive"));

        var listed = call("GET", "/millicast/getList", null, 200).getJsonArray("data");
        assertTrue(listed.stream().anyMatch(t -> t.asJsonObject().getInt("id") == id), listed.toString());

        JsonObject got = call("POST", "/millicast/getToken", "{\"tokenId\":\"" + id + "\"}", 200).getJsonObject("data");
        assertEquals(token.getString("token"), got.getString("token"));
        assertEquals("lifecycle-cam", got.getJsonArray("streams").getJsonObject(0).getString("streamName"));

        JsonObject updated = call("PUT", "/millicast/updateToken",
                "{\"tokenId\":" + id + ",\"data\":{\"isActive\":false}}", 200).getJsonObject("data");
        assertFalse(updated.getBoolean("isActive"));

        JsonObject deleted = call("DELETE", "/millicast/deleteToken", "{\"tokenId\":" + id + "}", 200);
        assertEquals("success", deleted.getString("status"));
        assertTrue(deleted.getBoolean("data"));

        JsonObject gone = call("POST", "/millicast/getToken", "{\"tokenId\":" + id + "}", 400);
        assertEquals("fail", gone.getString("status"));
        assertEquals("No publish token with id: " + id, gone.getJsonObject("data").getString("tokenId"));
    }

    @Test
    void listEverythingWalksAllPagesAtMillicastPaths() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("POST", "/api/publish_token/", "{\"label\":\"all-" + i + "\",\"streams\":[{\"streamName\":\"all\"}]}", 200);
        }
        int total = 0;
        for (int page = 1; ; page++) {
            int size = call("GET", "/api/publish_token/list?page=" + page + "&itemsOnPage=100", null, 200)
                    .getJsonArray("data").size();
            if (size == 0) {
                break;
            }
            total += size;
        }
        var all = call("GET", "/api/publish_token/list/all", null, 200).getJsonArray("data");
        assertEquals(total, all.size());
        assertTrue(all.stream().filter(t -> t.asJsonObject().getString("label").startsWith("all-")).count() == 3);
    }

    @Test
    void theSandboxGivesTheSameAnswersToTheContractsInvalidRequests() throws Exception {
        assertEquals(List.of(), ContractCases.sendAll(gateway));
    }

    @Test
    void dolbysNodeSdkWorksThroughTheGatewayWithAGatewayKey() throws Exception {
        JsonObject results = object(NodeSdk.drive(editorKey).strip());

        assertEquals("sdk publish", results.getString("publishReadLabel"));
        assertEquals("sdk publish renamed", results.getString("publishUpdatedLabel"));
        assertTrue(results.getBoolean("publishListed"));
        assertTrue(results.getBoolean("publishActive"));
        assertEquals(results.getInt("publishCreated"), results.getJsonArray("publishDisabled").getInt(0));
        assertTrue(results.getBoolean("publishDeleted"));
        assertEquals("sdk subscribe renamed", results.getString("subscribeUpdatedLabel"));
        assertTrue(results.getBoolean("subscribeListed"));
        assertTrue(results.getBoolean("subscribeDeleted"));
        assertTrue(results.getString("readAfterDelete").contains("response code 400"), results.toString());
        assertTrue(results.getJsonArray("requests").toString().contains("PATCH /api/publish_token/disable"));
    }

    @Test
    void listPagesStopAt100AndReturnAnEmptyPagePastTheEnd() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("POST", "/millicast/createToken", "{\"label\":\"page-" + i + "\",\"streams\":[{\"streamName\":\"p\"}]}", 200);
        }
        assertEquals(2, call("GET", "/millicast/getList?page=1&itemsOnPage=2", null, 200).getJsonArray("data").size());
        assertEquals(0, call("GET", "/millicast/getList?page=100000&itemsOnPage=100", null, 200)
                .getJsonArray("data").size());
    }

    @Test
    void everyPageAndTheStartupLogSayItIsASandbox() throws Exception {
        var page = anonymous.get("/login.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"sandbox-banner\""), page.body());
        assertTrue(page.body().contains("not connected to Dolby.io"), page.body());

        // as a browser asks (programs get JSON there)
        var errorPage = anonymous.withPassword(Admin.NAME, Admin.PASSWORD)
                .sendWith("GET", "/no-such-page.xhtml", "text/plain", "", "Accept", "text/html");
        assertEquals(404, errorPage.statusCode());
        assertTrue(errorPage.body().contains("id=\"sandbox-banner\""), errorPage.body());
        assertTrue(ServerLog.read().contains("Token Gateway is running in SANDBOX mode"));
    }

    @Test
    void thePageCreatesATokenAndListsItInARealBrowser() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            var wait = new WebDriverWait(page, Duration.ofSeconds(15));
            page.get(gateway.base() + "/");
            assertTrue(page.findElement(By.id("sandbox-banner")).getText().contains("Sandbox"));
            logIn(page, wait, Admin.NAME, Admin.PASSWORD);

            // the token pages of issue 11: create on its own page, the token page after it (post-redirect-get),
            // renew and delete behind a confirmation, a look-up by the token page's URL
            page.get(gateway.base() + "/create.xhtml?kind=publish");
            page.findElement(By.id("token:label")).sendKeys("browser-cam");
            page.findElement(By.id("token:streams")).sendKeys("browser-cam");
            page.findElement(By.id("token:submit")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Created token"));
            String id = page.getCurrentUrl().replaceAll("^.*[?&]id=(\\d+).*$", "$1");
            page.findElement(By.id("reveal")).click();
            assertTrue(page.findElement(By.id("shown-token")).getText().matches("[0-9a-f]{64}"));
            page.get(gateway.base() + "/");
            String table = page.findElement(By.id("list:tokens")).getText();
            assertTrue(table.contains("browser-cam"), table);

            page.get(gateway.base() + "/token.xhtml?kind=publish&id=" + id);
            page.findElement(By.id("switch:toggle")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is inactive"));
            assertEquals("no", page.findElement(By.id("shown-active")).getText());

            page.findElement(By.id("delete-link")).click();
            page.findElement(By.id("delete:confirm")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Deleted token " + id));

            page.get(gateway.base() + "/token.xhtml?kind=publish&id=" + id);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "HTTP 400: No publish token with id: " + id));

            page.findElement(By.id("session:logout")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:name")));
            page.get(gateway.base() + "/");
            assertTrue(page.getCurrentUrl().endsWith("/login.xhtml"), page.getCurrentUrl());
        }
    }

    private static void logIn(WebDriver page, WebDriverWait wait, String name, String password) {
        page.findElement(By.id("login:name")).sendKeys(name);
        page.findElement(By.id("login:password")).sendKeys(password);
        page.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
    }

    @Test
    void aViewerSeesTokensButNoWayToChangeThem() throws Exception {
        var added = anonymous.withPassword(Admin.NAME, Admin.PASSWORD).post("/admin/users",
                "{\"name\":\"browser-viewer\",\"role\":\"viewer\",\"password\":\"viewer-password-1\"}");
        assertEquals(201, added.statusCode(), added.body());
        call("POST", "/millicast/createToken", "{\"label\":\"seen\",\"streams\":[{\"streamName\":\"seen\"}]}", 200);
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            var wait = new WebDriverWait(page, Duration.ofSeconds(15));
            page.get(gateway.base() + "/login.xhtml");
            logIn(page, wait, "browser-viewer", "viewer-password-1");

            assertEquals("browser-viewer (viewer)", page.findElement(By.id("signed-in")).getText());
            assertTrue(page.findElement(By.id("list:tokens")).getText().contains("seen"));
            assertTrue(page.findElements(By.id("delete:submit")).isEmpty(), "a viewer sees the delete form");
            assertTrue(page.findElements(By.cssSelector("input[id$=':remove']")).isEmpty(), "a viewer sees delete buttons");
            assertTrue(page.findElements(By.id("create:submit")).isEmpty(), "a viewer sees the create form");
            assertTrue(page.findElements(By.id("nav-keys")).isEmpty(), "a viewer sees the admin menu");
        }
    }

    @Test
    void anAdminIssuesAKeyInTheConsoleSeesItOnceAndRevokesIt() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            var wait = new WebDriverWait(page, Duration.ofSeconds(15));
            page.get(gateway.base() + "/login.xhtml");
            logIn(page, wait, Admin.NAME, Admin.PASSWORD);

            page.findElement(By.id("nav-keys")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issue:label"))).sendKeys("console key");
            page.findElement(By.id("issue:submit")).click();
            String key = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issued-key"))).getText();
            assertTrue(key.matches("tgw_[A-Za-z0-9]{12}_[A-Za-z0-9]{32}"), key);
            assertEquals(200, anonymous.withKey(key).get("/millicast/getList").statusCode());

            page.get(gateway.base() + "/keys.xhtml");
            assertTrue(page.findElements(By.id("issued-key")).isEmpty(), "the key is shown a second time");
            assertFalse(page.getPageSource().contains(key.substring(17)), "the key's secret is on the page again");
            var row = page.findElements(By.cssSelector("#keys\\:table tbody tr")).stream()
                    .filter(r -> r.getText().contains("console key")).findFirst().orElseThrow();
            assertTrue(row.getText().contains("editor"), row.getText());
            row.findElement(By.cssSelector("input[id$=':revoke']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Revoked key"));

            assertEquals(401, anonymous.withKey(key).get("/millicast/getList").statusCode());
        }
    }
}
