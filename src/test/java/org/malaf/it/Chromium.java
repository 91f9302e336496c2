package org.malaf.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven through Debian's chromedriver, shared by the tests of one class (starting it costs
 * 3–4 s). The flags are those of DEPENDENCIES.md §6, documented in DEVELOPERS.md; the binary and the driver are
 * given explicitly so that Selenium Manager never tries to download anything.
 */
final class Chromium implements AutoCloseable {

  /** Where Debian, Ubuntu and Google put the browser; {@code MALAF_CHROMIUM} overrides. */
  private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium");
  /** Where Debian puts chromedriver; {@code MALAF_CHROMEDRIVER} overrides. */
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver",
      "/snap/bin/chromium.chromedriver");

  /** Selenium warns on every start that it has no CDP bindings for this Chromium; WebDriver calls don't need them. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Why the browser tests cannot run here, or empty when Chromium and chromedriver are both installed. On CI
   * (the environment variable {@code CI} set) a missing browser is not a reason to skip: this fails the caller.
   */
  static Optional<String> unavailable() {
    Path browser = locate("MALAF_CHROMIUM", BROWSERS, "chromium", "chromium-browser", "google-chrome").orElse(null);
    Path chromedriver = locate("MALAF_CHROMEDRIVER", DRIVERS, "chromedriver").orElse(null);
    if (browser != null && chromedriver != null) {
      return Optional.empty();
    }
    String missing = (browser == null ? "Chromium" : "") + (browser == null && chromedriver == null ? " and " : "")
        + (chromedriver == null ? "chromedriver" : "");
    String message = missing + " not found (looked in " + (browser == null ? BROWSERS : DRIVERS) + " and on PATH); "
        + "install them with `apt-get install chromium chromium-driver`, or point MALAF_CHROMIUM and "
        + "MALAF_CHROMEDRIVER at them";
    if (onCi()) {
      fail("CI is set, so the browser tests must run, but " + message);
    }
    return Optional.of("browser tests skipped: " + message + " (with CI set, this is a failure)");
  }

  /**
   * Starts a headless Chromium with the given window size. Call {@link #unavailable()} first: this method
   * assumes both programs are there and aborts the calling test otherwise.
   */
  static Chromium start(int width, int height) throws IOException {
    Optional<String> why = unavailable();
    Assumptions.assumeTrue(why.isEmpty(), () -> why.orElse(""));
    Path browser = locate("MALAF_CHROMIUM", BROWSERS, "chromium", "chromium-browser", "google-chrome").orElseThrow();
    Path chromedriver = locate("MALAF_CHROMEDRIVER", DRIVERS, "chromedriver").orElseThrow();
    SELENIUM_LOG.setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory("malaf-chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=ar");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Chromium chromium = new Chromium(driver, profile);
    chromium.resize(width, height);
    return chromium;
  }

  /** True when the environment variable CI is set to anything but "false" or "0" (GitHub, GitLab and most set "true"). */
  static boolean onCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
  }

  private static Optional<Path> locate(String envVar, List<String> knownPlaces, String... namesOnPath) {
    String override = System.getenv(envVar);
    if (override != null && !override.isBlank()) {
      Path p = Path.of(override);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    for (String place : knownPlaces) {
      if (Files.isExecutable(Path.of(place))) {
        return Optional.of(Path.of(place));
      }
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      for (String name : namesOnPath) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name));
        }
      }
    }
    return Optional.empty();
  }

  ChromeDriver driver() {
    return driver;
  }

  /**
   * Sets the viewport (not the window) to exactly {@code width} CSS pixels: headless Chromium keeps its window at
   * least 500 px wide on some versions, so when resizing the window does not give the width, device metrics are
   * overridden instead.
   */
  void resize(int width, int height) {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.manage().window().setSize(new Dimension(width, height));
    Number inner = (Number) driver.executeScript("return window.innerWidth");
    if (inner.intValue() != width) {
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
  }

  int viewportWidth() {
    return ((Number) driver.executeScript("return window.innerWidth")).intValue();
  }

  /** Opens a file and waits until its web fonts have loaded (or failed), so that layout is final. */
  void open(Path file) {
    driver.get(file.toUri().toString());
    waitForFonts();
  }

  void waitForFonts() {
    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  String hash() {
    return (String) driver.executeScript("return decodeURIComponent(location.hash)");
  }

  void waitForHash(String expected) {
    new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> expected.equals(hash()));
  }

  /** True when some of the element is inside the viewport and its top is not above the viewport's top. */
  boolean inViewport(WebElement element) {
    return (Boolean) driver.executeScript("""
        const r = arguments[0].getBoundingClientRect();
        return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && r.top >= -2;
        """, element);
  }

  /**
   * The browser's log since the previous call: console messages, uncaught exceptions and failed loads. Chromium
   * hands each entry out once.
   */
  List<LogEntry> takeLog() {
    return new ArrayList<>(driver.manage().logs().get(LogType.BROWSER).getAll());
  }

  /** Errors only (level SEVERE: console.error, uncaught exceptions, resources that failed to load). */
  static List<String> errors(List<LogEntry> entries) {
    return entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(e -> e.getLevel() + " " + e.getMessage()).toList();
  }

  /**
   * Writes a PNG of the whole page, not just the viewport (Chromium's Page.captureScreenshot beyond the viewport).
   * Capturing beyond the viewport lays the page out without a vertical scrollbar, so it is 15 px wider than the
   * window's content area, and a right-to-left page moves right by that much: the clip must be the full viewport
   * width, or the right edge of every line is cut off in the picture.
   */
  void screenshot(Path png) throws IOException {
    Files.createDirectories(png.getParent());
    @SuppressWarnings("unchecked")
    List<Number> size = (List<Number>) driver.executeScript(
        "return [window.innerWidth, Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)]");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get(0).intValue(),
        "height", size.get(1).intValue(), "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip, "optimizeForSpeed", true));
    Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Chromium may still be writing its profile while it exits; a stale temp folder is harmless.
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // same
    }
  }
}
