package id.pantau.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The dashboard in real headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/run): markers for the sample's events, filtering by type, an event page with highlighted
 * evidence, search. Screenshots go to target/screenshots/. Skipped, saying so, without Chromium.
 */
class DashboardE2ETest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");
    @TempDir
    static Path tmp;
    static SampleServer sample;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: /usr/bin/chromium and /usr/bin/chromedriver not installed (apt-get install chromium chromium-driver)");
        sample = new SampleServer(tmp.resolve("data"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("pantau-chrome"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (sample != null) {
            sample.close();
        }
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void mapFilterEventPageAndSearch() throws Exception {
        browser.get(sample.base + "/");
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        List<WebElement> markers = browser.findElements(By.cssSelector("path.event-marker"));
        int events = Integer.parseInt(browser.findElement(By.id("count")).getText());
        assertThat(markers).hasSize(events);
        assertThat(events).isGreaterThanOrEqualTo(3);
        assertThat(browser.findElements(By.cssSelector("#timeline rect.bar"))).isNotEmpty();
        shot("1-map");

        // brushing the timeline sets the date filters and filters the map
        WebElement timeline = browser.findElement(By.id("timeline"));
        int w = timeline.getSize().getWidth();
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(timeline, -w / 2 + 5, 0).clickAndHold()
                .moveByOffset(w / 4, 0).release().perform();
        waitFor().until(d -> !d.findElement(By.id("f-from")).getDomProperty("value").isEmpty());
        waitFor().until(d -> Integer.parseInt(d.findElement(By.id("count")).getText()) < events);
        assertThat(browser.findElements(By.cssSelector("path.event-marker")).size()).isLessThan(events);
        shot("1b-brushed");
        browser.findElement(By.id("f-reset")).click();
        waitFor().until(d -> Integer.parseInt(d.findElement(By.id("count")).getText()) == events);

        new Select(browser.findElement(By.id("f-type"))).selectByValue("Battles");
        browser.findElement(By.id("f-apply")).click();
        waitFor().until(d -> d.findElements(By.cssSelector("path.event-marker")).size() < events);
        assertThat(browser.findElements(By.cssSelector("path.event-marker"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getDomAttribute("class")).contains("type-battles"));
        assertThat(browser.findElements(By.cssSelector("#events tbody tr"))).allSatisfy(r -> assertThat(r.getText()).contains("Armed clash"));
        shot("2-filtered-battles");

        browser.findElement(By.cssSelector("#events tbody tr.event-row")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#view-event mark.evidence")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#view-event tr.claim-row"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#view-event mark.evidence")).getText()).isNotBlank();
        shot("3-event-evidence");

        browser.get(sample.base + "/#/search");
        browser.findElement(By.id("s-q")).sendKeys("bom Kampung Melayu");
        browser.findElement(By.cssSelector("#search-form button")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#results li.result mark.hit")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#results li.result"))).hasSize(2);
        shot("4-search");

        browser.findElement(By.id("lang")).click();
        assertThat(browser.findElement(By.cssSelector("a[href='#/search']")).getText()).isEqualTo("Search documents");
    }

    @Test
    void articleTextNeverRunsAsScript() throws Exception {
        browser.get(sample.base + "/");
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        // the app inserts text with text nodes only: a text containing markup stays text
        Object inserted = ((JavascriptExecutor) browser).executeScript(
                "const box = highlighted('<img src=x onerror=\"window.pwned=1\">bom', [{start: 0, end: 3}], 'evidence');"
                        + "document.body.append(box); return [box.querySelectorAll('img').length, box.textContent, window.pwned === undefined];");
        assertThat(inserted.toString()).isEqualTo("[0, <img src=x onerror=\"window.pwned=1\">bom, true]");
    }

    @Test
    void aReloadedDashboardShowsAnEventIngestedWhileItIsServed() throws Exception {
        // pantau serve as users run it (a child JVM), an ingest from another process, then a reload
        Path data = tmp.resolve("live");
        java.io.PrintWriter quiet = new java.io.PrintWriter(new java.io.StringWriter());
        assertThat(id.pantau.cli.PantauCli.execute(new String[] {"ingest", "--data", data.toString(), "--no-progress", "--dates",
            "sample/dates.csv", "sample/teks"}, quiet, quiet)).isZero();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(javaBin, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                id.pantau.cli.PantauCli.class.getName(), "serve", "--data", data.toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String base = null;
            java.util.regex.Pattern url = java.util.regex.Pattern.compile("(http://[0-9.]+:\\d+)/");
            for (String line; base == null && (line = out.readLine()) != null; ) {
                java.util.regex.Matcher m = url.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertThat(base).isNotNull();
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            browser.get(base + "/");
            waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            int before = Integer.parseInt(browser.findElement(By.id("count")).getText());

            Path article = tmp.resolve("live.jsonl");
            Files.writeString(article, "{\"id\": \"live-2\", \"source\": \"Kabar Papua\", \"date\": \"2023-09-15\", "
                    + "\"title\": \"Kontak tembak di Oksibil\", \"text\": \"Oksibil - Seorang prajurit TNI gugur dalam kontak tembak "
                    + "dengan kelompok kriminal bersenjata di Distrik Oksibil, Kabupaten Pegunungan Bintang, Kamis (14/9/2023).\"}\n");
            assertThat(id.pantau.cli.PantauCli.execute(new String[] {"ingest", "--data", data.toString(), "--no-progress",
                article.toString()}, quiet, quiet)).isZero();
            long t0 = System.nanoTime();
            int after = before;
            while (after == before && System.nanoTime() - t0 < Duration.ofSeconds(15).toNanos()) {
                Thread.sleep(1000);
                browser.navigate().refresh();
                waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
                after = Integer.parseInt(browser.findElement(By.id("count")).getText());
            }
            assertThat(after).as("events on the map after the ingest").isEqualTo(before + 1);
            assertThat(browser.findElement(By.id("events")).getText()).contains("Oksibil");
            shot("5-live-reload");
        } finally {
            serve.destroy();
            serve.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
