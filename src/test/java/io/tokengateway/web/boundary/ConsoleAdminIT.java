package io.tokengateway.web.boundary;

import static io.tokengateway.testing.JsonText.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.testing.Admin;
import io.tokengateway.testing.Browser;
import io.tokengateway.testing.BrowserSession;
import io.tokengateway.testing.ConsolePages;
import io.tokengateway.testing.Deployments;
import io.tokengateway.testing.GatewayClient;
import io.tokengateway.testing.TestTls;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's admin pages in a real headless Chromium against a real Payara Micro on the sandbox: People with
 * real roles and the rows it may not change, post–redirect–get on every change, the audit trail's action list
 * and its one form of addresses and outcomes, and the pages that say a page is not there or not for this role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleAdminIT {

    /** Text that must never be on a page of the walk. */
    private static final List<String> ERROR_TEXT = List.of("Something went wrong", "Exception", "Stack trace",
            "jakarta.", "Validation Error");

    private final GatewayClient anonymous = GatewayClient.forTestServer();
    private final GatewayClient admin = anonymous.withPassword(Admin.NAME, Admin.PASSWORD);

    ConsoleAdminIT() throws Exception {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gateway(Admin.settings("console-admin"));
    }

    @Test
    void peopleShowsEachPersonsRealRoleAndTheAdminsOwnRowSaysWhyItCannotBeChanged() throws Exception {
        addPerson("roles-editor", "editor");
        addPerson("roles-viewer", "viewer");
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            logIn(page, Admin.NAME, Admin.PASSWORD);
            page.get(anonymous.base() + "/people.xhtml");

            for (String[] person : List.of(new String[] {"roles-editor", "editor"}, new String[] {"roles-viewer", "viewer"})) {
                WebElement row = row(page, person[0]);
                assertEquals(person[1], row.findElement(By.className("person-role")).getText());
                assertEquals(person[1], new Select(row.findElement(By.cssSelector("select[id$=':role']")))
                        .getFirstSelectedOption().getText(), "the role menu of " + person[0]);
            }
            WebElement own = row(page, Admin.NAME);
            assertEquals("admin", own.findElement(By.className("person-role")).getText());
            assertEquals("This is you: another admin changes your role or access. Change your own password on the "
                    + "Password page. Change your password", own.findElement(By.className("row-note")).getText());
            assertTrue(own.findElements(By.cssSelector("select, input[type=submit], input[type=password]")).isEmpty(),
                    "the admin's own row offers a change");
            own.findElement(By.linkText("Change your password")).click();
            wait(page).until(ExpectedConditions.presenceOfElementLocated(By.id("password:current")));

            page.get(anonymous.base() + "/people.xhtml");
            assertCleanScreenshot(page, "people");
        }
    }

    @Test
    void aCraftedPostOnTheOnlyAdminsOwnRowChangesNothing() throws Exception {
        BrowserSession session = new BrowserSession();
        assertEquals(302, session.logIn(Admin.NAME, Admin.PASSWORD).statusCode());
        String page = session.get("/people.xhtml").body();
        long updatesBefore = auditTotal("user.update");
        int ownRow = rowIndexOf(page, Admin.NAME);

        // the buttons the page does not draw for this row, posted anyway
        for (String button : List.of("setRole", "toggle", "setPassword")) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("people", "people");
            String prefix = "people:table:" + ownRow + ":";
            form.put(prefix + "shown", Admin.NAME);
            form.put(prefix + "role", "viewer");
            form.put(prefix + "password", "another-password-1");
            form.put(prefix + button, "x");
            form.put("jakarta.faces.ViewState", BrowserSession.viewState(page));
            var answer = session.postForm("/people.xhtml", form);
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 302, answer.statusCode() + " " + answer.body());
        }

        JsonObject me = person(Admin.NAME);
        assertEquals("admin", me.getString("role"));
        assertFalse(me.getBoolean("disabled"));
        assertEquals(200, admin.get("/admin/users").statusCode(), "the admin's password still works");
        assertEquals(updatesBefore, auditTotal("user.update"));
    }

    @Test
    void everyChangeOnPeopleAndKeysIsDoneOnceWhateverTheReloads() throws Exception {
        addPerson("prg-viewer", "viewer");
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            logIn(page, Admin.NAME, Admin.PASSWORD);
            page.get(anonymous.base() + "/people.xhtml");

            // add a person
            long creates = auditTotal("user.create");
            page.findElement(By.id("add:name")).sendKeys("prg-added");
            page.findElement(By.id("add:password")).sendKeys("prg-password-1");
            page.findElement(By.id("add:submit")).click();
            awaitMessage(page, "Added prg-added");
            assertReloadRepeatsNothing(page, "/people.xhtml", "user.create", creates + 1);
            assertEquals(1, people().stream().filter(p -> p.getString("name").equals("prg-added")).count());

            // set a role from the row's menu
            long updates = auditTotal("user.update");
            new Select(row(page, "prg-viewer").findElement(By.cssSelector("select[id$=':role']"))).selectByVisibleText("editor");
            row(page, "prg-viewer").findElement(By.cssSelector("input[id$=':setRole']")).click();
            awaitMessage(page, "prg-viewer is now editor");
            assertEquals("editor", row(page, "prg-viewer").findElement(By.className("person-role")).getText());
            assertEquals("editor", new Select(row(page, "prg-viewer").findElement(By.cssSelector("select[id$=':role']")))
                    .getFirstSelectedOption().getText());
            assertReloadRepeatsNothing(page, "/people.xhtml", "user.update", updates + 1);
            assertEquals("editor", person("prg-viewer").getString("role"));

            // reset the password
            row(page, "prg-viewer").findElement(By.cssSelector("input[id$=':password']")).sendKeys("reset-password-1");
            row(page, "prg-viewer").findElement(By.cssSelector("input[id$=':setPassword']")).click();
            awaitMessage(page, "New password set for prg-viewer");
            assertReloadRepeatsNothing(page, "/people.xhtml", "user.update", updates + 2);
            assertEquals(200, anonymous.withPassword("prg-viewer", "reset-password-1").get("/millicast/getList").statusCode());

            // disable
            row(page, "prg-viewer").findElement(By.cssSelector("input[id$=':toggle']")).click();
            awaitMessage(page, "prg-viewer is disabled");
            assertReloadRepeatsNothing(page, "/people.xhtml", "user.update", updates + 3);
            assertTrue(person("prg-viewer").getBoolean("disabled"));

            // unlock a name that failed logins locked
            addPerson("prg-locked", "viewer");
            for (int i = 0; i < 5; i++) {
                anonymous.withPassword("prg-locked", "wrong-password-" + i).get("/millicast/getList");
            }
            assertTrue(person("prg-locked").getBoolean("locked"));
            page.get(anonymous.base() + "/people.xhtml");
            long unlocks = auditTotal("user.unlock");
            row(page, "prg-locked").findElement(By.cssSelector("input[id$=':unlock']")).click();
            awaitMessage(page, "prg-locked may log in again from anywhere");
            assertReloadRepeatsNothing(page, "/people.xhtml", "user.unlock", unlocks + 1);
            assertFalse(person("prg-locked").getBoolean("locked"));

            // issue an API key: shown once, after the redirect; a reload shows it no more and issues none
            page.get(anonymous.base() + "/keys.xhtml");
            long issued = auditTotal("apikey.create");
            page.findElement(By.id("issue:label")).sendKeys("prg key");
            page.findElement(By.id("issue:submit")).click();
            String key = wait(page).until(ExpectedConditions.presenceOfElementLocated(By.id("issued-key"))).getText();
            assertTrue(key.matches("tgw_[A-Za-z0-9]{12}_[A-Za-z0-9]{32}"), key);
            assertReloadRepeatsNothing(page, "/keys.xhtml", "apikey.create", issued + 1);
            assertTrue(page.findElements(By.id("issued-key")).isEmpty(), "the key is shown again after a reload");
            assertFalse(page.getPageSource().contains(key.substring(17)), "the key's secret is on the page again");

            // revoke it
            long revokes = auditTotal("apikey.revoke");
            page.findElements(By.cssSelector("#keys\\:table tbody tr")).stream()
                    .filter(r -> r.getText().contains("prg key")).findFirst().orElseThrow()
                    .findElement(By.cssSelector("input[id$=':revoke']")).click();
            awaitMessage(page, "Revoked key");
            assertReloadRepeatsNothing(page, "/keys.xhtml", "apikey.revoke", revokes + 1);
            assertEquals(401, anonymous.withKey(key).get("/millicast/getList").statusCode());
        }
    }

    @Test
    void aViewerOpeningPeopleIsToldItIsNotForTheirRoleAndGivenTheWayBack() throws Exception {
        addPerson("refused-viewer", "viewer");
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            logIn(page, "refused-viewer", "refused-password-1");
            for (String view : List.of("/people.xhtml", "/keys.xhtml", "/audit.xhtml")) {
                page.get(anonymous.base() + view);

                assertEquals("This page is not for your role", page.findElement(By.tagName("h1")).getText(), view);
                assertEquals(view + " needs the role admin. You are signed in as refused-viewer (viewer): an admin can "
                        + "change your role on the People page.", page.findElement(By.cssSelector("#refusal p")).getText());
                assertTrue(page.findElement(By.id("sandbox-banner")).isDisplayed(), "the template's sandbox banner");
                assertNoErrorText(page);
            }
            page.findElement(By.id("way-back")).click();
            awaitTheTokensPage(page);
        }
        BrowserSession viewer = new BrowserSession();
        assertEquals(302, viewer.logIn("refused-viewer", "refused-password-1").statusCode());
        assertEquals(403, viewer.get("/people.xhtml").statusCode());
    }

    @Test
    void anUnknownPageIsNotFoundInTheTemplateForAnybodyAndTheApiStillAnswersJson() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(anonymous.base() + "/subscribe.xhtml");
            assertEquals("Page not found", page.findElement(By.tagName("h1")).getText());
            assertEquals("/subscribe.xhtml", page.findElement(By.id("asked-path")).getText());
            assertTrue(page.findElement(By.id("sandbox-banner")).isDisplayed());
            assertEquals("Go to the login page", page.findElement(By.id("way-back")).getText());
            assertNoErrorText(page);

            logIn(page, Admin.NAME, Admin.PASSWORD);
            for (String unknown : List.of("/subscribe.xhtml", "/no-such-page.xhtml", "/WEB-INF/error.xhtml")) {
                page.get(anonymous.base() + unknown);
                assertEquals("Page not found", page.findElement(By.tagName("h1")).getText(), unknown);
                assertEquals("Back to the tokens", page.findElement(By.id("way-back")).getText());
                assertNoErrorText(page);
            }
            page.findElement(By.id("way-back")).click();
            awaitTheTokensPage(page);
        }
        var api = admin.get("/api/no_such_thing");
        assertEquals(404, api.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Not Found\"}}", api.body());
        var program = admin.sendWith("GET", "/subscribe.xhtml", "text/plain", "", "Accept", "application/json");
        assertEquals(404, program.statusCode());
        assertEquals("{\"status\":\"fail\",\"data\":{\"message\":\"Not Found\"}}", program.body());
    }

    @Test
    void theAuditTrailFiltersByAnActionFromItsListAndShowsAddressesAndOutcomesOneWay() throws Exception {
        addPerson("audit-person", "viewer");
        // a change through the JSON API ("200 OK" in its row) and one through the console ("200")
        assertEquals(200, admin.send("PUT", "/admin/users/audit-person", "{\"role\":\"editor\"}").statusCode());
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            logIn(page, Admin.NAME, Admin.PASSWORD);
            page.get(anonymous.base() + "/people.xhtml");
            row(page, "audit-person").findElement(By.cssSelector("input[id$=':toggle']")).click();
            awaitMessage(page, "audit-person is disabled");

            page.get(anonymous.base() + "/audit.xhtml");
            Select actions = new Select(page.findElement(By.id("filter:action")));
            assertEquals(List.of("any action", "every apikey.* action", "every login.* action", "every token.* action",
                    "every user.* action", "every viewer_token.* action", "apikey.create", "apikey.revoke",
                    "login.failure", "login.success", "token.create", "token.delete", "token.delete.bulk",
                    "token.disable", "token.restream.sync", "token.update", "user.create", "user.password",
                    "user.unlock", "user.update", "viewer_token.mint"),
                    actions.getOptions().stream().map(WebElement::getText).toList());
            actions.selectByVisibleText("user.update");
            page.findElement(By.id("filter:search")).click();
            wait(page).until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "audit-person"));

            List<WebElement> rows = page.findElements(By.cssSelector("#events tbody tr"));
            assertTrue(rows.size() >= 2, rows.size() + " rows");
            for (WebElement row : rows) {
                assertEquals("user.update", row.findElement(By.tagName("code")).getText());
            }
            Set<String> outcomes = new HashSet<>();
            for (WebElement cell : page.findElements(By.cssSelector("#events .outcome"))) {
                outcomes.add(cell.getText());
                assertFalse(cell.getText().matches("\\d{3}"), "a bare status: " + cell.getText());
            }
            assertTrue(outcomes.contains("200 OK"), outcomes.toString());
            // the browser and the API client reach the server over loopback (::1 or 127.0.0.1): this machine, shown one way
            for (WebElement cell : page.findElements(By.cssSelector("#events .address"))) {
                assertEquals("::1", cell.getText());
            }
            assertEquals("user.update", new Select(page.findElement(By.id("filter:action"))).getFirstSelectedOption().getText(),
                    "the menu keeps the choice");
            assertCleanScreenshot(page, "audit");

            // a family from the list
            new Select(page.findElement(By.id("filter:action"))).selectByVisibleText("every user.* action");
            page.findElement(By.id("filter:search")).click();
            wait(page).until(ExpectedConditions.textToBePresentInElementLocated(By.id("events"), "user.create"));
            for (WebElement action : page.findElements(By.cssSelector("#events tbody tr code"))) {
                assertTrue(action.getText().startsWith("user."), action.getText());
            }
        }
        // the rows are kept as they were written: only the page shows them one way
        assertTrue(object(admin.get("/admin/audit?action=user.update").body()).getJsonObject("data").getJsonArray("events")
                .stream().anyMatch(e -> e.asJsonObject().getString("outcome").equals("200")));
    }

    @Test
    void everyFieldOfTheAdminPagesHasALabel() throws Exception {
        addPerson("labelled-viewer", "viewer");
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(anonymous.base() + "/login.xhtml");
            List<String> unlabelled = new java.util.ArrayList<>(unlabelledFields(page));
            logIn(page, Admin.NAME, Admin.PASSWORD);
            for (String view : List.of("/people.xhtml", "/keys.xhtml", "/audit.xhtml", "/password.xhtml")) {
                page.get(anonymous.base() + view);
                unlabelled.addAll(unlabelledFields(page));
            }
            assertEquals(List.of(), unlabelled);
        }
    }

    @Test
    void aPersonIsAddedWithTheKeyboardAlone() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            logIn(page, Admin.NAME, Admin.PASSWORD);
            page.get(anonymous.base() + "/people.xhtml");
            // from the top of the page, Tab until the name field has the focus
            for (int i = 0; i < 40 && !"add:name".equals(page.switchTo().activeElement().getAttribute("id")); i++) {
                new org.openqa.selenium.interactions.Actions(page).sendKeys(Keys.TAB).perform();
            }
            assertEquals("add:name", page.switchTo().activeElement().getAttribute("id"), "Tab never reached the name field");
            new org.openqa.selenium.interactions.Actions(page)
                    .sendKeys("keyboard-person").sendKeys(Keys.TAB)
                    .sendKeys("e").sendKeys(Keys.TAB) // the role menu: "e" picks editor
                    .sendKeys("keyboard-password-1").sendKeys(Keys.ENTER)
                    .perform();
            awaitMessage(page, "Added keyboard-person");
            assertEquals("editor", person("keyboard-person").getString("role"));
        }
    }

    /** Each visible input or menu of the page that no label names ({@code <label for>}), as {@code view: id}. */
    private static List<String> unlabelledFields(WebDriver page) {
        String view = page.getCurrentUrl().replaceAll("^https://[^/]+", "");
        return page.findElements(By.cssSelector("input:not([type=hidden]):not([type=submit]), select")).stream()
                .map(field -> field.getAttribute("id"))
                .filter(id -> id == null || page.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty())
                .map(id -> view + ": " + id)
                .toList();
    }

    // ---- helpers ----

    private void addPerson(String name, String role) throws Exception {
        String password = name.startsWith("refused") ? "refused-password-1" : "person-password-1";
        var added = admin.post("/admin/users",
                "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"password\":\"" + password + "\"}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private List<JsonObject> people() throws Exception {
        return object(admin.get("/admin/users").body()).getJsonArray("data").stream().map(v -> v.asJsonObject()).toList();
    }

    private JsonObject person(String name) throws Exception {
        return people().stream().filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private long auditTotal(String action) throws Exception {
        return object(admin.get("/admin/audit?action=" + action).body()).getJsonObject("data").getJsonNumber("total").longValue();
    }

    private static WebDriverWait wait(WebDriver page) {
        return ConsolePages.waitOn(page, Duration.ofSeconds(15));
    }

    private void logIn(WebDriver page, String name, String password) {
        page.get(anonymous.base() + "/login.xhtml");
        page.findElement(By.id("login:name")).sendKeys(name);
        page.findElement(By.id("login:password")).sendKeys(password);
        page.findElement(By.id("login:submit")).click();
        wait(page).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
    }

    private static WebElement row(WebDriver page, String name) {
        return page.findElements(By.cssSelector("#people\\:table tbody tr")).stream()
                .filter(r -> r.findElement(By.className("person-name")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + name));
    }

    /** The row index of a person in the people page's HTML, from the hidden field each row carries. */
    private static int rowIndexOf(String page, String name) {
        var inputs = java.util.regex.Pattern.compile("<input[^>]*name=\"people:table:(\\d+):shown\"[^>]*>").matcher(page);
        while (inputs.find()) {
            if (inputs.group().contains("value=\"" + name + "\"")) {
                return Integer.parseInt(inputs.group(1));
            }
        }
        throw new AssertionError("no row for " + name + " in " + page);
    }

    /** The way back led to the token list, the console's home. */
    private void awaitTheTokensPage(WebDriver page) {
        wait(page).until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(anonymous.base()) + "/(index\\.xhtml)?$"));
        assertTrue(page.findElement(By.id("signed-in")).isDisplayed());
        assertNoErrorText(page);
    }

    /** Waits for the message on the page the change led to. */
    private static void awaitMessage(WebDriver page, String text) {
        wait(page).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    /**
     * The change's answer was a redirect to the page by GET (its address, not a post), and reloading it twice
     * writes no second audit row: nothing was done again.
     */
    private void assertReloadRepeatsNothing(WebDriver page, String view, String action, long expectedRows) throws Exception {
        assertTrue(page.getCurrentUrl().endsWith(view), page.getCurrentUrl());
        assertEquals(expectedRows, auditTotal(action), action + " rows after the change");
        page.navigate().refresh();
        page.navigate().refresh();
        wait(page).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
        assertEquals(expectedRows, auditTotal(action), action + " rows after reloading");
        assertNoErrorText(page);
    }

    private static void assertNoErrorText(WebDriver page) {
        String text = page.findElement(By.tagName("body")).getText();
        for (String error : ERROR_TEXT) {
            assertFalse(text.contains(error), "'" + error + "' on " + page.getCurrentUrl() + ": " + text);
        }
    }

    /** Saves a screenshot under target/screenshots and checks it is a drawn page (many colours), free of error text. */
    private static void assertCleanScreenshot(WebDriver page, String name) throws Exception {
        page.manage().window().setSize(new Dimension(1366, 900));
        assertNoErrorText(page);
        byte[] png = ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES);
        Path file = TestTls.buildDir().resolve("screenshots/" + name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(image.getWidth() > 300 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
        assertTrue(colours.size() > 20, name + " screenshot looks blank: " + colours.size() + " colours");
    }
}
