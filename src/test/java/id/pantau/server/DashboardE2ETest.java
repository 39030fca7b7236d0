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
        int events = Integer.parseInt(browser.findElement(By.id("count")).getText());
        assertThat(onMap()).isEqualTo(events);
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
        assertThat(onMap()).isLessThan(events);
        shot("1b-brushed");
        browser.findElement(By.id("f-reset")).click();
        waitFor().until(d -> Integer.parseInt(d.findElement(By.id("count")).getText()) == events);

        new Select(browser.findElement(By.id("f-type"))).selectByValue("Battles");
        browser.findElement(By.id("f-apply")).click();
        waitFor().until(d -> Integer.parseInt(d.findElement(By.id("count")).getText()) < events);
        // every marker on the map (clustered or not) is a battle
        Object classes = ((JavascriptExecutor) browser).executeScript("return markerLayer.getLayers().map(l => l.options.className)");
        assertThat((List<?>) classes).isNotEmpty().allSatisfy(c -> assertThat(c.toString()).contains("type-battles"));
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

    /** Events on the map: single markers plus the events inside clusters. */
    private static int onMap() {
        Object n = ((JavascriptExecutor) browser).executeScript("return markerLayer.getLayers().length");
        return ((Number) n).intValue();
    }

    private static void ready(String url) {
        browser.get(url);
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    @Test
    void timeAxisIsARealTimeAxis() throws Exception {
        ready(sample.base + "/");
        // tick labels in time order, evenly spaced in time and on the page; y-axes labelled
        List<WebElement> ticks = browser.findElements(By.cssSelector("#timeline text.tick-label"));
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(3);
        List<String> periods = ticks.stream().map(t -> t.getDomAttribute("data-period")).toList();
        assertThat(periods).isSorted();
        List<Double> xs = ticks.stream().map(t -> Double.parseDouble(t.getDomAttribute("x"))).toList();
        List<Integer> time = periods.stream().map(DashboardE2ETest::slot).toList();
        int dt = time.get(1) - time.get(0);
        double dx = xs.get(1) - xs.get(0);
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(time.get(i) - time.get(i - 1)).as("time between ticks").isEqualTo(dt);
            assertThat(xs.get(i) - xs.get(i - 1)).as("space between ticks").isCloseTo(dx, org.assertj.core.data.Offset.offset(0.5));
        }
        // a bar stands where its period is on the axis: position is proportional to time, empty periods stay empty
        List<WebElement> bars = browser.findElements(By.cssSelector("#timeline rect.bar"));
        assertThat(bars.size()).isLessThan(time.get(time.size() - 1) - time.get(0) + 1);
        WebElement b0 = bars.get(0), b1 = bars.get(bars.size() - 1);
        double perSlot = dx / dt;
        double span = Double.parseDouble(b1.getDomAttribute("x")) - Double.parseDouble(b0.getDomAttribute("x"));
        assertThat(span).isCloseTo(perSlot * (slot(b1.getDomAttribute("data-period")) - slot(b0.getDomAttribute("data-period"))),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(browser.findElements(By.cssSelector("#timeline text.y-tick.events"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#timeline text.y-tick.killed"))).hasSize(3);
        shot("5-time-axis");
    }

    /** A period as a count of months (or years when yearly). */
    private static int slot(String period) {
        String[] p = period.split("-");
        return p.length == 1 ? Integer.parseInt(p[0]) : Integer.parseInt(p[0]) * 12 + Integer.parseInt(p[1]) - 1;
    }

    @Test
    void nearbyEventsClusterAtWorldZoomAndCountriesAreLabelled() throws Exception {
        ready(sample.base + "/");
        ((JavascriptExecutor) browser).executeScript("map.setView([10, 70], 2)");
        waitFor().until(d -> !d.findElements(By.cssSelector(".marker-cluster")).isEmpty());
        int clustered = browser.findElements(By.cssSelector(".marker-cluster span.cluster-count")).stream()
                .mapToInt(e -> Integer.parseInt(e.getText())).sum();
        int single = browser.findElements(By.cssSelector("path.event-marker")).size();
        int events = Integer.parseInt(browser.findElement(By.id("count")).getText());
        assertThat(clustered).isGreaterThanOrEqualTo(2);
        assertThat(clustered + single).isEqualTo(events);
        assertThat(browser.findElements(By.cssSelector(".country-label:not(.off)")).stream().map(WebElement::getText))
                .contains("Russia", "China", "Australia").doesNotContain("Malta"); // at world zoom only the large countries
        shot("6-world-clusters");
        ((JavascriptExecutor) browser).executeScript("map.setView([-2, 118], 5)");
        waitFor().until(d -> d.findElements(By.cssSelector(".country-label:not(.off)")).stream().map(WebElement::getText).toList()
                .containsAll(List.of("Malaysia", "Indonesia", "Timor-Leste")));
    }

    @Test
    void facetsFilterAndFiltersSurviveAReload() throws Exception {
        // the map's filters are in the address: a reload (or a shared link) shows the same filtered view
        ready(sample.base + "/");
        int events = Integer.parseInt(browser.findElement(By.id("count")).getText());
        new Select(browser.findElement(By.id("f-type"))).selectByValue("Battles");
        browser.findElement(By.id("f-apply")).click();
        waitFor().until(d -> d.getCurrentUrl().contains("event_type=Battles"));
        waitFor().until(d -> Integer.parseInt(d.findElement(By.id("count")).getText()) < events);
        int battles = Integer.parseInt(browser.findElement(By.id("count")).getText());
        browser.navigate().refresh();
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(Integer.parseInt(browser.findElement(By.id("count")).getText())).isEqualTo(battles);
        assertThat(new Select(browser.findElement(By.id("f-type"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("Battles");

        // the outlet filter: only events one outlet reported
        ready(sample.base + "/#/?outlet=" + java.net.URLEncoder.encode("Warta Jakarta", java.nio.charset.StandardCharsets.UTF_8));
        int warta = Integer.parseInt(browser.findElement(By.id("count")).getText());
        assertThat(warta).isBetween(1, events - 1);
        assertThat(new Select(browser.findElement(By.id("f-outlet"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("Warta Jakarta");

        // search facets: a click on an outlet keeps only its documents, and the address says so
        ready(sample.base + "/#/search?q=bom");
        waitFor().until(d -> !d.findElements(By.cssSelector("a.facet[data-facet=source]")).isEmpty());
        int all = browser.findElements(By.cssSelector("#results li.result")).size();
        WebElement facet = browser.findElement(By.cssSelector("a.facet[data-facet=source]"));
        String outlet = facet.getDomAttribute("data-value");
        facet.click();
        waitFor().until(d -> d.getCurrentUrl().contains("source="));
        waitFor().until(d -> !d.findElements(By.cssSelector("a.facet.active")).isEmpty());
        List<WebElement> results = browser.findElements(By.cssSelector("#results li.result"));
        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains(outlet));
        assertThat(results.size()).isLessThanOrEqualTo(all);
        shot("7-facet");
        browser.navigate().refresh();
        waitFor().until(d -> !d.findElements(By.cssSelector("a.facet.active")).isEmpty());
        assertThat(browser.findElement(By.id("s-q")).getDomProperty("value")).isEqualTo("bom");
    }

    @Test
    void anUnknownEventSaysSo() throws Exception {
        ready(sample.base + "/#/event/PNT-tidak-ada");
        waitFor().until(d -> !d.findElements(By.cssSelector("#view-event .not-found")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#view-event .not-found")).getText()).contains("PNT-tidak-ada");
        shot("8-unknown-event");
    }

    @Test
    void theEventPageSpeaksTheChosenLanguage() throws Exception {
        ready(sample.base + "/");
        browser.findElement(By.cssSelector("#events tbody tr.event-row")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#view-event table.summary th")).isEmpty());
        List<String> fields = browser.findElements(By.cssSelector("#view-event table.summary th")).stream().map(WebElement::getText).toList();
        assertThat(fields).noneMatch(f -> f.contains("_") || f.matches("actor\\d"));
        String before = String.join("|", fields);
        browser.findElement(By.id("lang")).click();
        waitFor().until(d -> !String.join("|", d.findElements(By.cssSelector("#view-event table.summary th")).stream()
                .map(WebElement::getText).toList()).equals(before));
        List<String> other = browser.findElements(By.cssSelector("#view-event table.summary th")).stream().map(WebElement::getText).toList();
        assertThat(other).noneMatch(f -> f.contains("_"));
        browser.findElement(By.id("lang")).click(); // back to the default for the other tests
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

    @Test
    void theFramingViewShowsEachOutletsLabelsAndShares() throws Exception {
        ready(sample.base + "/#/framing?actor=" + java.net.URLEncoder.encode("TPNPB-OPM", java.nio.charset.StandardCharsets.UTF_8));
        waitFor().until(d -> !d.findElements(By.cssSelector("table.framing tr.outlet-row")).isEmpty());
        WebElement warta = browser.findElement(By.cssSelector("table.framing tr.outlet-row[data-outlet='Warta Jakarta']"));
        WebElement suara = browser.findElement(By.cssSelector("table.framing tr.outlet-row[data-outlet='Suara Pegunungan']"));
        assertThat(warta.findElements(By.cssSelector("span.label.delegitimising"))).isNotEmpty();
        assertThat(warta.getText()).contains("KKB").contains("100%");
        assertThat(suara.findElements(By.cssSelector("span.label.sympathetic"))).isNotEmpty();
        assertThat(suara.getText()).contains("pejuang").doesNotContain("KKB");
        // the bar of the delegitimising share is drawn to scale
        int full = warta.findElement(By.cssSelector(".share")).getSize().getWidth();
        assertThat(warta.findElement(By.cssSelector(".share .deleg")).getSize().getWidth()).isEqualTo(full);
        assertThat(suara.findElement(By.cssSelector(".share .deleg")).getSize().getWidth()).isZero();
        assertThat(browser.findElements(By.cssSelector("table.framing-figures tr"))).hasSizeGreaterThan(2);
        shot("8-framing");

        // choosing another actor in the form reloads the table for it
        new Select(browser.findElement(By.id("fr-actor"))).selectByValue("Islamic State (ISIS)");
        browser.findElement(By.cssSelector("#framing-form button")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("table.framing[data-actor='Islamic State (ISIS)']")).isEmpty());

        // the event page shows the label each outlet used
        browser.get(sample.base + "/#/framing?actor=TPNPB-OPM");
        waitFor().until(d -> !d.findElements(By.cssSelector("table.framing-figures a")).isEmpty());
        browser.findElement(By.cssSelector("table.framing-figures a")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#view-event table.event-framing span.label")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#view-event table.event-framing")).getText()).contains("Warta Jakarta", "Suara Pegunungan", "KKB");
        shot("9-event-framing");
    }
}
