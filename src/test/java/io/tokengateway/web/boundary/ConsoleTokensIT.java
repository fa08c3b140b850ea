package io.tokengateway.web.boundary;

import static io.tokengateway.testing.ConsolePages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.Browser;
import io.tokengateway.testing.ConsolePages;
import io.tokengateway.testing.BrowserSession;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.JsonText;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's token pages in a real headless Chromium against the sandbox (issue 11): every step is checked
 * against what the sandbox holds, read through the token API with an editor's key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleTokensIT {

    private static final String EDITOR = "console-editor";
    private static final String VIEWER = "console-viewer";
    private static final String PASSWORD = "console-password-1";
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static String editorKey;
    private final GatewayClient anonymous = GatewayClient.forTestServer();
    private GatewayClient api;

    ConsoleTokensIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> settings = new HashMap<>(Admin.settings("console-tokens"));
        settings.put("gateway.ratelimit.changes.per.second", "1000");
        settings.put("gateway.ratelimit.changes.burst", "1000");
        settings.put("gateway.ratelimit.reads.per.second", "1000");
        settings.put("gateway.ratelimit.reads.burst", "1000");
        return Deployments.gateway(settings);
    }

    @BeforeEach
    void people() throws Exception {
        if (editorKey == null) {
            GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);
            for (String[] person : List.of(new String[] {EDITOR, "editor"}, new String[] {VIEWER, "viewer"})) {
                var added = admin.post("/admin/users", "{\"name\":\"" + person[0] + "\",\"role\":\"" + person[1]
                        + "\",\"password\":\"" + PASSWORD + "\"}");
                assertEquals(201, added.statusCode(), added.body());
            }
            editorKey = Admin.issueKey(anonymous, "console checks", "editor");
        }
        api = anonymous.withKey(editorKey);
    }

    // ---------------------------------------------------------------- the walk of the issue

    @Test
    void anEditorCreatesFindsCopiesEditsRenewsDisablesBulkDisablesAndDeletesAPublishToken() throws Exception {
        String label = "walk-" + System.nanoTime();
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            WebDriverWait wait = logIn(page, EDITOR);

            // an id that is not a number is a token that does not exist, not an error page
            page.get(base() + "/token.xhtml?kind=publish&id=abc");
            assertEquals("No such token", page.findElement(By.tagName("h1")).getText());
            assertFalse(page.getPageSource().contains("Something went wrong"));

            // create with advanced settings
            page.get(base() + "/create.xhtml?kind=publish");
            type(page, "token:label", label);
            type(page, "token:streams", label + "-cam");
            page.findElement(By.cssSelector("details.advanced summary")).click();
            type(page, "token:origins", "*.example.com");
            Select countries = new Select(page.findElement(By.id("token:allowedCountries")));
            countries.selectByValue("DE");
            countries.selectByValue("FR");
            page.findElement(By.id("token:record")).click();
            page.findElement(By.id("token:drm")).click();
            type(page, "token:priority", "5");
            page.findElement(By.id("token:submit")).click();
            wait.until(ExpectedConditions.urlContains("/token.xhtml"));
            assertTrue(messages(page).contains("Created token"), messages(page));
            int id = Integer.parseInt(page.getCurrentUrl().replaceAll("^.*[?&]id=(\\d+).*$", "$1"));
            JsonObject made = token("publish", id);
            assertEquals(label, made.getString("label"));
            assertEquals("[\"*.example.com\"]", made.getJsonArray("allowedOrigins").toString());
            assertEquals(Set.of("DE", "FR"), Set.copyOf(made.getJsonArray("allowedCountries").getValuesAs(
                    jakarta.json.JsonString::getString)));
            assertTrue(made.getBoolean("record"));
            assertTrue(made.getBoolean("drm"));
            assertEquals(5, made.getInt("priority"));

            // a reload after the create makes nothing
            page.navigate().refresh();
            assertEquals(1, named("publish", label).size());

            // find it by search, open it
            page.get(base() + "/index.xhtml");
            type(page, "q", label);
            page.findElement(By.id("search-submit")).click();
            wait.until(ExpectedConditions.urlContains("q=" + label));
            page.findElement(By.linkText(label)).click();
            wait.until(ExpectedConditions.urlContains("id=" + id));
            assertEquals(label, page.findElement(By.id("shown-label")).getText());
            assertEquals("yes", page.findElement(By.id("shown-drm")).getText());
            assertTrue(page.findElement(By.id("publishing")).isDisplayed());
            assertTrue(page.getPageSource().contains("https://director.millicast.com/api/whip/" + label + "-cam"));
            assertTrue(page.getPageSource().contains("sandbox/" + label + "-cam"), "the stream id");

            // copy the token string
            String secret = made.getString("token");
            assertFalse(page.findElement(By.id("shown-token")).isDisplayed(), "the token string is masked");
            page.findElement(By.id("copy-token")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("copy-token"), "data-copied", secret));
            assertEquals("Copied to the clipboard", page.findElement(By.id("shown-token-status")).getText());
            page.findElement(By.id("reveal")).click();
            assertEquals(secret, page.findElement(By.id("shown-token")).getText());

            // edit three settings
            type(page, "edit:label", label + "-renamed");
            type(page, "edit:priority", "7");
            page.findElement(By.id("edit:drm")).click();
            page.findElement(By.id("edit:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved the settings"));
            JsonObject edited = token("publish", id);
            assertEquals(label + "-renamed", edited.getString("label"));
            assertEquals(7, edited.getInt("priority"));
            assertFalse(edited.getBoolean("drm"));
            assertEquals(made.getJsonArray("allowedCountries"), edited.getJsonArray("allowedCountries"), "left as it was");
            String entry = page.findElement(By.id("audit-entry")).getText();
            assertEquals("Recorded in the audit trail as entry " + newestAuditEntry(id) + ".", entry);
            page.navigate().refresh();
            assertEquals(label + "-renamed", page.findElement(By.id("shown-label")).getText());

            // renew, after a confirmation
            page.findElement(By.id("renew-link")).click();
            assertTrue(page.findElement(By.id("confirm-renew")).getText().contains("The old token stops working now"));
            assertEquals(secret, token("publish", id).getString("token"), "asking changed nothing");
            page.findElement(By.id("renew:confirm")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "new token string"));
            String renewed = token("publish", id).getString("token");
            assertNotEquals(secret, renewed);
            page.navigate().refresh();
            assertEquals(renewed, token("publish", id).getString("token"), "a reload renews again");

            // disable
            page.findElement(By.id("switch:toggle")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is inactive"));
            assertFalse(token("publish", id).getBoolean("isActive"));
            assertEquals("inactive", page.findElement(By.id("state")).getText());
            page.navigate().refresh();
            assertFalse(token("publish", id).getBoolean("isActive"), "a reload switched it back on");

            // bulk-disable three others
            String batch = "batch-" + System.nanoTime();
            List<Integer> three = List.of(create("publish", batch + "-a"), create("publish", batch + "-b"),
                    create("publish", batch + "-c"));
            page.get(base() + "/index.xhtml?kind=publish&q=" + batch);
            for (int one : three) {
                page.findElement(By.id("pick-" + one)).click();
            }
            page.findElement(By.id("bulk-disable")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bulk-question")));
            assertEquals("Disable 3 publish tokens?", page.findElement(By.id("bulk-question")).getText());
            for (int one : three) {
                assertTrue(token("publish", one).getBoolean("isActive"), "asking changed nothing");
            }
            page.findElement(By.id("bulk:confirm")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));
            assertEquals("3 of 3 done", page.findElement(By.id("results-summary")).getText());
            for (int one : three) {
                assertFalse(token("publish", one).getBoolean("isActive"));
            }
            page.navigate().refresh();
            assertTrue(page.findElements(By.id("bulk:confirm")).isEmpty(), "a reload asks again");
            for (String odd : List.of("/bulk.xhtml", "/bulk.xhtml?action=&ids=x&kind=", "/bulk.xhtml?action=explode&ids=1",
                    "/index.xhtml?in=&sort=&kind=&page=0&size=1000", "/token.xhtml?kind=publish&id=0",
                    "/token.xhtml?kind=publish&id=999999")) {
                page.get(base() + odd);
                assertFalse(page.findElement(By.tagName("body")).getText().contains("Something went wrong"), odd);
                assertTrue(page.findElements(By.id("signed-in")).size() == 1, odd);
            }

            // delete, after a confirmation naming the token
            page.get(base() + "/token.xhtml?kind=publish&id=" + id);
            page.findElement(By.id("delete-link")).click();
            String question = page.findElement(By.id("confirm-delete")).getText();
            assertTrue(question.contains(label + "-renamed") && question.contains("Live streams using it end at once"),
                    question);
            assertEquals(200, api.get("/api/publish_token/" + id).statusCode(), "asking deleted it");
            page.findElement(By.id("delete:confirm")).click();
            wait.until(ExpectedConditions.urlContains("/index.xhtml"));
            assertTrue(messages(page).contains("Deleted token " + id), messages(page));
            assertTrue(page.findElement(By.id("audit-entry")).getText().matches("Recorded in the audit trail as entry \\d+\\."),
                    page.findElement(By.id("audit-entry")).getText());
            assertEquals(400, api.get("/api/publish_token/" + id).statusCode());
            page.navigate().refresh();
            assertTrue(messages(page).isEmpty() || !messages(page).contains("Deleted"), messages(page));

            // a bulk change reports each token: the three enabled again, the deleted one failed in the API's words
            StringBuilder ids = new StringBuilder();
            for (int one : three) {
                ids.append("&ids=").append(one);
            }
            page.get(base() + "/bulk.xhtml?kind=publish&action=enable" + ids + "&ids=" + id);
            assertEquals("Enable 4 publish tokens?", page.findElement(By.id("bulk-question")).getText());
            page.findElement(By.id("bulk:confirm")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-summary")));
            assertEquals("3 of 4 done", page.findElement(By.id("results-summary")).getText());
            String results = page.findElement(By.id("results-table")).getText();
            assertTrue(results.contains("failed: The sandbox rejected the request — HTTP 400: No publish token with id: "
                    + id), results);
            // each token's line names the audit entry its change made, the failed one's too
            assertEquals(4, results.split("\\(audit entry \\d+\\)", -1).length - 1, results);
            for (int one : three) {
                assertTrue(token("publish", one).getBoolean("isActive"));
            }
        }
    }

    @Test
    void subscribeTokensAreCreatedListedEditedAndDeleted() throws Exception {
        String label = "viewers-" + System.nanoTime();
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            WebDriverWait wait = logIn(page, EDITOR);
            page.get(base() + "/index.xhtml");
            page.findElement(By.id("tab-subscribe")).click();
            wait.until(ExpectedConditions.urlContains("kind=subscribe"));
            page.findElement(By.id("new-token")).click();
            wait.until(ExpectedConditions.urlContains("/create.xhtml?kind=subscribe"));
            type(page, "token:label", label);
            type(page, "token:streams", "show");
            page.findElement(By.cssSelector("details.advanced summary")).click();
            type(page, "token:trackingId", "campaign-7");
            page.findElement(By.id("token:submit")).click();
            wait.until(ExpectedConditions.urlContains("/token.xhtml?kind=subscribe"));
            int id = Integer.parseInt(page.getCurrentUrl().replaceAll("^.*[?&]id=(\\d+).*$", "$1"));
            assertEquals("campaign-7", token("subscribe", id).getJsonObject("tracking").getString("trackingId"));
            assertTrue(page.findElements(By.id("publishing")).isEmpty(), "publishing info for a subscribe token");

            page.get(base() + "/index.xhtml?kind=subscribe&q=" + label);
            assertTrue(page.findElement(By.id("list:tokens")).getText().contains(label));

            page.get(base() + "/token.xhtml?kind=subscribe&id=" + id);
            type(page, "edit:label", label + "-b");
            page.findElement(By.id("edit:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved the settings"));
            assertEquals(label + "-b", token("subscribe", id).getString("label"));

            // a viewer link: a stream the token does not allow is refused by its field; an allowed one shows the
            // viewer's token once (a reload neither shows nor mints it again)
            type(page, "viewer-link:streamName", "another-show");
            page.findElement(By.id("viewer-link:mint")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("viewer-link:streamName-error")));
            assertFalse(page.findElement(By.id("viewer-link:streamName-error")).getText().isBlank());
            assertTrue(page.findElements(By.id("viewer-token")).isEmpty());
            type(page, "viewer-link:streamName", "show");
            type(page, "viewer-link:lifetime", "120");
            page.findElement(By.id("viewer-link:mint")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("viewer-token")));
            String[] jwt = page.findElement(By.id("viewer-token")).getText().split("\\.");
            assertEquals(3, jwt.length);
            String claims = new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8);
            assertTrue(claims.contains("\"streamName\":\"show\"") && claims.contains("\"tokenId\":" + id), claims);
            page.navigate().refresh();
            assertTrue(page.findElements(By.id("viewer-token")).isEmpty(), "a reload showed the viewer token again");

            page.findElement(By.id("delete-link")).click();
            page.findElement(By.id("delete:confirm")).click();
            wait.until(ExpectedConditions.urlContains("/index.xhtml?kind=subscribe"));
            assertEquals(400, api.get("/api/subscribe_token/" + id).statusCode());
        }
    }

    // ---------------------------------------------------------------- who may change

    @Test
    void aViewerSeesNoChangeControlsAndACraftedChangeIsRefused() throws Exception {
        int id = create("publish", "viewed-" + System.nanoTime());
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            logIn(page, VIEWER);
            page.get(base() + "/index.xhtml");
            assertTrue(page.findElements(By.id("new-token")).isEmpty());
            assertTrue(page.findElements(By.name("ids")).isEmpty(), "row checkboxes for a viewer");
            assertTrue(page.findElements(By.id("bulk-disable")).isEmpty());
            page.get(base() + "/token.xhtml?kind=publish&id=" + id);
            assertTrue(page.findElements(By.id("actions")).isEmpty(), "change buttons for a viewer");
            assertTrue(page.findElements(By.id("edit:save")).isEmpty(), "the edit form for a viewer");
            page.get(base() + "/token.xhtml?kind=publish&id=" + id + "&confirm=delete");
            assertTrue(page.findElements(By.id("delete:confirm")).isEmpty(), "a delete confirmation for a viewer");
        }

        BrowserSession viewer = new BrowserSession();
        assertEquals(302, viewer.logIn(VIEWER, PASSWORD).statusCode());
        String tokenPage = viewer.get("/token.xhtml?kind=publish&id=" + id).body();
        for (String[] form : List.of(new String[] {"switch", "switch:toggle"}, new String[] {"delete", "delete:confirm"},
                new String[] {"renew", "renew:confirm"}, new String[] {"edit", "edit:save"})) {
            Map<String, String> crafted = new LinkedHashMap<>();
            crafted.put(form[0], form[0]);
            crafted.put(form[1], "x");
            crafted.put("edit:label", "forged");
            crafted.put("jakarta.faces.ViewState", BrowserSession.viewState(tokenPage));
            viewer.postForm("/token.xhtml?kind=publish&id=" + id, crafted);
        }
        assertEquals(403, viewer.get("/create.xhtml").statusCode());
        assertEquals(403, viewer.get("/bulk.xhtml?kind=publish&action=delete&ids=" + id).statusCode());
        JsonObject after = token("publish", id);
        assertTrue(after.getBoolean("isActive"));
        assertTrue(after.getString("label").startsWith("viewed-"));
    }

    // ---------------------------------------------------------------- the list

    @Test
    void pagingAndSortingOverMoreThanAHundredTokensAndTheUrlReproducesTheView() throws Exception {
        String prefix = "many" + System.nanoTime() + "-";
        for (int i = 1; i <= 130; i++) {
            create("publish", prefix + String.format("%03d", i));
        }
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            WebDriverWait wait = logIn(page, EDITOR);
            page.get(base() + "/index.xhtml?q=" + prefix + "&in=token&size=100");
            assertEquals(100, rows(page).size());
            assertTrue(rows(page).get(0).getText().contains(prefix + "001"), rows(page).get(0).getText());
            page.findElement(By.id("next")).click();
            wait.until(ExpectedConditions.urlContains("page=2"));
            assertEquals(30, rows(page).size());
            assertTrue(rows(page).get(0).getText().contains(prefix + "101"), rows(page).get(0).getText());
            assertTrue(page.findElements(By.id("next")).isEmpty(), "a next page after a short one");

            page.findElement(By.id("sort-name")).click();
            wait.until(ExpectedConditions.urlContains("desc=true"));
            assertTrue(rows(page).get(0).getText().contains(prefix + "130"), rows(page).get(0).getText());
            assertEquals("Page 1", page.findElement(By.id("page-number")).getText());
            String view = page.getCurrentUrl();

            page.navigate().back();
            wait.until(ExpectedConditions.urlContains("page=2"));
            assertTrue(rows(page).get(0).getText().contains(prefix + "101"), "the back button");

            try (Browser other = new Browser()) {
                WebDriver shared = other.driver();
                logIn(shared, VIEWER);
                shared.get(view);
                assertEquals(100, rows(shared).size());
                assertTrue(rows(shared).get(0).getText().contains(prefix + "130"), rows(shared).get(0).getText());
                assertTrue(rows(shared).get(99).getText().contains(prefix + "031"), rows(shared).get(99).getText());
            }
        }
    }

    // ---------------------------------------------------------------- the create form

    @Test
    void invalidInputsAreNamedNextToTheirFieldsAndNothingIsCreated() throws Exception {
        int before = all("publish").size();
        Map<String, String[]> cases = new LinkedHashMap<>();
        // case: {field with the message, expected message part, then field=value pairs}
        cases.put("empty label", new String[] {"label", "The Label field is required.", "streams=a"});
        cases.put("label of spaces", new String[] {"label", "only spaces", "label=   ", "streams=a"});
        cases.put("label over 128", new String[] {"label",
            "The field Label must be a string with a minimum length of 1 and a maximum length of 128.",
            "label=" + "x".repeat(200), "streams=a"});
        cases.put("no stream", new String[] {"streams", "Name at least one stream", "label=a"});
        cases.put("stream name over 128", new String[] {"streams",
            "The field StreamName must be a string with a minimum length of 1 and a maximum length of 128.",
            "label=a", "streams=" + "s".repeat(129)});
        cases.put("bad regex", new String[] {"streams", "is not a valid regular expression", "label=a",
            "streams=([", "streamsAreRegex=on"});
        cases.put("duration not a number", new String[] {"expiresIn", "'soon' is not a whole number.", "label=a",
            "streams=a", "expiresIn=soon"});
        cases.put("zero duration", new String[] {"expiresIn", "The field Expires must be between 1 and 2147483647.",
            "label=a", "streams=a", "expiresIn=0"});
        cases.put("date in the past", new String[] {"expiresAt", "The expiry date has passed", "label=a",
            "streams=a", "expiresAt=2020-01-01T00:00"});
        cases.put("bad origin", new String[] {"origins", "'not a domain!' is not a valid origin", "label=a",
            "streams=a", "origins=not a domain!"});
        cases.put("bad address", new String[] {"ips", "'300.1.1.1' is not a valid IPv4 address or CIDR block.",
            "label=a", "streams=a", "ips=300.1.1.1"});
        cases.put("priority not a number", new String[] {"priority", "'high' is not a whole number.", "label=a",
            "streams=a", "priority=high"});
        cases.put("record and clip", new String[] {"clip", "Clip cannot be true while record is true.", "label=a",
            "streams=a", "record=on", "clip=on"});
        cases.put("bind and addresses", new String[] {"bindIps",
            "BindIpsOnUsage cannot be used together with allowedIpAddresses.", "label=a", "streams=a",
            "ips=10.0.0.1", "bindIps=2"});
        cases.put("restream without key", new String[] {"restream", "needs a URL and a stream key", "label=a",
            "streams=a", "restream=rtmp://live.example.com/app"});
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            WebDriverWait wait = logIn(page, EDITOR);
            for (Map.Entry<String, String[]> c : cases.entrySet()) {
                String[] spec = c.getValue();
                page.get(base() + "/create.xhtml?kind=publish");
                page.findElement(By.cssSelector("details.advanced summary")).click();
                for (int i = 2; i < spec.length; i++) {
                    String[] pair = spec[i].split("=", 2);
                    WebElement field = page.findElement(By.id("token:" + pair[0]));
                    if ("on".equals(pair[1])) {
                        field.click();
                    } else {
                        ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1]", field, pair[1]);
                    }
                }
                page.findElement(By.id("token:submit")).click();
                By message = By.id("token:" + spec[0] + "-error");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(message, spec[1]));
                assertTrue(page.getCurrentUrl().contains("/create.xhtml"), c.getKey());
                assertTrue(messages(page).contains("Nothing was sent"), c.getKey() + ": " + messages(page));
            }
        }
        assertEquals(before, all("publish").size(), "a token was made");
    }

    @Test
    void theCreateFormWorksByKeyboardAlone() throws Exception {
        String label = "keys-" + System.nanoTime();
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            WebDriverWait wait = logIn(page, EDITOR);
            page.get(base() + "/create.xhtml?kind=publish");
            assertEquals("token:label", page.switchTo().activeElement().getAttribute("id"), "the label has the focus");
            new Actions(page).sendKeys(label).sendKeys(Keys.TAB).sendKeys(label + "-stream")
                    .sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys("2")
                    .sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.urlContains("/token.xhtml"));
            List<JsonObject> made = named("publish", label);
            assertEquals(1, made.size());
            assertEquals(label + "-stream", made.get(0).getJsonArray("streams").getJsonObject(0).getString("streamName"));
            assertFalse(made.get(0).isNull("expiresOn"), "the expiry typed");
        }
    }

    // ---------------------------------------------------------------- layout

    @Test
    void atPhoneWidthNoPageScrollsSidewaysAndEveryMainPageLooksRight() throws Exception {
        String longName = "unbroken" + "x".repeat(120);
        int id = create("publish", longName);
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            logIn(page, EDITOR);
            Files.createDirectories(SHOTS);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("list", "/index.xhtml?q=unbroken");
            pages.put("create", "/create.xhtml?kind=publish");
            pages.put("token", "/token.xhtml?kind=publish&id=" + id);
            for (int width : List.of(1366, 390)) {
                page.manage().window().setSize(new Dimension(width, 900));
                for (Map.Entry<String, String> p : pages.entrySet()) {
                    page.get(base() + p.getValue());
                    long documentWidth = (Long) ((JavascriptExecutor) page)
                            .executeScript("return document.documentElement.scrollWidth");
                    long viewport = (Long) ((JavascriptExecutor) page).executeScript("return window.innerWidth");
                    assertTrue(documentWidth <= viewport, p.getKey() + " at " + width + " px: " + documentWidth
                            + " px wide in a " + viewport + " px viewport");
                    assertTrue(page.findElement(By.id("session:logout")).isDisplayed(), "Log out at " + width);
                    String text = page.findElement(By.tagName("body")).getText();
                    assertFalse(text.contains("Something went wrong") || text.contains("Exception"), text);
                    assertTrue(page.findElements(By.cssSelector("#messages .error")).isEmpty(), text);
                    byte[] png = ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES);
                    Files.write(SHOTS.resolve(p.getKey() + "-" + width + ".png"), png);
                    assertTrue(colours(png) > 20, p.getKey() + " at " + width + " looks blank");
                }
            }
            // the README's picture of the list: small, a few rows
            for (String camera : List.of("backstage-cam", "lobby-cam", "main-stage-cam")) {
                create("publish", camera);
            }
            page.manage().window().setSize(new Dimension(1100, 820));
            page.get(base() + "/index.xhtml?q=cam&in=token");
            byte[] png = ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve("readme-list.png"), png);
            assertTrue(colours(png) > 20, "the list looks blank");
        }
    }

    // ---------------------------------------------------------------- helpers

    private String base() {
        return anonymous.base();
    }

    private WebDriverWait logIn(WebDriver page, String name) {
        return ConsolePages.logIn(page, base(), name, PASSWORD);
    }



    private static String messages(WebDriver page) {
        List<WebElement> list = page.findElements(By.id("messages"));
        return list.isEmpty() ? "" : list.get(0).getText();
    }

    private static List<WebElement> rows(WebDriver page) {
        return page.findElements(By.cssSelector("table#list\\:tokens tbody tr"));
    }

    /** The id of the newest audit row about this token id, as the admin API lists it. */
    private long newestAuditEntry(int tokenId) throws Exception {
        var answer = anonymous.withPassword(Admin.NAME, Admin.PASSWORD).get("/admin/audit?tokenId=" + tokenId);
        assertEquals(200, answer.statusCode(), answer.body());
        return JsonText.object(answer.body()).getJsonObject("data").getJsonArray("events").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private JsonObject token(String kind, int id) throws Exception {
        var answer = api.get("/api/" + kind + "_token/" + id);
        assertEquals(200, answer.statusCode(), answer.body());
        return JsonText.object(answer.body()).getJsonObject("data");
    }

    private int create(String kind, String label) throws Exception {
        var answer = api.post("/api/" + kind + "_token",
                "{\"label\":\"" + label + "\",\"streams\":[{\"streamName\":\"" + label + "\"}]}");
        assertEquals(200, answer.statusCode(), answer.body());
        return JsonText.object(answer.body()).getJsonObject("data").getInt("id");
    }

    private List<JsonObject> named(String kind, String label) throws Exception {
        return all(kind).stream().filter(t -> t.getString("label").equals(label)).toList();
    }

    private List<JsonObject> all(String kind) throws Exception {
        var answer = api.get("/api/" + kind + "_token/list/all");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonArray tokens = JsonText.object(answer.body()).getJsonArray("data");
        return tokens.getValuesAs(JsonObject.class);
    }

    private static int colours(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
