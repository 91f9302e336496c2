package org.malaf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.Pipeline;
import org.malaf.diag.Problems;
import org.malaf.link.Dossier;
import org.malaf.link.LinkedArticle;

class MarkdownExporterTest {

  @TempDir
  Path tmp;

  @Test
  void writesOneMarkdownFilePerCleanedArticleWithFrontMatterAndAHugoSite() throws IOException {
    Path seeds = SyntheticDossierTest.generate(tmp.resolve("seeds"), 6, 20, 4);
    Dossier dossier = new Pipeline().analyse(seeds, null, new Problems(), new LinkedHashMap<>()).dossier();
    Path hugo = tmp.resolve("hugo");
    assertThat(new MarkdownExporter().export(dossier, hugo)).isEqualTo(6);

    assertThat(Files.readString(hugo.resolve("hugo.toml"))).contains("[taxonomies]\n  actor = \"actors\"");
    for (String layout : new String[] {"_default/baseof.html", "_default/single.html", "_default/list.html", "index.html"}) {
      assertThat(hugo.resolve("layouts/" + layout)).isRegularFile();
    }
    try (Stream<Path> articles = Files.list(hugo.resolve("content/articles"))) {
      assertThat(articles.count()).isEqualTo(6);
    }
    LinkedArticle first = dossier.articles().get(0);
    String md = Files.readString(hugo.resolve("content/articles/" + first.sidecar().slug() + ".md"));
    assertThat(md).startsWith("---\ntitle: \"" + first.sidecar().title() + "\"\ndate: " + first.sidecar().date()
        + "\nactors: [");
    assertThat(md).contains("\"" + first.actors().get(0).actor().value() + "\"");
    assertThat(md).doesNotContain("\u0640").doesNotContainPattern("[\uE000-\uF8FF]");
    String firstActor = dossier.registry().actors().get(0).id().value();
    assertThat(Files.readString(hugo.resolve("content/actors/" + firstActor + "/_index.md")))
        .startsWith("---\ntitle: \"" + dossier.registry().actors().get(0).name() + "\"\n---\n");
  }

  @Test
  void escapesMarkdownSyntaxInProse() {
    assertThat(MarkdownExporter.escape("a*b_[c] #1 <x>")).isEqualTo("a\\*b\\_\\[c\\] \\#1 \\<x\\>");
  }
}
