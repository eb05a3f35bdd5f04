package org.attache.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through chromedriver, with a fresh profile. Tests that need it skip with a notice
 * when /usr/bin/chromium or /usr/bin/chromedriver is absent, except in CI (CI=true), where they fail.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots of every page, kept as test artifacts. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    /** Skips the calling test (or fails in CI) when Chromium or chromedriver is missing. */
    public static void require() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver; .ci/run does it)");
        }
        System.out.println("NOTICE: " + CHROMIUM + " or " + CHROMEDRIVER + " is absent; skipping a browser test"
                + " (apt-get install -y chromium chromium-driver).");
        Assumptions.abort("chromium or chromedriver absent");
    }

    /** A new headless browser with a window of this size and its own fresh profile directory. */
    public static WebDriver open(int width, int height) {
        require();
        Path profile;
        try {
            profile = Files.createTempDirectory("attache-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    deleteProfile(profile);
                }
            }
        };
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // headless Chromium takes the window size from the flag; the viewport is what pages are laid out in
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** Chromium leaves its profile behind; every test run would otherwise add one to the temporary directory. */
    private static void deleteProfile(Path profile) {
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("NOTICE: could not delete the browser profile " + profile + ": " + e.getMessage());
        }
    }

    /** Saves a screenshot as target/screenshots/NAME.png. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
