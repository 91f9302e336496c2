package org.malaf.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.it.TinyDossier.Run;

/**
 * Hostile text in every input slot stays text; a build writes only its output folder (and the build
 * cache beside it); a build that dies half-way leaves the previous site as it was.
 */
class SafetyIT {

  /** What an attacker would paste: a script, an event handler, a javascript: URL, breakouts from attributes and textareas. */
  private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"
      + "\"><svg onload=alert(3)></textarea><script>alert(4)</script><a href=\"javascript:alert(5)\">x</a>";

  @TempDir
  Path tmp;

  private TinyDossier hostileDossier() throws IOException {
    TinyDossier dossier = TinyDossier.create(tmp);
    String yamlHostile = yamlQuoted(HOSTILE);
    dossier.write("seeds/dossier.yaml", "title: " + yamlHostile + "\ndescription: |\n  ملف " + HOSTILE
        + "\n  [رابط](javascript:alert(6)) و<a href=\"JaVaScRiPt:alert(7)\" onclick=\"alert(8)\">رابط</a>\nlanguage: ar\n");
    dossier.write("seeds/actors.yaml", "actors:\n"
        + "  - id: haftar\n    name: " + yamlQuoted("حفتر " + HOSTILE) + "\n    kind: person\n    aliases:\n      - حفتر\n"
        + "    description: " + yamlQuoted("قائد " + HOSTILE + " [x](javascript:alert(9))") + "\n"
        + "    links:\n      - \"https://example.org/?q=\\\"><script>alert(11)</script>\"\n");
    dossier.write("seeds/001.txt", "وصل حفتر إلى موسكو " + HOSTILE + " أمس.\n\n"
        + "وقال حفتر إن الزيارة javascript:alert(12) تأتي لتعزيز العلاقات.\n");
    dossier.write("seeds/001.yaml", "title: " + yamlQuoted("</title><script>alert(13)</script>" + HOSTILE) + "\n"
        + "date: 2016-11-28\nauthor: " + yamlQuoted(HOSTILE) + "\npublisher: " + yamlQuoted(HOSTILE) + "\n"
        + "source: \"https://example.org/\\\"onmouseover=\\\"alert(14)\"\nannotations:\n  - quote: وصل حفتر\n"
        + "    note: " + yamlQuoted("ملاحظة " + HOSTILE + " [[actor:haftar]] [x](javascript:alert(15))") + "\n");
    return dossier;
  }

  private static String yamlQuoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void hostileTextInEveryInputAppearsAsTextNeverAsMarkup() throws IOException {
    TinyDossier dossier = hostileDossier();
    Run run = dossier.build();
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> found = new ArrayList<>();
    for (Path page : pages(dossier.site())) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      String name = dossier.site().relativize(page).toString();
      // The templates' own scripts are external files under static/ or the search index; nothing else may run.
      for (Element e : doc.select("script:not([src]), script[src~=^(?i)[a-z]+:], script[src^=//], iframe, object, "
          + "embed, svg, math, base, meta[http-equiv], link[rel=import]")) {
        found.add(name + ": element <" + e.tagName() + "> " + e.attributes());
      }
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
          if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
            found.add(name + ": attribute " + a.getKey() + " on <" + e.tagName() + ">");
          }
          if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
            found.add(name + ": " + a.getKey() + "=\"" + a.getValue() + "\" on <" + e.tagName() + ">");
          }
        }
      }
    }
    assertThat(found).isEmpty();
    assertThat(searchDataThatIsNotPlainJson(dossier.site())).isEmpty();
    Document article = Jsoup.parse(dossier.site().resolve("articles/001.html").toFile(), "UTF-8");
    assertThat(article.body().text()).contains("<script>alert(1)</script>", "</textarea><script>alert(4)</script>");
  }

  @Test
  void linksThatAreNotWebAddressesAreRefused() throws IOException {
    TinyDossier dossier = TinyDossier.create(tmp);
    dossier.write("seeds/actors.yaml", "actors:\n  - id: haftar\n    name: خليفة حفتر\n    kind: person\n"
        + "    links:\n      - \"javascript:alert(1)\"\n");
    dossier.write("seeds/001.yaml", "title: حفتر في موسكو\ndate: 2016-11-28\nsource: \" JaVaScRiPt:alert(2)\"\n");
    Run run = dossier.build();
    assertThat(run.err()).isEqualTo("T/seeds/001.yaml:3:9: error: source ' JaVaScRiPt:alert(2)' is not a web address "
        + "— write the full address starting with https:// or http://\n"
        + "T/seeds/actors.yaml:6:9: error: 'javascript:alert(1)' in links of actor 'haftar' is not a web address "
        + "— write the full address starting with https:// or http://\n"
        + "build failed; T/site was left as it was\n");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void scriptsShippedInStaticNeverParseDataAsHtml() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("static"))) {
      for (Path js : walk.filter(p -> p.toString().endsWith(".js")).toList()) {
        assertThat(Files.readString(js)).as(js.toString())
            .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function");
      }
    }
  }

  @Test
  void aBuildWritesNothingOutsideItsOutputFolderButTheCacheBesideIt() throws IOException {
    TinyDossier dossier = TinyDossier.create(tmp);
    Map<String, String> before = TinyDossier.snapshot(tmp);
    Run run = dossier.build();
    assertThat(run.exit()).as(run.err()).isZero();
    Map<String, String> after = TinyDossier.snapshot(tmp);
    after.keySet().removeIf(path -> path.startsWith("site/") || path.startsWith(".malaf-cache/")
        || path.equals("site") || path.equals(".malaf-cache"));
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aFailureWhileRenderingLeavesThePreviousSiteAndNoLeftovers() throws IOException {
    TinyDossier dossier = TinyDossier.create(tmp);
    assertThat(dossier.build().exit()).isZero();
    Map<String, String> previous = TinyDossier.snapshot(dossier.site());
    Path actor = dossier.templates().resolve("actor.html");
    Files.writeString(actor, Files.readString(actor).replace("${page.name}", "${page.name.nosuch}"));
    Run run = dossier.build();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("template error").endsWith("build failed; T/site was left as it was\n");
    assertThat(TinyDossier.snapshot(dossier.site())).isEqualTo(previous);
    assertThat(siblingsOfSite(dossier)).containsExactly("site");
  }

  @Test
  void aBuildKilledHalfWayLeavesThePreviousSiteWhole() throws IOException, InterruptedException {
    TinyDossier dossier = TinyDossier.create(tmp);
    assertThat(dossier.build().exit()).isZero();
    Map<String, String> previous = TinyDossier.snapshot(dossier.site());
    dossier.write("seeds/001.yaml", "title: عنوان جديد\ndate: 2016-11-28\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process build = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.malaf.Malaf", "build", "-q",
        "--no-cache", "--seeds", "seeds", "--out", "site", "--templates", "templates", "--static", "static")
        .directory(tmp.toFile()).redirectErrorStream(true).start();
    // Kill it the moment it starts writing its temporary folder: the swap has not happened yet.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (build.isAlive() && System.nanoTime() < deadline && siblingsOfSite(dossier).size() < 2) {
      Thread.sleep(1);
    }
    build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    Map<String, String> now = TinyDossier.snapshot(dossier.site());
    // Either the kill came first (the previous site) or the swap did (the whole new site), never a mix.
    if (!now.equals(previous)) {
      assertThat(Files.readString(dossier.site().resolve("articles/001.html"))).contains("عنوان جديد");
      assertThat(now.keySet()).isEqualTo(previous.keySet());
    }
    assertThat(dossier.build().exit()).as("the next build cleans up").isZero();
    assertThat(siblingsOfSite(dossier)).containsExactly("site");
    assertThat(Files.readString(dossier.site().resolve("articles/001.html"), StandardCharsets.UTF_8)).contains("عنوان جديد");
  }

  /**
   * The search data files that are not one JSON value assigned in the expected form: hostile text that
   * escaped its JSON string would break the parse.
   */
  private static List<String> searchDataThatIsNotPlainJson(Path site) throws IOException {
    List<String> bad = new ArrayList<>();
    Path search = site.resolve("search");
    if (!Files.isDirectory(search)) {
      return bad;
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> walk = Files.walk(search)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
        String text = Files.readString(file).strip();
        String open = "]=JSON.parse('";
        int at = text.indexOf(open);
        try {
          if (!text.startsWith("(self.malafSearch||") || at < 0 || !text.endsWith("');")) {
            throw new IOException("unexpected shape");
          }
          // The value is a JSON text inside a single-quoted JS string: undo the string's own escapes.
          String literal = text.substring(at + open.length(), text.length() - 3);
          json.readTree(unescapeJsString(literal));
        } catch (IOException e) {
          bad.add(site.relativize(file) + ": " + e.getMessage());
        }
      }
    }
    return bad;
  }

  /** Undoes the two escapes the search writer puts in a single-quoted string: \\ and \'. */
  private static String unescapeJsString(String literal) throws IOException {
    StringBuilder out = new StringBuilder(literal.length());
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '\'') {
        throw new IOException("an unescaped quote ends the string early");
      }
      if (c == '\\') {
        if (++i == literal.length()) {
          throw new IOException("a dangling backslash");
        }
        out.append(literal.charAt(i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The site folder and any temporary folders a build leaves beside it ({@code .site.tmp-…}, {@code .site.old-…}). */
  private static List<String> siblingsOfSite(TinyDossier dossier) throws IOException {
    try (Stream<Path> entries = Files.list(dossier.root())) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> n.equals("site") || n.startsWith(".site.")).sorted()
          .toList();
    }
  }

  private static List<Path> pages(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
