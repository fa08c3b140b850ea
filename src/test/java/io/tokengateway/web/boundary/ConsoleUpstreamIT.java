package io.tokengateway.web.boundary;

import static io.tokengateway.testing.ConsolePages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.Browser;
import io.tokengateway.testing.ConsolePages;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.StubMillicast;
import io.tokengateway.testing.StubMillicast.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The token pages against the HTTPS stub of the Millicast API: what the console sends upstream, exactly, the
 * configured streaming hosts and account id, and the words a person reads when Dolby.io refuses or does not answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleUpstreamIT {

    private static final String SECRET = "console-upstream-it-secret";
    private static final String TOKEN_STRING = "c0ffee".repeat(10) + "abcd";
    private static final String TOKEN = "{\"status\":\"success\",\"data\":{\"id\":41,\"label\":\"sec\",\"token\":\""
            + TOKEN_STRING + "\",\"addedOn\":\"2026-11-28T10:00:00Z\",\"isActive\":true,"
            + "\"streams\":[{\"streamName\":\"sec\",\"isRegex\":false}],\"allowedOrigins\":[],\"allowedIpAddresses\":[],"
            + "\"allowedCountries\":[],\"deniedCountries\":[],\"originCluster\":\"\",\"subscribeRequiresAuth\":true,"
            + "\"record\":false,\"clip\":false,\"multisource\":true,\"enableThumbnails\":false,\"lowLatencyRtmp\":true,"
            + "\"displaySrtPassphrase\":false,\"priority\":null}}";
    private static final String READ = "/api/publish_token/41";
    private static final String UPDATE = "/api/v2/publish_token/41";

    private static StubMillicast stub;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        stub = StubMillicast.start();
        return Deployments.againstStub("console-upstream", stub, SECRET, Map.of(
                "millicast.read.timeout.ms", "1500",
                "gateway.upstream.retry.max", "0",
                "gateway.upstream.breaker.failures", "100",
                "millicast.account.id", "acct7",
                "millicast.director.url", "https://director.example.net",
                "millicast.viewer.url", "https://viewer.example.net"));
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void aTokenAtTheApi() {
        stub.reset();
        stub.answer("GET", READ, Answer.json(200, TOKEN));
        stub.answer("GET", "/api/publish_token/active/all",
                Answer.json(200, "{\"status\":\"success\",\"data\":{\"tokenIds\":[41]}}"));
    }

    @Test
    void theTokenPageShowsTheConfiguredHostsAndSendsOnlyWhatChanged() throws Exception {
        stub.answer("PUT", UPDATE, Answer.json(200, TOKEN.replace("\"label\":\"sec\"", "\"label\":\"sec 2\"")));
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            WebDriverWait wait = logIn(page);
            page.get(base() + "/token.xhtml?kind=publish&id=41");
            assertEquals("acct7/sec", page.findElement(By.id("stream-id-0")).getText());
            assertEquals("https://director.example.net/api/whip/sec", page.findElement(By.id("whip-0")).getText());
            assertEquals("https://viewer.example.net/?streamId=acct7%2Fsec", page.findElement(By.id("viewer-0")).getText());
            assertTrue(page.findElement(By.tagName("body")).getText().contains("this stream is secured"));
            assertEquals("live now", page.findElement(By.id("live")).getText());

            type(page, "edit:label", "sec 2");
            page.findElement(By.id("edit:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved the settings"));
        }
        List<StubMillicast.Received> puts = stub.received().stream().filter(r -> r.method().equals("PUT")).toList();
        assertEquals(1, puts.size(), stub.received().toString());
        assertEquals(UPDATE, puts.get(0).path());
        assertEquals("{\"label\":\"sec 2\"}", puts.get(0).body());
        // never printed: a test report must not hold the secret
        assertTrue(("Bearer " + SECRET).equals(puts.get(0).authorization()), "the API secret went as the bearer");
    }

    /**
     * Publish token 41 and subscribe token 41 are two tokens: the page of one lists its own changes only (the trail
     * keeps each row's token kind).
     */
    @Test
    void aTokensAuditHistoryHoldsItsOwnKindOnly() throws Exception {
        String subscribeUpdate = "/api/v2/subscribe_token/41";
        stub.answer("PUT", UPDATE, Answer.json(200, TOKEN));
        stub.answer("PUT", subscribeUpdate, Answer.json(200, TOKEN.replace("\"label\":\"sec\"", "\"label\":\"watchers\"")));
        GatewayClient admin = GatewayClient.forTestServer().withPassword(Admin.NAME, Admin.PASSWORD);
        assertEquals(200, admin.send("PUT", UPDATE, "{\"label\":\"publish-side\"}").statusCode());
        assertEquals(200, admin.send("PUT", subscribeUpdate, "{\"label\":\"subscribe-side\"}").statusCode());

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            logIn(page);
            page.get(base() + "/token.xhtml?kind=publish&id=41");
            String history = page.findElement(By.id("history-table")).getText();
            assertTrue(history.contains("publish-side"), history);
            assertFalse(history.contains("subscribe-side"), history);
        }
        String trail = admin.get("/admin/audit?tokenId=41&action=token.update").body();
        assertTrue(trail.contains("\"tokenKind\":\"subscribe\""), trail);
        assertTrue(trail.contains("\"tokenKind\":\"publish\""), trail);
    }

    @Test
    void aChangeWithoutAnAnswerMayHaveBeenAppliedAndARefusalIsInDolbysWords() throws Exception {
        stub.answer("PUT", UPDATE, Answer.json(200, TOKEN).after(Duration.ofSeconds(4)));
        stub.answer("POST", "/api/publish_token", Answer.json(400, "{\"status\":\"fail\",\"data\":{\"errors\":"
                + "{\"label\":[\"Dolby says no\"]},\"message\":\"Validation errors\"}}"));
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            WebDriverWait wait = logIn(page);
            page.get(base() + "/token.xhtml?kind=publish&id=41");
            page.findElement(By.id("switch:toggle")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "HTTP 504"));
            assertTrue(text(page, "messages").startsWith("Dolby.io gave no usable answer — HTTP 504: "), text(page, "messages"));
            assertTrue(text(page, "messages").endsWith(
                    "The change may have been applied: reload to check before trying again."), text(page, "messages"));

            page.get(base() + "/create.xhtml?kind=publish");
            type(page, "token:label", "cam");
            type(page, "token:streams", "cam");
            page.findElement(By.id("token:submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Dolby.io rejected"));
            assertEquals("Dolby.io rejected the request — HTTP 400: label: Dolby says no", text(page, "messages"));
            assertTrue(page.getCurrentUrl().contains("/create.xhtml"), "the form stays to be corrected");
        }
        assertEquals(1, stub.received().stream().filter(r -> r.method().equals("POST")).count());
    }

    @Test
    void aCreateWhoseAnswerWasLostSaysTheTokenMayExist() throws Exception {
        stub.answer("POST", "/api/publish_token", Answer.reset());
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            WebDriverWait wait = logIn(page);
            page.get(base() + "/create.xhtml?kind=publish");
            type(page, "token:label", "cam");
            type(page, "token:streams", "cam");
            page.findElement(By.id("token:submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "may have been created"));
            assertTrue(text(page, "messages").startsWith("Dolby.io gave no usable answer — HTTP 502: "),
                    text(page, "messages"));
        }
    }

    private static String base() {
        return "https://localhost:" + System.getProperty("it.https.port");
    }

    private static WebDriverWait logIn(WebDriver page) {
        return ConsolePages.logIn(page, base(), Admin.NAME, Admin.PASSWORD);
    }



    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText();
    }
}
