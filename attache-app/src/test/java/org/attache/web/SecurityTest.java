package org.attache.web;

import org.attache.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Article text is untrusted: an article whose title, outlet, URL, text and actor names carry script and attribute
 * payloads is stored, and every page showing it must show the payloads as text — escaped in the HTML, inert in a real
 * browser.
 */
class SecurityTest {
    static final String SCRIPT = "<script>window.__xss='script';alert(1)</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=\"window.__xss='img';alert(2)\">";
    static final String SINGLE = "' onmouseover='window.__xss=1' x='";
    static final String SVG = "<svg onload=window.__xss='svg'>";
    static final String ACTOR = "<b onclick=alert(3)>Pakistan</b>";

    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static long articleId;
    static long eventId;

    @BeforeAll
    static void storeHostileArticle() {
        HandMadeStore data = new HandMadeStore();
        data.article("hostile", "javascript:window.__xss='url'", "Outlet " + SVG, "Title " + SCRIPT,
                        LocalDate.of(2024, 5, 2))
                .text("Intro " + SCRIPT + " and " + ATTRIBUTE + " then " + SINGLE + ".")
                .event("The United States " + SVG, "USAGOV", "attacked", ACTOR, "PAKGOV",
                        " after " + SCRIPT + " " + ATTRIBUTE, "190", -10.0, "ASSAULT", "asserted",
                        LocalDate.of(2024, 5, 1));
        Path db = dir.resolve("hostile.duckdb");
        data.write(db);
        store = Store.openForReading(db);
        server = new WebServer(store, null).start("127.0.0.1", 0);
        eventId = ApiTestClient.json(server, "/api/events?limit=1").get("events").get(0).get("id").asLong();
        articleId = ApiTestClient.json(server, "/api/events/" + eventId).get("reports").get(0).get("article").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static List<String> pages() {
        return List.of("/", "/articles/" + articleId, "/events/" + eventId, "/dyads/USA/PAK",
                "/search?q=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8),
                "/search?q=" + URLEncoder.encode(ATTRIBUTE, StandardCharsets.UTF_8),
                "/search?root=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8));
    }

    @Test
    void everyPayloadIsEscapedInTheHtml() {
        for (String page : pages()) {
            String html = ApiTestClient.get(server, page).body();
            assertThat(html).as(page).doesNotContain("<script>window", "<img src=x", "<svg onload", "<b onclick",
                    "onmouseover='", "href=\"javascript:");
            // our own scripts only, loaded from the server
            assertThat(html.split("<script").length - 1).as(page)
                    .isEqualTo(html.split("<script src=\"/").length - 1);
        }
        String article = ApiTestClient.get(server, "/articles/" + articleId).body();
        assertThat(article).contains("&lt;script&gt;window.__xss=&#39;script&#39;;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=&quot;")
                .contains("<title>Title &lt;script&gt;");
        // the actor's span is marked, and its payload stays text inside the mark
        assertThat(article).contains("&lt;b onclick=alert(3)&gt;Pakistan&lt;/b&gt;</mark>");
    }

    @Test
    void nothingExecutesInARealBrowser() {
        WebDriver driver = Browser.open(1280, 800);
        try {
            int n = 0;
            for (String page : pages()) {
                driver.get("http://127.0.0.1:" + server.port() + page);
                // move over and click what carries the payloads, as a reader would
                for (WebElement mark : driver.findElements(By.cssSelector("mark, blockquote, h1"))) {
                    if (mark.isDisplayed()) {
                        new Actions(driver).moveToElement(mark).perform();
                    }
                }
                for (WebElement mark : driver.findElements(By.cssSelector("blockquote"))) {
                    if (mark.isDisplayed()) {
                        mark.click();
                    }
                }
                Object xss = ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined ? null"
                        + " : String(window.__xss);");
                assertThat(xss).as("window.__xss on %s", page).isNull();
                assertThatThrownBy(() -> driver.switchTo().alert()).as("an alert on %s", page)
                        .isInstanceOf(NoAlertPresentException.class);
                assertThat(driver.findElements(By.cssSelector("img, svg, b[onclick], [onerror], [onload], [onmouseover]")))
                        .as("elements made from payloads on %s", page).isEmpty();
                Browser.screenshot(driver, "security-" + (++n));
            }
            driver.get("http://127.0.0.1:" + server.port() + "/articles/" + articleId);
            String shown = driver.findElement(By.cssSelector("article.text")).getText();
            assertThat(shown).contains(SCRIPT).contains(ATTRIBUTE).contains(SINGLE).contains(ACTOR);
            assertThat(driver.getTitle()).isEqualTo("Title " + SCRIPT + " · Attaché");
            // the javascript: URL is shown as text, never linked
            assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        } finally {
            driver.quit();
        }
    }
}
