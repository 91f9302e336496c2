package org.malaf.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.Pipeline;
import org.malaf.bench.SyntheticDossier;
import org.malaf.diag.Problems;
import org.malaf.write.FileTrees;

/** The listings of a dossier too big for one page: home and sources continue on further pages. */
class ListingPagesIT {

  private static final int ARTICLES = 120;

  @TempDir
  static Path tmp;

  private static Path site;

  @BeforeAll
  static void build() throws IOException {
    new SyntheticDossier(new SyntheticDossier.Spec(ARTICLES, 40, 5)).writeTo(tmp.resolve("seeds"));
    Path templates = FileTrees.copy(Path.of("templates"), tmp.resolve("templates"));
    Path staticDir = FileTrees.copy(Path.of("static"), tmp.resolve("static"));
    site = tmp.resolve("site");
    new Pipeline().build(new Pipeline.Options(tmp.resolve("seeds"), site, templates, staticDir, null), new Problems());
  }

  private static Document page(Path file) throws IOException {
    return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
  }

  @Test
  void followingNextFromTheHomePageListsEveryArticleOnceNewestFirst() throws IOException {
    List<String> visited = new ArrayList<>();
    Set<String> articles = new LinkedHashSet<>();
    List<String> dates = new ArrayList<>();
    Path current = site.resolve("index.html");
    while (current != null) {
      visited.add(site.relativize(current).toString());
      Document doc = page(current);
      List<Element> cards = doc.select("ol.cards > li.card");
      assertThat(cards).as(current.toString()).hasSizeLessThanOrEqualTo(50).isNotEmpty();
      for (Element card : cards) {
        Path target = current.getParent().resolve(card.selectFirst(".card__title a").attr("href")).normalize();
        assertThat(target).isRegularFile();
        assertThat(articles.add(site.relativize(target).toString())).as("listed once: " + target).isTrue();
        dates.add(card.selectFirst("time").attr("datetime"));
      }
      Element next = doc.selectFirst("nav.pager a[rel=next]");
      Path nextFile = next == null ? null : current.getParent().resolve(next.attr("href")).normalize();
      if (nextFile != null) {
        Element back = page(nextFile).selectFirst("nav.pager a[rel=prev]");
        assertThat(nextFile.getParent().resolve(back.attr("href")).normalize()).as("prev goes back").isEqualTo(current);
      }
      current = nextFile;
    }
    assertThat(visited).containsExactly("index.html", "page/2.html", "page/3.html");
    assertThat(articles).hasSize(ARTICLES);
    try (var files = Files.list(site.resolve("articles"))) {
      assertThat(files.count()).isEqualTo(ARTICLES);
    }
    List<String> newestFirst = new ArrayList<>(dates);
    newestFirst.sort(java.util.Comparator.reverseOrder());
    assertThat(dates).isEqualTo(newestFirst);
  }

  @Test
  void onlyTheFirstPageIntroducesTheDossierAndEveryPageHasItsHeading() throws IOException {
    Document first = page(site.resolve("index.html"));
    Document second = page(site.resolve("page/2.html"));
    assertThat(first.select("section.intro")).hasSize(1);
    assertThat(first.select("section.home-actors")).hasSize(1);
    assertThat(second.select("section.intro, section.home-actors")).isEmpty();
    assertThat(second.select("h1").text()).isEqualTo(first.select("h1").text()).isNotBlank();
    assertThat(second.select("h2#articles-heading").text()).isEqualTo("المقالات");
    assertThat(second.title()).contains("الصفحة 2");
    assertThat(second.select("p.meta").first().text()).contains("2", "3");
  }

  @Test
  void followingNextFromTheSourcesPageListsEverySourceOnceAndThePublisherIndexFindsEachList() throws IOException {
    List<Path> pages = new ArrayList<>();
    Set<String> urls = new LinkedHashSet<>();
    int announced = Integer.parseInt(page(site.resolve("sources.html")).selectFirst("h1 .count").text());
    for (Path current = site.resolve("sources.html"); current != null; ) {
      pages.add(current);
      Document doc = page(current);
      assertThat(doc.select(".source-list > li")).as(current.toString()).hasSizeLessThanOrEqualTo(200).isNotEmpty();
      for (Element link : doc.select(".source-list > li > .references__url")) {
        assertThat(urls.add(link.text())).as("listed once: " + link.text()).isTrue();
      }
      for (Element index : doc.select("nav.toc a")) {
        String[] target = index.attr("href").split("#");
        Document there = page(current.getParent().resolve(target[0]).normalize());
        assertThat(there.getElementById(target[1])).as(index.attr("href")).isNotNull();
        assertThat(there.getElementById(target[1]).text()).isEqualTo(index.text()).doesNotContain("تابع");
      }
      Element next = doc.selectFirst("nav.pager a[rel=next]");
      current = next == null ? null : current.getParent().resolve(next.attr("href")).normalize();
    }
    assertThat(pages).as("a dossier of %d articles has several pages of sources", ARTICLES).hasSizeGreaterThan(1);
    assertThat(urls).hasSize(announced);
    assertThat(site.relativize(pages.get(1)).toString()).isEqualTo("sources/2.html");
  }

  @Test
  void everyListingPageIsValidHtml() throws Exception {
    NuChecker checker = new NuChecker();
    for (String name : List.of("index.html", "page/2.html", "page/3.html", "sources.html", "sources/2.html")) {
      assertThat(NuChecker.errors(checker.checkHtml(site.resolve(name)))).as(name).isEmpty();
    }
  }

  @Test
  void anEditRebuiltInASessionGivesTheListingsAFullBuildGives() throws IOException {
    Path project = tmp.resolve("session");
    FileTrees.copy(tmp.resolve("seeds"), project.resolve("seeds"));
    Pipeline.Options options = new Pipeline.Options(project.resolve("seeds"), project.resolve("site"),
        tmp.resolve("templates"), tmp.resolve("static"), null);
    Pipeline pipeline = new Pipeline(org.malaf.cache.BuildCache.inMemory(), Pipeline.Progress.NONE);
    Pipeline.BuildResult first = pipeline.build(options, new Problems());
    // The oldest article is on the last page of the home listing: a new paragraph changes its card, a new
    // source the sources pages.
    Path oldest = oldestArticle(project.resolve("seeds"));
    Files.writeString(oldest, Files.readString(oldest) + "\n\nفقرة جديدة في آخر المقال MARKER.\n\nhttps://example.org/marker\n");
    Pipeline.BuildResult second = pipeline.build(options, new Problems(), first.output());
    assertThat(second.output().changedSince(first.output())).contains("page/3.html").doesNotContain("page/2.html");
    new Pipeline().build(new Pipeline.Options(project.resolve("seeds"), project.resolve("full"), tmp.resolve("templates"),
        tmp.resolve("static"), null), new Problems());
    assertThat(TinyDossier.snapshot(project.resolve("site"))).isEqualTo(TinyDossier.snapshot(project.resolve("full")));
  }

  private static Path oldestArticle(Path seeds) throws IOException {
    try (var files = Files.list(seeds)) {
      return files.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().startsWith("dossier")
              && !p.getFileName().toString().startsWith("actors"))
          .min(java.util.Comparator.comparing((Path p) -> dateOf(p)).thenComparing(p -> p.getFileName().toString(),
              java.util.Comparator.reverseOrder()))
          .map(p -> p.resolveSibling(p.getFileName().toString().replace(".yaml", ".txt")))
          .orElseThrow();
    }
  }

  private static String dateOf(Path sidecar) {
    try {
      return Files.readAllLines(sidecar).stream().filter(l -> l.startsWith("date:")).findFirst().orElse("");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
