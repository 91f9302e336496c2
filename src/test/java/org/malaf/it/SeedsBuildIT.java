package org.malaf.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Builds the bundled seeds and checks the site a reader gets: every page, every link, RTL, clean text. */
class SeedsBuildIT {

  @Test
  void writesTheHomeActorsSourcesAndEveryArticleAndActorPage() throws IOException {
    Path site = BuiltSite.get();
    assertThat(site.resolve("index.html")).isRegularFile();
    assertThat(site.resolve("actors/index.html")).isRegularFile();
    assertThat(site.resolve("sources.html")).isRegularFile();
    try (var articles = Files.list(site.resolve("articles"))) {
      assertThat(articles.filter(p -> p.toString().endsWith(".html")).count()).isEqualTo(2);
    }
    try (var actors = Files.list(site.resolve("actors"))) {
      assertThat(actors.filter(p -> !p.endsWith("index.html")).count()).isGreaterThanOrEqualTo(30);
    }
    assertThat(site.resolve("static/css/malaf.css")).isRegularFile();
  }

  @Test
  void everyRelativeLinkAndSourceResolvesToAFile() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : BuiltSite.pages()) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element el : doc.select("[href], [src]")) {
        String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
        if (ref.startsWith("http://") || ref.startsWith("https://")) {
          continue; // sources and actor links point outside on purpose
        }
        assertThat(ref).as("link in %s", page).doesNotStartWith("/").doesNotContain("://");
        String path = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        String fragment = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
        Path target = path.isEmpty() ? page : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        if (!Files.isRegularFile(target)) {
          broken.add(page.getFileName() + " → " + ref);
        } else if (!fragment.isEmpty() && target.toString().endsWith(".html")) {
          Document other = target.equals(page) ? doc : Jsoup.parse(target.toFile(), "UTF-8");
          if (other.getElementById(fragment) == null) {
            broken.add(page.getFileName() + " → " + ref + " (no such anchor)");
          }
        }
      }
      for (Element css : doc.select("link[rel=stylesheet]")) {
        assertThat(URI.create(css.attr("href")).isAbsolute()).isFalse();
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void everyPageIsArabicRightToLeftUtf8() throws IOException {
    for (Path page : BuiltSite.pages()) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      assertThat(doc.selectFirst("html").attr("lang")).as(page.toString()).isEqualTo("ar");
      assertThat(doc.selectFirst("html").attr("dir")).as(page.toString()).isEqualTo("rtl");
      assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    }
  }

  @Test
  void noPageCarriesKashidaPrivateUseOrPresentationForms() throws IOException {
    for (Path page : BuiltSite.pages()) {
      String html = Files.readString(page);
      html.codePoints().forEach(cp -> {
        assertThat(cp).as("U+%04X in %s", cp, page).isNotEqualTo(0x0640);
        assertThat(cp >= 0xE000 && cp <= 0xF8FF).as("private-use U+%04X in %s", cp, page).isFalse();
        assertThat((cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF))
            .as("presentation form U+%04X in %s", cp, page).isFalse();
      });
    }
  }

  @Test
  void dossierJsonDescribesTheSiteItCameWith() throws IOException {
    Path site = BuiltSite.get();
    var data = new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.resolve("dossier.json").toFile());
    assertThat(data.get("version").asInt()).isEqualTo(1);
    java.util.Map<String, Document> pages = new java.util.HashMap<>();
    for (var article : data.get("articles")) {
      Path page = site.resolve(article.get("href").asText());
      assertThat(page).isRegularFile();
      pages.put(article.get("id").asText(), Jsoup.parse(page.toFile(), "UTF-8"));
    }
    java.util.Set<String> actors = new java.util.HashSet<>();
    for (var actor : data.get("actors")) {
      assertThat(site.resolve(actor.get("href").asText())).isRegularFile();
      actors.add(actor.get("id").asText());
    }
    assertThat(data.get("mentions")).isNotEmpty();
    for (var mention : data.get("mentions")) {
      assertThat(actors).contains(mention.get("actor").asText());
      Element paragraph = pages.get(mention.get("article").asText()).getElementById("p-" + mention.get("paragraph").asInt());
      assertThat(paragraph).as(mention.toString()).isNotNull();
      assertThat(paragraph.text()).contains(mention.get("surface").asText());
    }
    for (String edges : List.of("related", "backlinks")) {
      for (var edge : data.get(edges)) {
        assertThat(pages).containsKeys(edge.get("from").asText(), edge.get("to").asText());
      }
    }
  }
}
