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

    @Test
    void a_blaming_sentence_typed_in_the_editor_is_flagged_live_and_one_click_rewrites_it() {
        String id = reportIncident("Payments API timed out for 12 minutes", "payments");
        signIn(Role.RESPONDER, "/incidents/" + id + "/postmortem");
        WebElement summary = browser.findElement(By.id("s-summary"));

        summary.sendKeys("Bob ignored the disk alert during the deploy.");

        WebElement finding = wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#s-summary-box ul.lint-findings li[data-rule='naming.individual']")));
        assertThat(finding.getText()).contains("Naming an individual");
        assertThat(browser.findElements(By.cssSelector("#s-summary-box .lint-preview mark.finding")))
                .extracting(WebElement::getText).contains("Bob", "ignored");
        Chromium.screenshot(browser, "06-editor-findings");
        browser.executeScript("document.getElementById('s-summary-box').scrollIntoView()");
        Chromium.viewport(browser, "06b-editor-findings-close");

        finding.findElement(By.cssSelector("button.apply-suggestion")).click();

        wait(d -> summary.getAttribute("value").startsWith("The on-call engineer ignored"));
        assertThat(summary.getAttribute("value")).isEqualTo("The on-call engineer ignored the disk alert during the deploy.");
        wait(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#s-summary-box ul.lint-findings li[data-rule='naming.individual']")));
        browser.findElement(By.cssSelector("#editor button[type=submit]:not([name])")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.ok")));
        Chromium.screenshot(browser, "07-editor-saved");
    }

    @Test
    void the_dashboard_shows_its_charts() {
        reportIncident("Login latency above 2 s", "identity");
        signIn(Role.REPORTER, "/dashboard");

        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
        assertThat(charts).hasSize(3);
        assertThat(charts).allSatisfy(c -> assertThat(c.getSize().getHeight()).isGreaterThan(100));
        assertThat(browser.findElement(By.id("chart-reports-title")).getAttribute("textContent"))
                .isEqualTo("Incidents and near-misses per month");
        Chromium.screenshot(browser, "08-dashboard");
        browser.executeScript("document.getElementById('charts-title').scrollIntoView()");
        Chromium.viewport(browser, "08b-dashboard-charts");
    }

    @Test
    void people_ops_see_the_triage_questions_one_at_a_time() {
        String id = reportIncident("Customer table truncated in production", "crm");
        signIn(Role.PEOPLE_OPS, "/triage");
        browser.findElement(By.id("t-incident")).sendKeys(id);
        browser.findElement(By.id("t-person")).sendKeys("the database administrator on call");
        browser.findElement(By.id("t-concern")).sendKeys("A manager asked whether the truncation was deliberate.");
        browser.findElement(By.name("optIn")).click();
        browser.findElement(By.cssSelector("#start-triage button")).click();

        WebElement question = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form#question legend")));
        assertThat(question.getText()).isNotBlank();
        Chromium.screenshot(browser, "10-triage");
    }

    String reportIncident(String what, String service) {
        browser.get(hub.base + "/report");
        browser.findElement(By.id("whatHappened")).sendKeys(what);
        browser.findElement(By.id("service")).sendKeys(service);
        browser.findElement(By.cssSelector("form[action='/report'] button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("/report/thanks/"));
        return browser.getCurrentUrl().replaceAll(".*/(INC-\\d+).*", "$1");
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
