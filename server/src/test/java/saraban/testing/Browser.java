package saraban.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}) driven through its own chromedriver: a
 * fresh profile each time, no downloads, no background traffic. The build installs both ({@code
 * .ci/prepare-test-tools}).
 *
 * <pre>{@code
 * try (Browser browser = Browser.open(server.uri("/"), Browser.DESKTOP)) {
 *     browser.go("/signin");
 *     browser.screenshot("signin");   // docs/screenshots/signin-1366x768.png and -390x844.png
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    /** A viewport: desktop or phone. */
    public record Size(int width, int height, boolean mobile) {
        String suffix() {
            return width + "x" + height;
        }
    }

    public static final Size DESKTOP = new Size(1366, 768, false);
    public static final Size PHONE = new Size(390, 844, true);

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final URI base;
    private final Path profile;
    private Size size;

    private Browser(ChromeDriver driver, URI base, Path profile, Size size) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
        this.size = size;
    }

    /**
     * Starts the browser with a viewport of {@code size}; relative paths resolve on {@code base}.
     */
    public static Browser open(URI base, Size size) {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver"
                        + " (apt-get install chromium chromium-driver)");
        Path profile;
        try {
            profile = Files.createTempDirectory("saraban-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=th-TH",
                "--window-size=" + size.width() + "," + size.height(),
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Browser browser = new Browser(driver, base, profile, size);
        browser.viewport(size);
        return browser;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code path} of the server under test. */
    public Browser go(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /** The path (and query) the browser is at. */
    public String path() {
        URI at = URI.create(driver.getCurrentUrl());
        return at.getRawPath() + (at.getRawQuery() == null ? "" : "?" + at.getRawQuery());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types {@code text} into the field {@code css}, replacing what it held. */
    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks {@code css} and waits for the next page to load. */
    public Browser clickAndWait(String css) {
        WebElement element = find(css);
        Object marker = driver.executeScript("return window.__sarabanPage = Math.random();");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d -> {
                            Object now = driver.executeScript("return window.__sarabanPage;");
                            return now == null || !now.equals(marker);
                        });
        return this;
    }

    /** Signs in through the page; returns where the browser went. */
    public String signIn(String username, String password) {
        go("/signin");
        type("#username", username).type("#password", password);
        clickAndWait("form[action='/signin'] button[type=submit]");
        return path();
    }

    /** Sets the viewport to {@code newSize} exactly, as a phone or a desktop. */
    public void viewport(Size newSize) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width", newSize.width(),
                        "height", newSize.height(),
                        "deviceScaleFactor", 1,
                        "mobile", newSize.mobile()));
        size = newSize;
    }

    /**
     * Writes what the page looks like at 1366×768 and at 390×844 into {@code docs/screenshots/}
     * ({@code name-1366x768.png}, {@code name-390x844.png}) for the README, and returns the files;
     * the viewport is then as before.
     */
    public List<Path> screenshot(String name) {
        Size was = size;
        Path dir = TestHome.home().resolve("docs/screenshots");
        try {
            Files.createDirectories(dir);
            Path desktop = shoot(dir, name, DESKTOP);
            Path phone = shoot(dir, name, PHONE);
            viewport(was);
            return List.of(desktop, phone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path shoot(Path dir, String name, Size at) throws IOException {
        viewport(at);
        Path file = dir.resolve(name + "-" + at.suffix() + ".png");
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
