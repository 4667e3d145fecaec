package dev.noblame.server.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.server.auth.Role;
import dev.noblame.server.web.WebHub;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in a real browser: headless Chromium, JavaScript on. Run with {@code mvn verify -Pe2e}. */
class BrowserE2E {
    @TempDir
    static Path dir;
    static WebHub hub;
    ChromeDriver browser;

    @BeforeAll
    static void startHub() {
        hub = WebHub.start(dir);
    }

    @AfterAll
    static void stopHub() {
        hub.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void a_near_miss_reported_anonymously_shows_up_in_the_list() {
        browser.get(hub.base + "/");
        Chromium.screenshot(browser, "01-report");
        browser.findElement(By.cssSelector("input[name=kind][value=near_miss]")).click();
        browser.findElement(By.id("whatHappened")).sendKeys("Certificate for api.internal nearly expired\nRenewed with 2 days left.");
        browser.findElement(By.id("service")).sendKeys("edge-proxy");
        browser.findElement(By.cssSelector("form[action='/report'] button[type=submit]")).click();

        WebElement thanks = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".thanks h1")));
        assertThat(thanks.getText()).startsWith("Thank you");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("non-punitive").contains("anonymous");
        Chromium.screenshot(browser, "02-report-thanks");

        signIn(Role.REPORTER, "/incidents?kind=near_miss");
        List<WebElement> rows = browser.findElements(By.cssSelector("#incidents tbody tr"));
        assertThat(rows).anySatisfy(r -> assertThat(r.getText()).contains("Certificate for api.internal nearly expired")
                .contains("near-miss").contains("edge-proxy"));
        Chromium.screenshot(browser, "03-incidents");

        browser.findElement(By.linkText(rows.get(0).findElement(By.tagName("a")).getText())).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("facts-title")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Reported by").contains("anonymous");
        Chromium.screenshot(browser, "04-incident-detail");
    }

    @Test
    void the_report_form_fits_a_phone() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(hub.base + "/report");
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        Chromium.screenshot(browser, "05-report-phone");
    }

    @Test
    void the_admin_page_creates_a_token_and_shows_it_once() {
        signIn(Role.ADMIN, "/admin");
        browser.findElement(By.id("token-name")).sendKeys("jenkins pipeline");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("token-role"))).selectByValue("responder");
        browser.findElement(By.cssSelector("form[action='/admin/tokens'] button")).click();

        WebElement secret = wait(ExpectedConditions.visibilityOfElementLocated(By.id("new-token")));
        assertThat(secret.getAttribute("value")).startsWith("nb_");
        Chromium.screenshot(browser, "09-admin");
    }

    void signIn(Role role, String next) {
        browser.get(hub.base + "/signin?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        browser.findElement(By.id("token")).sendKeys(hub.token(role));
        browser.findElement(By.cssSelector("form[action='/signin'] button")).click();
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }

    <T> T wait(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition::apply);
    }
}
