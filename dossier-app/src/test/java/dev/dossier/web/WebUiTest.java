package dev.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which {@code .ci/run} installs), on the example corpus plus one hostile page: every page, the
 * interactions an analyst uses, escaping, keyboard use and the axe-core accessibility rules.
 * Screenshots of every page go to {@code target/screenshots}. Skipped, saying why, on a machine
 * without Chromium.
 */
class WebUiTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String HOSTILE_TITLE = "Harbour <script>window.pwned=1</script> deal & \"quotes\"";

    @TempDir
    static Path dir;

    private static Dossier dossier;
    private static WebServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: no headless Chromium here (install Debian's chromium and chromium-driver, as .ci/run does)");
        Path examples = examples();
        Path hostile = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(hostile.resolve("hostile.txt"), String.join("\n", "title: " + HOSTILE_TITLE, "outlet: Test <b>Wire</b>",
                "published: 2026-03-12T10:00:00Z", "", "<img src=x onerror=\"window.pwned=2\"> The harbour agreement was signed in Haldeby "
                        + "on Thursday, officials said."), StandardCharsets.UTF_8);
        dossier = Dossier.open(new DossierConfig(dir.resolve("ui.db"), Clock.systemUTC(), examples.resolve("aliases.json"),
                examples.resolve("issues.json")));
        dossier.ingest(IngestRequest.of(List.of(examples.resolve("corpus").toString(), hostile.toString())), InputStream::nullInputStream,
                IngestListener.NONE);
        server = WebServer.start(dossier, "127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (dossier != null) {
            dossier.close();
        }
    }

    private static Path examples() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("examples").resolve("corpus"))) {
                return folder.resolve("examples");
            }
        }
        throw new AssertionError("examples/corpus is part of the repository");
    }

    private static void open(String path) {
        browser.get(server.url() + path.substring(1));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String firstHref(String css) {
        return browser.findElement(By.cssSelector(css)).getAttribute("href").replace(server.url(), "/");
    }

    /** The pages of the app, reached by following links from the home page, as an analyst would. */
    private static List<String> pages() {
        open("/");
        String story = firstHref("ol.stories h2 a");
        open("/actors");
        String actor = firstHref("table a");
        open("/articles");
        String article = firstHref("main ul a");
        return List.of("/", story, "/quotes?q=ceasefire", "/actors", actor, "/articles", article, "/deadlines");
    }

    @Test
    void everyPageRendersWithItsHeadingAndChartsDrawnByChartJs() throws IOException {
        List<String> pages = pages();
        String[] names = {"home", "story", "quotes", "actors", "actor", "articles", "article", "deadlines"};
        for (int i = 0; i < pages.size(); i++) {
            open(pages.get(i));
            assertThat(heading()).as(pages.get(i)).isNotBlank();
            assertThat(browser.getTitle()).as(pages.get(i)).endsWith("· Dossier");
            screenshot(names[i]);
        }
        open("/");
        assertThat(heading()).isEqualTo("Developing stories");
        assertThat(browser.findElements(By.cssSelector("ol.stories > li"))).hasSizeGreaterThan(5);
        assertThat(script("return Chart.getChart(document.querySelector('canvas.volume')) != null")).isEqualTo(true);
        open(pages.get(1));
        assertThat(browser.findElements(By.cssSelector("ol.briefing li"))).hasSizeBetween(1, 6);
        assertThat(script("return Chart.getChart(document.getElementById('timeline-chart')) != null")).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("table.positions tbody tr"))).as("the story's position matrix").isNotEmpty();
        browser.findElement(By.cssSelector("table.positions details summary")).click();
        assertThat(browser.findElement(By.cssSelector("table.positions details[open] li a")).getAttribute("href"))
                .as("a stance links to the words that show it").contains("/articles/");
        open(pages.get(4));
        assertThat(browser.findElement(By.id("positions")).getText()).isEqualTo("Positions");
        open("/deadlines");
        assertThat(browser.findElements(By.cssSelector("ol.timeline > li"))).as("the corpus's deadlines").hasSizeGreaterThan(3);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("within 48 hours");
        assertThat(browser.findElements(By.xpath("//ol[@class='timeline']/li/details/summary[starts-with(., 'Also reported')]")))
                .as("a commitment two statements report is listed once, with the other report").isNotEmpty();
        open("/nowhere");
        assertThat(heading()).isEqualTo("Not found");
        screenshot("not-found");
    }

    @Test
    void filtersTheTimelineAndFollowsAStatementToItsQuoteAndThenToItsArticle() throws IOException {
        open(pages().get(1));
        int all = browser.findElements(By.cssSelector("#timeline li")).size();

        browser.findElement(By.cssSelector("input[name=kind][value=statement]")).click();
        List<WebElement> visible = browser.findElements(By.cssSelector("#timeline li:not([hidden])"));
        assertThat(visible).isNotEmpty().allSatisfy(item -> assertThat(item.getAttribute("data-kind")).isEqualTo("statement"));
        assertThat(browser.findElement(By.id("timeline-status")).getText()).endsWith("of " + all + " entries shown");
        Select day = new Select(browser.findElement(By.id("timeline-day")));
        day.selectByIndex(1);
        String chosen = day.getFirstSelectedOption().getAttribute("value");
        assertThat(browser.findElements(By.cssSelector("#timeline li:not([hidden])")))
                .allSatisfy(item -> assertThat(item.getAttribute("data-day")).isEqualTo(chosen));
        screenshot("story-filtered");
        String filtered = browser.getCurrentUrl();
        assertThat(filtered).contains("#kind=statement&day=" + chosen);
        int shown = browser.findElements(By.cssSelector("#timeline li:not([hidden])")).size();
        open(filtered.replace(server.url(), "/"));
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector("#timeline li:not([hidden])"))).as("the filtered address is shareable").hasSize(shown);
        day = new Select(browser.findElement(By.id("timeline-day")));
        day.selectByIndex(0);

        browser.findElement(By.cssSelector("#timeline li:not([hidden])[data-kind=statement] a")).click();
        assertThat(browser.getCurrentUrl()).contains("/quotes?story=");
        assertThat(browser.findElements(By.tagName("blockquote"))).isNotEmpty();
        browser.findElement(By.linkText("in context")).click();
        String fragment = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(fragment).startsWith("q-");
        assertThat(browser.findElement(By.id(fragment)).getAttribute("class")).isEqualTo("quote");
        screenshot("article-quote");
    }

    @Test
    void searchesQuotesWithHighlightedWordsAtAShareableAddress() throws IOException {
        open("/quotes");
        WebElement words = browser.findElement(By.id("f-q"));
        assertThat(browser.findElement(By.cssSelector("label[for=f-q]")).getText()).isEqualTo("Words");
        words.sendKeys("ceasefire");
        words.submit();
        // submitting starts the navigation and returns: on a busy machine the old page is still showing
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("q=ceasefire")
                && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));

        assertThat(browser.getCurrentUrl()).contains("q=ceasefire");
        List<WebElement> marks = browser.findElements(By.cssSelector("blockquote mark"));
        assertThat(marks).isNotEmpty().allSatisfy(mark -> assertThat(mark.getText().toLowerCase(java.util.Locale.ROOT)).startsWith("ceasefire"));
        String status = browser.findElement(By.cssSelector("[role=status]")).getText();
        screenshot("quote-search");

        open(browser.getCurrentUrl().replace(server.url(), "/"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo(status);
    }

    @Test
    void articleTextAndTitlesAreShownAsTextNeverRunAsMarkup() {
        open("/articles");
        browser.findElement(By.partialLinkText("Harbour")).click();

        assertThat(heading()).isEqualTo(HOSTILE_TITLE);
        assertThat(browser.findElement(By.cssSelector(".article-text")).getText()).contains("<img src=x onerror=\"window.pwned=2\">");
        assertThat(script("return typeof window.pwned")).isEqualTo("undefined");
    }

    @Test
    void theKeyboardReachesTheSkipLinkTheNavigationAndTheTimelineControls() {
        open(pages().get(1));
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        skip.sendKeys(Keys.ENTER);
        assertThat(script("return document.activeElement.id")).isEqualTo("main");

        boolean reachedStatements = false;
        for (int i = 0; i < 200 && !reachedStatements; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            reachedStatements = "kind".equals(focused.getAttribute("name"));
        }
        assertThat(reachedStatements).as("the timeline's filter is reachable with Tab").isTrue();
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.findElement(By.cssSelector("input[name=kind]:checked")).getAttribute("value")).isEqualTo("statement");
    }

    @Test
    void theAccessibilityCheckCatchesWhatItMustCatch() {
        browser.get("data:text/html,<html><body><img src='x.png'><input type='text'><p style='color:%23eee'>faint</p></body></html>");

        List<String> rules = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser).getViolations().stream()
                .map(Rule::getId).toList();

        assertThat(rules).contains("image-alt", "label", "color-contrast");
    }

    @Test
    void everyPagePassesTheAxeAccessibilityRules() {
        for (String page : pages()) {
            open(page);
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
            List<String> violations = results.getViolations().stream()
                    .map((Rule rule) -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().size() + " elements, e.g. "
                            + rule.getNodes().get(0).getHtml())
                    .toList();
            assertThat(violations).as(page).isEmpty();
        }
    }
}
