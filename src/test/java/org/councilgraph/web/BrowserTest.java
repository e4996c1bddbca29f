package org.councilgraph.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Headless Chromium through the real pages; skipped where chromium-driver is not installed. Screenshots go to target/screenshots/. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BrowserTest {
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static TestSite site;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(DRIVER), "chromium-driver is not installed (apt-get install -y chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        site = TestSite.start(Duration.ofSeconds(10), 1000);
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1400");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    static void screenshot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void the_home_page_shows_counts_and_leads_to_the_council_page() throws Exception {
        browser.get(site.base());
        assertTrue(browser.getTitle().contains("councilgraph"));
        assertFalse(browser.findElements(By.cssSelector("ul.counts li")).isEmpty());
        screenshot("home");
        browser.findElement(By.linkText("Stockton-on-Tees Borough Council")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/doc/council/" + TestSite.GSS));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Stockton-on-Tees"));
        List<WebElement> timeline = browser.findElements(By.cssSelector("ol.timeline li"));
        assertTrue(timeline.size() >= 2);
        assertFalse(browser.findElements(By.cssSelector("figure.chart svg polyline")).isEmpty());
        screenshot("council");
    }

    @Test
    void the_SPARQL_page_is_YASGUI_from_the_jar_and_runs_a_canned_query_into_a_table() throws Exception {
        browser.get(site.url("query"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasqe .CodeMirror")));
        assertFalse(browser.findElement(By.id("query-form")).isDisplayed(), "the plain form gives way to the editor");
        browser.findElement(By.linkText("Decisions")).click();
        wait.until(ExpectedConditions.urlContains("canned=decisions"));
        String query = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#yasgui .yasqe .CodeMirror').CodeMirror.getValue()");
        assertTrue(query.contains("SELECT") && query.contains("cg:Decision"), query);
        browser.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasr table tbody tr")));
        String table = browser.findElement(By.cssSelector("#yasgui .yasr table")).getText();
        assertTrue(table.contains("decision_text") && table.contains("the report be noted"), table);
        WebElement csv = browser.findElement(By.cssSelector("#downloads a[data-format='CSV']"));
        assertTrue(csv.getAttribute("href").startsWith(site.url("sparql?query=")) && csv.getAttribute("href").contains("Decision"));
        screenshot("sparql");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        assertTrue(loaded.stream().anyMatch(u -> u.endsWith("/static/yasgui/yasgui.min.js")), loaded.toString());
        assertTrue(loaded.stream().allMatch(u -> u.startsWith(site.base()) || u.startsWith("data:")), "the page loads nothing from elsewhere: " + loaded);
    }

    @Test
    void the_SPARQL_editor_completes_the_project_s_prefixes() throws Exception {
        browser.get(site.url("query"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasqe .CodeMirror")));
        ((JavascriptExecutor) browser).executeScript("""
                var cm = document.querySelector('#yasgui .yasqe .CodeMirror').CodeMirror;
                cm.setValue('PREFIX cg'); cm.focus(); cm.setCursor(cm.lineCount(), 0); cm.autocomplete();""");
        WebElement hints = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror-hints")));
        assertTrue(hints.getText().contains("cg: <https://w3id.org/councilgraph/def#>"), hints.getText());
    }

    @Test
    void the_comparison_pages_show_grades_and_a_figure_across_years() throws Exception {
        browser.get(site.url("compare/ilacs"));
        assertFalse(browser.findElements(By.cssSelector("table.grid .grade-good")).isEmpty());
        screenshot("compare-ilacs");
        browser.get(site.url("compare/indicator?indicator=children-in-care-rate"));
        assertTrue(browser.findElement(By.cssSelector("table.grid")).getText().contains("81.5"));
        screenshot("compare-indicator");
    }

    @Test
    void an_inspection_page_shows_its_evidence_quote() throws Exception {
        browser.get(site.url("doc/council/" + TestSite.GSS + "/inspection/ilacs/2019-11-04"));
        assertTrue(browser.findElement(By.cssSelector("section.evidence blockquote")).getText().contains("good overall"));
        screenshot("inspection");
    }
}
