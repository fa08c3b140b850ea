package io.tokengateway.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the console's browser tests do on every page: log in, type into a field. */
public final class ConsolePages {

    private ConsolePages() {
    }

    /** Logs in on the login page at {@code base}; a wait of 20 s for what follows ({@link #waitOn}). */
    public static WebDriverWait logIn(WebDriver page, String base, String name, String password) {
        WebDriverWait wait = waitOn(page, Duration.ofSeconds(20));
        page.get(base + "/login.xhtml");
        page.findElement(By.id("login:name")).sendKeys(name);
        page.findElement(By.id("login:password")).sendKeys(password);
        page.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
        return wait;
    }

    /**
     * A wait for what a click leads to. While a form's answer replaces the page, Chrome may answer a read of the old
     * page's element with "Node … does not belong to the document" (a plain WebDriverException, not a stale element):
     * that is a page still loading, so the wait tries again; it still fails at its timeout.
     */
    public static WebDriverWait waitOn(WebDriver page, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(page, timeout);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Replaces what the field holds with {@code text}. */
    public static void type(WebDriver page, String id, String text) {
        WebElement field = page.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
