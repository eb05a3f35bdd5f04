package org.attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attache.store.Store;
import org.attache.web.ApiTestClient;
import org.attache.web.Browser;
import org.attache.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo in a real browser: the bundled samples coded once by the real pipeline into a store, served, and driven
 * in headless Chromium — choose a dyad, see the chart, click a point, read the sentences behind it; every page at
 * 1280×800 and 390 px wide, with screenshots under target/screenshots.
 */
class DemoWebTest {
    @TempDir
    static Path dir;
    static Store store;
    static WebServer server;
    static String base;

    @BeforeAll
    static void codeAndServeTheSamples() {
        Browser.require();
        StringWriter log = new StringWriter();
        Path db = dir.resolve("demo.duckdb");
        DemoCommand.build(db, List.of(Path.of("..", "examples", "articles").toString()), new PrintWriter(log));
        assertThat(log.toString()).contains("stored 29 articles");
        store = Store.openForReading(db);
        server = new WebServer(store, ServeCommand.coder()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            store.close();
        }
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Chooses the most active dyad in the overview's lists and waits for its chart. */
    private static void chooseTopDyad(WebDriver driver) {
        driver.get(base + "/");
        String[] dyad = driver.findElement(By.cssSelector("#top-h + .scroll tbody tr a")).getText().split(" → ");
        new Select(driver.findElement(By.id("choose-source"))).selectByValue(dyad[0]);
        new Select(driver.findElement(By.id("choose-target"))).selectByValue(dyad[1]);
        driver.findElement(By.id("choose-go")).click();
        waiting(driver).until(d -> d.getCurrentUrl().contains("/dyads/" + dyad[0] + "/" + dyad[1]));
        waitForChart(driver);
    }

    private static void waitForChart(WebDriver driver) {
        WebElement chart = driver.findElement(By.id("chart"));
        waiting(driver).until(d -> chart.getAttribute("data-rendered") != null);
        assertThat(chart.getAttribute("data-rendered")).isEqualTo("true");
        assertThat(Integer.parseInt(chart.getAttribute("data-points"))).isGreaterThanOrEqualTo(1);
        assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
    }

    /** Clicks the chart's Goldstein point of the first period with events, where a reader would. */
    private static void clickFirstPoint(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) js(driver, "var c = window.attacheDyadChart;"
                + " for (var i = 0; i < c.periods.length; i++) { var p = c.periods[i];"
                + "   if (p.events > 0 && p.goldstein_mean !== null) {"
                + "     return c.chart.convertToPixel({seriesIndex: 4}, [i, p.goldstein_mean]); } }"
                + " return null;");
        assertThat(pixel).as("a period with events on the chart").isNotNull();
        WebElement chart = driver.findElement(By.id("chart"));
        int x = (int) Math.round(pixel.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
        int y = (int) Math.round(pixel.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(chart, x, y).click().perform();
        waiting(driver).until(d -> d.getCurrentUrl().contains("at="));
    }

    @Test
    void chooseADyadClickAPointAndReadTheSentencesBehindIt() {
        WebDriver driver = Browser.open(1280, 800);
        try {
            driver.get(base + "/");
            assertThat(driver.getTitle()).isEqualTo("Overview · Attaché");
            assertThat(driver.findElements(By.cssSelector("#conflict-h ~ ul.events li"))).isNotEmpty();
            Browser.screenshot(driver, "overview");

            chooseTopDyad(driver);
            assertThat(driver.getTitle()).contains(" → ").endsWith(" · Attaché");
            Browser.screenshot(driver, "dyad");

            clickFirstPoint(driver);
            List<WebElement> sentences = driver.findElements(By.cssSelector("#period-events ul.events li blockquote"));
            assertThat(sentences).isNotEmpty();
            String sentence = sentences.get(0).getText();
            assertThat(sentence).isNotBlank();
            Browser.screenshot(driver, "dyad-period");

            driver.findElement(By.cssSelector("#period-events ul.events li a")).click();
            waiting(driver).until(d -> d.getCurrentUrl().contains("/events/"));
            assertThat(driver.findElements(By.cssSelector("ol.reports li blockquote")))
                    .extracting(WebElement::getText).contains(sentence);
            assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("First seen", "Last seen");
            Browser.screenshot(driver, "event");

            driver.findElement(By.cssSelector("ol.reports li a")).click();
            waiting(driver).until(d -> d.getCurrentUrl().contains("/articles/"));
            String text = driver.findElement(By.cssSelector("article.text")).getText();
            assertThat(text).contains(sentence);
            assertThat(driver.findElements(By.cssSelector("article.text mark.span-trigger"))).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector("article.text mark.span-source"))).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector("aside ol.mentions li"))).isNotEmpty();
            Browser.screenshot(driver, "article");

            driver.get(base + "/search");
            WebElement words = driver.findElement(By.id("f-q"));
            words.sendKeys("border", Keys.ENTER);
            waiting(driver).until(d -> d.getCurrentUrl().contains("q=border"));
            List<WebElement> found = driver.findElements(By.cssSelector("ul.events li blockquote"));
            assertThat(found).isNotEmpty().allSatisfy(b -> assertThat(b.getText().toLowerCase()).contains("border"));
            Browser.screenshot(driver, "search");

            driver.get(base + "/dyads/ARG/BRA/series.csv");
            assertThat(ApiTestClient.get(server, "/dyads/ARG/BRA/series.csv").body()).startsWith("period,start,events");
        } finally {
            driver.quit();
        }
    }

    @Test
    void everythingWorksWithTheKeyboard() {
        WebDriver driver = Browser.open(1280, 800);
        try {
            driver.get(base + "/");
            // a Tab sent before headless Chromium gives the page the keyboard is lost (seen once): press it again
            // while nothing on the page has taken the focus
            waiting(driver).until(d -> {
                new Actions(d).sendKeys(Keys.TAB).perform();
                return !Boolean.TRUE.equals(js(d, "return document.activeElement === document.body"));
            });
            assertThat(js(driver, "return document.activeElement.textContent")).isEqualTo("Skip to content");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            assertThat(js(driver, "return document.activeElement.id")).isEqualTo("main");
            // tab to the dyad chooser, type the most active dyad's codes into its lists, press its button
            String[] dyad = driver.findElement(By.cssSelector("#top-h + .scroll tbody tr a")).getText().split(" → ");
            tabTo(driver, "choose-source");
            new Actions(driver).sendKeys(dyad[0]).perform();
            tabTo(driver, "choose-target");
            new Actions(driver).sendKeys(dyad[1]).perform();
            tabTo(driver, "choose-go");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            waiting(driver).until(d -> d.getCurrentUrl().contains("/dyads/"));
            // open the figures table and follow a period's link, keys only
            WebElement summary = driver.findElement(By.cssSelector("details.periods summary"));
            js(driver, "arguments[0].focus()", summary);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            WebElement period = driver.findElement(By.cssSelector("details.periods tbody a"));
            assertThat(period.isDisplayed()).isTrue();
            js(driver, "arguments[0].focus()", period);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            waiting(driver).until(d -> d.getCurrentUrl().contains("at="));
        } finally {
            driver.quit();
        }
    }

    private static void tabTo(WebDriver driver, String id) {
        for (int i = 0; i < 40; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (id.equals(js(driver, "return document.activeElement.id"))) {
                return;
            }
        }
        throw new AssertionError(id + " is not reachable with Tab");
    }

    @Test
    void everyPageFitsAPhoneScreen() {
        WebDriver driver = Browser.open(390, 844);
        try {
            chooseTopDyad(driver);
            String dyadUrl = driver.getCurrentUrl();
            clickFirstPoint(driver);
            String event = driver.findElement(By.cssSelector("#period-events ul.events li a")).getAttribute("href");
            driver.get(event);
            String article = driver.findElement(By.cssSelector("ol.reports li a")).getAttribute("href");
            List<String[]> pages = List.of(new String[] {base + "/", "phone-overview"},
                    new String[] {dyadUrl, "phone-dyad"}, new String[] {event, "phone-event"},
                    new String[] {article, "phone-article"}, new String[] {base + "/search?q=border", "phone-search"});
            for (String[] page : pages) {
                driver.get(page[0]);
                if (page[1].equals("phone-dyad")) {
                    waitForChart(driver);
                }
                Number overflow = (Number) js(driver,
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow.intValue()).as("horizontal overflow of %s at 390 px", page[0]).isLessThanOrEqualTo(0);
                Number width = (Number) js(driver, "return window.innerWidth;");
                assertThat(width.intValue()).isLessThanOrEqualTo(400);
                Browser.screenshot(driver, page[1]);
            }
        } finally {
            driver.quit();
        }
    }

    @Test
    void codingEndpointCodesPostedTextWithoutStoringIt() throws Exception {
        long before = store.count("SELECT count(*) FROM mentions");
        HttpResponse<String> answer = ApiTestClient.post(server, "/api/code", "{\"text\": \"Pakistan's foreign minister"
                + " met the Indian prime minister in New Delhi on Tuesday.\", \"date\": \"2024-03-12\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode events = new ObjectMapper().readTree(answer.body()).get("events");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).at("/source/code").asText()).startsWith("PAK");
        assertThat(events.get(0).get("root").asText()).isEqualTo("04");
        assertThat(store.count("SELECT count(*) FROM mentions")).isEqualTo(before);
    }
}
