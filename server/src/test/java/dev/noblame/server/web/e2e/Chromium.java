package dev.noblame.server.web.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver, headless. Nothing is downloaded:
 * the driver path is given, so Selenium Manager never runs. Paths can be changed with
 * {@code -Dnoblame.e2e.chrome=...} and {@code -Dnoblame.e2e.chromedriver=...}.
 */
final class Chromium {
    static final String CHROME = System.getProperty("noblame.e2e.chrome", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("noblame.e2e.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("noblame.e2e.screenshots", "target/screenshots"));

    private Chromium() {
    }

    static ChromeDriver start(int width, int height) {
        if (!Files.isExecutable(Path.of(CHROME)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new IllegalStateException("browser tests need " + CHROME + " and " + DRIVER
                    + " (Debian: apt-get install -y chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROME);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves a PNG of what the window shows now, for a close look at one part of a long page. */
    static Path viewport(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    /**
     * Saves a PNG of the whole page under target/screenshots so a person can look at it: the
     * window is stretched to the page's height first, then put back.
     */
    static Path screenshot(ChromeDriver driver, String name) {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        Object height = driver.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        int h = Math.min(8000, Math.max(before.getHeight(), ((Number) height).intValue() + 140));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), h));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
