package org.malaf.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The built seeds as a reader sees them in Chromium, opened from disk: right to left, the Arabic font, no sideways
 * scrolling on a 360 px phone, no console errors, every internal link landing on a real file and element, footnotes
 * and editors' notes that go there and back, and a screenshot of each kind of page in {@code target/screenshots/}.
 * One browser serves the whole class; see DEVELOPERS.md for the flags and for running it alone.
 */
class BrowserIT {

  static final int PHONE = 360;
  static final int DESKTOP = 1280;
  static final int HEIGHT = 900;
  static final Path SCREENSHOTS = Path.of(System.getProperty("malaf.screenshots", "target/screenshots"));

  private static Chromium chromium;
  private static Path site;
  private static SiteCrawl crawl;

  /** Why this machine cannot run the browser tests; null when it can. */
  private static String unavailable;

  @BeforeAll
  static void startBrowser() throws IOException {
    unavailable = Chromium.unavailable().orElse(null); // fails here on CI when the browser is missing
    if (unavailable != null) {
      // Surefire does not list a class skipped in @BeforeAll, so say it here and skip each test in @BeforeEach.
      System.out.println("BrowserIT: " + unavailable);
      return;
    }
    chromium = Chromium.start(DESKTOP, HEIGHT);
    site = BuiltSite.get().toAbsolutePath().normalize();
  }

  @BeforeEach
  void requireBrowser() {
    Assumptions.assumeTrue(unavailable == null, () -> unavailable);
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** The crawl is made once, at phone width, and shared by the tests that look at every page. */
  private static synchronized SiteCrawl crawl() {
    if (crawl == null) {
      chromium.resize(PHONE, HEIGHT);
      long start = System.nanoTime();
      crawl = SiteCrawl.of(chromium, site);
      System.out.printf("BrowserIT: crawled %d pages at %d px in %d ms%n", crawl.pages().size(), PHONE,
          (System.nanoTime() - start) / 1_000_000);
    }
    return crawl;
  }

  @Test
  void crawlingFromTheHomePageReachesEveryPageAndEveryInternalLinkResolves() throws IOException {
    SiteCrawl c = crawl();
    assertThat(c.brokenLinks()).as("links that do not resolve from file://").isEmpty();
    Set<String> unreached = new TreeSet<>();
    for (Path page : BuiltSite.pages()) {
      if (!c.pages().containsKey(page.toAbsolutePath().normalize())) {
        unreached.add(c.relative(page.toAbsolutePath().normalize()));
      }
    }
    assertThat(unreached).as("pages no link leads to from index.html").isEmpty();
  }

  @Test
  void everyPageIsRightToLeftWhereTheMarkupDoesNotSayOtherwise() {
    List<String> problems = new ArrayList<>();
    for (SiteCrawl.Page p : crawl().pages().values()) {
      String name = crawl().relative(p.file());
      if (!p.htmlDirection().equals("rtl") || !p.bodyDirection().equals("rtl")) {
        problems.add(name + ": html is " + p.htmlDirection() + ", body is " + p.bodyDirection());
      }
      if (p.rtlTextBlocks() == 0) {
        problems.add(name + ": no right-to-left text block in <main>");
      }
      p.ltrWithoutMarkup().forEach(e -> problems.add(name + ": computed direction ltr without dir/bdi: " + e));
      p.leftAligned().forEach(e -> problems.add(name + ": text-align left in right-to-left text: " + e));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noPageScrollsSidewaysOnA360pxPhone() {
    List<String> problems = new ArrayList<>();
    for (SiteCrawl.Page p : crawl().pages().values()) {
      String name = crawl().relative(p.file());
      assertThat(p.innerWidth()).as("viewport width while measuring %s", name).isEqualTo(PHONE);
      if (p.scrollWidth() > p.clientWidth()) {
        problems.add(name + ": scrollWidth " + p.scrollWidth() + " > clientWidth " + p.clientWidth()
            + "; too wide: " + p.sticksOut());
      } else if (!p.sticksOut().isEmpty()) {
        problems.add(name + ": boxes stick out of the " + p.clientWidth() + " px page: " + p.sticksOut());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyPageLoadsTheSelfHostedArabicFont() {
    List<String> problems = new ArrayList<>();
    for (SiteCrawl.Page p : crawl().pages().values()) {
      String name = crawl().relative(p.file());
      // document.fonts.check alone is true for a family no @font-face declares, so count the loaded faces too.
      if (!p.fontCheck() || p.arabicFacesLoaded() == 0) {
        problems.add(name + ": Noto Naskh Arabic not loaded (check=" + p.fontCheck() + ", loaded faces="
            + p.arabicFacesLoaded() + ")");
      }
      p.failedFaces().forEach(f -> problems.add(name + ": font face failed to load: " + f));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noPageLogsAConsoleError() {
    List<String> problems = new ArrayList<>();
    for (SiteCrawl.Page p : crawl().pages().values()) {
      p.consoleErrors().forEach(e -> problems.add(crawl().relative(p.file()) + ": " + e));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theChecksThemselvesCatchTheFaultsOfABrokenPage() throws URISyntaxException {
    Path fixture = Path.of(BrowserIT.class.getResource("/it/broken-page.html").toURI());
    chromium.resize(PHONE, HEIGHT);
    SiteCrawl.Page p = SiteCrawl.measure(chromium, fixture);
    assertThat(p.consoleErrors()).as("console errors of it/broken-page.html")
        .anyMatch(e -> e.contains("ReferenceError")).anyMatch(e -> e.contains("missing-image.png"));
    assertThat(p.scrollWidth()).as("scrollWidth of a page with a 600 px box").isGreaterThan(p.clientWidth());
    assertThat(p.sticksOut()).as("boxes and list markers sticking out").anyMatch(e -> e.contains("::marker \"10.\""));
    assertThat(p.ltrWithoutMarkup()).as("a paragraph made ltr by CSS").anyMatch(e -> e.contains("css-ltr"));
    assertThat(p.leftAligned()).as("a paragraph aligned left by CSS").anyMatch(e -> e.contains("css-left"));
  }

  @Test
  void aFootnoteMarkerLeadsToItsSourceAndTheBackReferenceReturnsToTheMarker() throws IOException {
    Path article = firstArticleWith("sup.cite a[href^=#]");
    roundTrips(article, "sup.cite a", Pattern.compile("cite-note-(\\d+)"), "cite-ref-%s-\\d+");
  }

  @Test
  void anAnnotationMarkerLeadsToItsNoteAndTheBackReferenceReturnsToTheMarker() throws IOException {
    Path article = firstArticleWith("sup.note-marker a[href^=#]");
    roundTrips(article, "sup.note-marker a", Pattern.compile("note-(\\d+)"), "note-ref-%s");
  }

  /**
   * Clicks the first and the last marker on the page: the hash becomes the note's id and the note is on screen;
   * clicking the note's back-reference to that marker brings the hash and the view back to the marker.
   */
  private void roundTrips(Path article, String markerSelector, Pattern noteId, String markerIdFormat) {
    for (int width : new int[] {DESKTOP, PHONE}) {
      chromium.resize(width, HEIGHT);
      chromium.open(article);
      List<WebElement> markers = chromium.driver().findElements(By.cssSelector(markerSelector));
      assertThat(markers).as("%s on %s", markerSelector, article.getFileName()).isNotEmpty();
      for (int i : new int[] {0, markers.size() - 1}) {
        WebElement marker = chromium.driver().findElements(By.cssSelector(markerSelector)).get(i);
        String href = marker.getDomAttribute("href");
        String markerId = (String) chromium.script("return arguments[0].closest('[id]').id", marker);
        String what = markerSelector + " #" + (i + 1) + " on " + article.getFileName() + " at " + width + " px";
        Matcher m = noteId.matcher(href.substring(1));
        assertThat(m.matches()).as("%s: href %s looks like #%s", what, href, noteId.pattern()).isTrue();
        assertThat(markerId).as("%s: the marker's id", what).matches(String.format(markerIdFormat, m.group(1)));

        marker.click();
        chromium.waitForHash(href);
        WebElement note = chromium.driver().findElement(By.id(href.substring(1)));
        assertThat(chromium.inViewport(note)).as("%s: %s is on screen after the click", what, href).isTrue();

        List<WebElement> back = note.findElements(By.cssSelector("a[href='#" + markerId + "']"));
        assertThat(back).as("%s: %s has a back-reference to #%s", what, href, markerId).hasSize(1);
        back.get(0).click();
        chromium.waitForHash("#" + markerId);
        WebElement again = chromium.driver().findElement(By.id(markerId));
        assertThat(chromium.inViewport(again)).as("%s: back at #%s on screen", what, markerId).isTrue();
      }
    }
  }

  @Test
  void screenshotsOfEveryKindOfPageAtDesktopAndPhoneWidths() throws IOException {
    Map<String, Path> kinds = pageKinds();
    List<Path> written = new ArrayList<>();
    for (int width : new int[] {DESKTOP, PHONE}) {
      chromium.resize(width, HEIGHT);
      for (Map.Entry<String, Path> kind : kinds.entrySet()) {
        chromium.open(kind.getValue());
        Path png = SCREENSHOTS.resolve(kind.getKey() + "-" + width + ".png");
        chromium.screenshot(png);
        written.add(png);
      }
    }
    System.out.println("BrowserIT: screenshots in " + SCREENSHOTS.toAbsolutePath() + ": "
        + written.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
    for (Path png : written) {
      assertThat(Files.size(png)).as(png.toString()).isGreaterThan(1000);
    }
  }

  /**
   * One page of each kind: home, an article (the one with sources), the busiest actor, the actors index,
   * sources, and every other page at the top of the site (search, timeline… as they are added), by file name.
   */
  private static Map<String, Path> pageKinds() throws IOException {
    Map<String, Path> kinds = new LinkedHashMap<>();
    kinds.put("home", existing(site.resolve("index.html")));
    kinds.put("article", firstArticleWith("sup.cite a"));
    try (Stream<Path> actors = Files.list(site.resolve("actors"))) {
      kinds.put("actor", actors.filter(p -> p.toString().endsWith(".html") && !p.endsWith("index.html"))
          .max(Comparator.comparingLong(BrowserIT::size).thenComparing(Comparator.reverseOrder()))
          .orElseThrow(() -> new AssertionError("no actor page under " + site.resolve("actors"))));
    }
    kinds.put("actors", existing(site.resolve("actors/index.html")));
    kinds.put("sources", existing(site.resolve("sources.html")));
    try (Stream<Path> top = Files.list(site)) {
      top.filter(p -> p.toString().endsWith(".html")).sorted().forEach(p -> {
        String name = p.getFileName().toString().replaceFirst("\\.html$", "");
        if (!name.equals("index")) {
          kinds.putIfAbsent(name, p);
        }
      });
    }
    return kinds;
  }

  private static Path firstArticleWith(String cssQuery) throws IOException {
    try (Stream<Path> articles = Files.list(site.resolve("articles"))) {
      for (Path p : articles.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        if (!Jsoup.parse(p.toFile(), "UTF-8").select(cssQuery).isEmpty()) {
          return p;
        }
      }
    }
    throw new AssertionError("no article page in " + site + " has " + cssQuery);
  }

  private static Path existing(Path p) {
    assertThat(p).isRegularFile();
    return p;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
