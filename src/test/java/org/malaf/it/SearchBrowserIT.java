package org.malaf.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.malaf.explore.search.SearchFolding;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explore pages of the built seeds in Chromium, opened from {@code file://}: searching with clitics and
 * without hamza finds the right paragraphs with the hit marked in the words as written, a result leads to
 * its highlighted paragraph, the header's box searches from any page, the timeline runs right to left in
 * date order, the network's nodes are links, and popovers open on focus and close on Escape.
 */
class SearchBrowserIT {

  private static Chromium chromium;
  private static Path site;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = Chromium.start(BrowserIT.DESKTOP, BrowserIT.HEIGHT);
    site = BuiltSite.get().toAbsolutePath().normalize();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static void search(String query) {
    chromium.driver().get(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    waitForResults();
  }

  private static void waitForResults() {
    new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(d ->
        !d.findElements(By.cssSelector("#search-results[data-search-ms]")).isEmpty());
  }

  /**
   * Each query is written the way a reader types it; {@code stem} is what every highlighted word must contain
   * once folded, and {@code paragraphWord} a word (as written) of a paragraph that must be among the hits.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "لافروف, لافروف, لافروف",
      "لحفتر, حفتر, لحفتر",
      "الامارات, امارات, والإمارات",
      "موانى, مواني, موانئ",
  })
  void searchingFromFileFindsTheParagraphsAndMarksTheWordsAsWritten(String query, String stem, String paragraphWord) {
    chromium.takeLog();
    search(query);
    List<WebElement> marks = chromium.driver().findElements(By.cssSelector("#search-results mark"));
    assertThat(marks).as("highlighted words for %s", query).isNotEmpty();
    for (WebElement mark : marks) {
      String written = mark.getText();
      assertThat(SearchFolding.fold(written)).as("highlight «%s» for «%s»", written, query).contains(stem);
      // The mark covers a whole word of the sentence as written: no letter of it is left outside.
      Object whole = chromium.script("""
          const m = arguments[0], word = /[\\p{L}\\p{M}]/u;
          const before = m.previousSibling ? m.previousSibling.textContent : '';
          const after = m.nextSibling ? m.nextSibling.textContent : '';
          return !word.test(before.slice(-1)) && !word.test(after.slice(0, 1));""", mark);
      assertThat(whole).as("«%s» is marked as a whole word", written).isEqualTo(true);
    }
    List<String> hits = new ArrayList<>();
    for (WebElement hit : chromium.driver().findElements(By.cssSelector("#search-results .mention-context"))) {
      assertThat(hit.getAttribute("href")).matches(".*/articles/[a-z0-9-]+\\.html#p-\\d+");
      hits.add(hit.getText());
    }
    assertThat(hits).as("sentences found for %s", query).anyMatch(h -> h.contains(paragraphWord));
    assertThat(Chromium.errors(chromium.takeLog())).as("console errors").isEmpty();
  }

  /** The browser folds queries with search.js and a table from Java; both must give the same words. */
  @Test
  void theBrowserFoldsAndBucketsExactlyAsJavaDoes() {
    chromium.driver().get(site.resolve("search.html").toUri().toString());
    List<String> samples = List.of("الإمـــارات", "أإآٱ", "حَفْتَرٌ", "ﻻﻓﺮﻭﻑ ﷲ", "موانئ موانى مسؤول", "٢٠١٩ ۲۱ RBC Telegraph",
        "حف\u200Cتر\u200F", "ري\u0654يس مو\u0654تمر", "مع\uFE7Cمر", "İstanbul ΣΊΣΥΦΟΣ", "ﺍﻟﺸﺮﻕ ﺍﻷﻭﺳﻂ");
    for (String sample : samples) {
      Object js = chromium.script("return self.malafSearch.fold(arguments[0])", sample);
      assertThat(js).as("fold of «%s»", sample).isEqualTo(SearchFolding.fold(sample));
    }
    Object readings = chromium.script("return self.malafSearch.readings('وللامارات')");
    assertThat(readings).asList().containsExactlyInAnyOrderElementsOf(SearchFolding.readings("وللامارات"));
    chromium.open(site.resolve("index.html"));
    for (String path : List.of("actors/haftar.html", "articles/haftar-moscow-visit-2016.html", "actors/a-b.html")) {
      for (int buckets : new int[] {1, 7, 64, 1000}) {
        Object js = chromium.script("return self.malafPreviews.bucket(arguments[0], arguments[1])", path, buckets);
        assertThat(((Number) js).intValue()).as("bucket of %s in %d", path, buckets)
            .isEqualTo(org.malaf.explore.preview.Previews.bucket(path, buckets));
      }
    }
  }

  @Test
  void aResultLeadsToItsParagraphHighlightedAsTheTarget() {
    search("لحفتر");
    WebElement first = chromium.driver().findElement(By.cssSelector("#search-results .mention-context"));
    String href = first.getAttribute("href");
    String anchor = href.substring(href.indexOf('#') + 1);
    first.click();
    chromium.waitForHash("#" + anchor);
    chromium.waitForFonts();
    WebElement target = chromium.driver().findElement(By.cssSelector(":target"));
    assertThat(target.getAttribute("id")).isEqualTo(anchor);
    assertThat(SearchFolding.fold(target.getText())).contains("لحفتر");
    assertThat(chromium.inViewport(target)).as("the paragraph is scrolled into view").isTrue();
    assertThat(target.getCssValue("background-color")).as(":target highlight").isNotEqualTo("rgba(0, 0, 0, 0)");
  }

  @Test
  void theHeaderBoxSearchesFromAnArticlePage() {
    chromium.open(site.resolve("index.html"));
    String article = chromium.driver().findElement(By.cssSelector(".card__title a")).getAttribute("href");
    chromium.driver().get(article);
    WebElement box = chromium.driver().findElement(By.cssSelector("form[role=search] input[type=search]"));
    assertThat(box.getAttribute("dir")).isEqualTo("auto");
    box.sendKeys("لافروف", Keys.ENTER);
    waitForResults();
    assertThat(chromium.driver().getCurrentUrl()).contains("/search.html?q=");
    assertThat(chromium.driver().findElements(By.cssSelector("#search-results mark"))).isNotEmpty();
  }

  @Test
  void typingSearchesAsYouTypeAndFindsWordsByTheirBeginning() {
    chromium.driver().get(site.resolve("search.html").toUri().toString());
    WebElement box = chromium.driver().findElement(By.id("search-q"));
    box.sendKeys("لافرو");
    waitForResults();
    List<WebElement> marks = chromium.driver().findElements(By.cssSelector("#search-results mark"));
    assertThat(marks).isNotEmpty().allMatch(m -> SearchFolding.fold(m.getText()).contains("لافرو"));
  }

  @Test
  void timelineListsTheSeedsDatesInOrderRightToLeftEachLinkedToItsParagraph() {
    chromium.resize(BrowserIT.DESKTOP, BrowserIT.HEIGHT);
    chromium.open(site.resolve("timeline.html"));
    List<WebElement> times = chromium.driver().findElements(By.cssSelector(".timeline__event time"));
    List<String> iso = times.stream().map(t -> t.getAttribute("datetime")).toList();
    assertThat(iso).contains("2011", "2016-06-27", "2019-04-07");
    assertThat(iso.indexOf("2011")).isLessThan(iso.indexOf("2016-06-27"));
    assertThat(iso.indexOf("2016-06-27")).isLessThan(iso.indexOf("2019-04-07"));
    for (int i = 1; i < iso.size(); i++) {
      String a = iso.get(i - 1);
      String b = iso.get(i);
      assertThat(a.substring(0, 4).compareTo(b.substring(0, 4))).as("%s before %s", a, b).isLessThanOrEqualTo(0);
    }
    List<WebElement> years = chromium.driver().findElements(By.cssSelector(".timeline__year"));
    assertThat(years.get(0).getRect().getX()).as("the earliest year is on the right")
        .isGreaterThan(years.get(1).getRect().getX());
    for (WebElement link : chromium.driver().findElements(By.cssSelector(".timeline__context"))) {
      assertThat(link.getAttribute("href")).matches(".*/articles/[a-z0-9-]+\\.html#p-\\d+");
    }
    WebElement june = chromium.driver().findElement(By.cssSelector("time[datetime='2016-06-27']"));
    String href = june.findElement(By.xpath("ancestor::li[contains(@class,'timeline__event')]//a[contains(@class,'timeline__context')]"))
        .getAttribute("href");
    chromium.driver().get(href);
    WebElement target = chromium.driver().findElement(By.cssSelector(":target"));
    assertThat(target.getText()).contains("27 من").contains("يونيو");
  }

  @Test
  void networkNodesAreLinksToActorPagesAndTheDrawingFitsAPhone() {
    chromium.resize(BrowserIT.PHONE, BrowserIT.HEIGHT);
    try {
      chromium.open(site.resolve("network.html"));
      assertThat(chromium.driver().findElement(By.cssSelector("svg.network--full")).isDisplayed()).isFalse();
      List<WebElement> nodes = chromium.driver().findElements(By.cssSelector("svg.network--compact a"));
      assertThat(nodes).hasSizeGreaterThan(5);
      for (WebElement node : nodes) {
        // an SVG link's href property is an SVGAnimatedString: read the attribute as written
        assertThat(node.getDomAttribute("href")).matches("actors/[a-z0-9-]+\\.html");
        assertThat(site.resolve(node.getDomAttribute("href"))).isRegularFile();
      }
      WebElement svg = chromium.driver().findElement(By.cssSelector("svg.network--compact"));
      assertThat(svg.getRect().getWidth()).isLessThanOrEqualTo(BrowserIT.PHONE);
      Object overflow = chromium.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
      assertThat(overflow).isEqualTo(false);
      nodes.get(0).click();
      new WebDriverWait(chromium.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/actors/"));
      assertThat(chromium.driver().findElements(By.cssSelector("svg.ego-network a"))).isNotEmpty();
    } finally {
      chromium.resize(BrowserIT.DESKTOP, BrowserIT.HEIGHT);
    }
  }

  @Test
  void focusingAnActorLinkShowsItsPreviewAndEscapeClosesIt() {
    chromium.takeLog();
    chromium.open(site.resolve("index.html"));
    chromium.driver().get(chromium.driver().findElement(By.cssSelector(".card__title a")).getAttribute("href"));
    WebElement mention = chromium.driver().findElement(By.cssSelector("a.mention[data-actor]"));
    chromium.script("arguments[0].focus()", mention);
    WebElement popover = new WebDriverWait(chromium.driver(), Duration.ofSeconds(5))
        .until(d -> d.findElements(By.cssSelector("#malaf-popover:not([hidden])")).stream().findFirst().orElse(null));
    assertThat(popover.getAttribute("role")).isEqualTo("tooltip");
    assertThat(mention.getAttribute("aria-describedby")).isEqualTo("malaf-popover");
    assertThat(popover.findElement(By.cssSelector(".popover__title")).getText()).isNotBlank();
    assertThat(popover.findElement(By.cssSelector(".popover__meta")).getText()).contains("الإشارات");
    new Actions(chromium.driver()).sendKeys(Keys.ESCAPE).perform();
    assertThat(popover.isDisplayed()).isFalse();
    assertThat(mention.getAttribute("aria-describedby")).isNull();
    WebElement articleLink = chromium.driver().findElement(By.cssSelector(".article__aside .link-list a"));
    new Actions(chromium.driver()).moveToElement(articleLink).perform();
    new WebDriverWait(chromium.driver(), Duration.ofSeconds(5))
        .until(d -> !d.findElements(By.cssSelector("#malaf-popover.popover--article:not([hidden])")).isEmpty());
    assertThat(Chromium.errors(chromium.takeLog())).as("console errors").isEmpty();
  }
}
