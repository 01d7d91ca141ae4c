package io.taskgate.e2e.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;

/**
 * Headless Chromium from Debian ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}) with a fresh profile.
 * Both paths are set explicitly so that Selenium Manager never looks for (or downloads) a browser or driver.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("taskgate.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("taskgate.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static Browser open() {
        try {
            Path profile = Files.createTempDirectory("taskgate-chromium-");
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1366,1400", "--user-data-dir=" + profile);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens a console page, signs in on Keycloak's login form with the demo password, and makes sure the page is the
     * one shown (the console returns to the page asked for; ConsoleAccessibilityBrowserIT checks that on its own).
     */
    public Browser signIn(String user, String consoleUrl) {
        driver.get(consoleUrl);
        signInOnKeycloak(user);
        if (!driver.getCurrentUrl().equals(consoleUrl)) {
            driver.get(consoleUrl);
        }
        return this;
    }

    /** Fills Keycloak's login form shown now and waits until the console shows a page to the signed-in user. */
    public Browser signInOnKeycloak(String user) {
        wait(30).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-pass");
        driver.findElement(By.id("kc-login")).click();
        wait(30).until(d -> d.getCurrentUrl().startsWith(TestStack.current().web().baseUrl()));
        wait(30).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        return this;
    }

    public void go(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return wait(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the page's text contains this text. */
    public void waitForText(String text) {
        try {
            wait(20).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("failed-" + text.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("No '" + text + "' on " + driver.getCurrentUrl() + " (see " + shot + "): " + text(), e);
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Fails when the page shows what a person should never read: a "not built yet" notice, a raw limit field name,
     * money in scientific notation or with more digits than a person reads (cents, or two significant digits below a cent), or a number run into the next word.
     */
    public void assertReadable(String page) {
        String text = text();
        for (String raw : java.util.List.of("not built yet", "dailyTokens", "monthlyTokens", "budgetUsd",
                "requestsPerMinute", "tokensPerMinute", "maxTokensPerRequest", "maxConcurrentStreams")) {
            if (text.contains(raw)) {
                throw new AssertionError(page + " shows '" + raw + "': " + text);
            }
        }
        java.util.regex.Matcher bad = java.util.regex.Pattern
                .compile("\\d[Ee]-\\d|\\$[1-9][\\d,]*\\.\\d{3,}|\\$0\\.0*[1-9]\\d{2,}|awaiting review: \\d+Open").matcher(text);
        if (bad.find()) {
            throw new AssertionError(page + " shows an unformatted figure '" + bad.group() + "': " + text);
        }
    }

    /**
     * A wait that looks again when the page was replaced under it: a form's submit navigates, and an element read just
     * then is stale rather than absent.
     */
    public WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** A phone's viewport: 390 x 844 CSS pixels. */
    public void phoneWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** The laptop window every browser opens with. */
    public void laptopWidth() {
        driver.manage().window().setSize(new Dimension(1366, 1400));
    }

    /** Saves a screenshot as target/screenshots/NAME.png (an artifact of the run). */
    public Path screenshot(String name) {
        try {
            Path file = screenshotFile(name);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the whole page, not only what the window shows, as target/screenshots/NAME.png, at most
     * {@code maxHeight} CSS pixels of it from the top.
     */
    @SuppressWarnings("unchecked")
    public Path fullPageScreenshot(String name, int maxHeight) {
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
            // Captured beyond the viewport, the page has no scroll bar: it is laid out at the window's full width
            // (as on a phone, whose scroll bars overlay the page), and wider only if it overflows.
            double window = ((Number) driver.executeScript("return window.innerWidth;")).doubleValue();
            double width = Math.max(window, ((Number) content.get("width")).doubleValue());
            double height = Math.min(maxHeight, ((Number) content.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Path file = screenshotFile(name);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path screenshotFile(String name) throws IOException {
        Path dir = Path.of(System.getProperty("taskgate.work", "target/stack")).toAbsolutePath().getParent()
                .resolve("screenshots");
        Files.createDirectories(dir);
        return dir.resolve(name + ".png");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
