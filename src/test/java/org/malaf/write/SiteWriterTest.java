package org.malaf.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.diag.BuildFailure;
import org.malaf.render.RenderedPage;
import org.malaf.render.SitePath;

class SiteWriterTest {

  @TempDir
  Path tmp;

  private static RenderedPage page(String path, String html) {
    return new RenderedPage(SitePath.of(path), html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void replacesThePreviousSiteAsAWhole() throws IOException {
    Path out = tmp.resolve("site");
    SiteWriter writer = new SiteWriter();
    writer.write(out, List.of(page("index.html", "one"), page("articles/old.html", "old")), null);
    writer.write(out, List.of(page("index.html", "two")), null);
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
    assertThat(out.resolve("articles/old.html")).doesNotExist();
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("site");
    }
  }

  @Test
  void copiesStaticFilesButNotHiddenOnes() throws IOException {
    Path staticDir = Files.createDirectories(tmp.resolve("static/css"));
    Files.writeString(staticDir.resolve("a.css"), "body{}");
    Files.writeString(staticDir.resolve(".swp"), "x");
    Path out = tmp.resolve("site");
    new SiteWriter().write(out, List.of(page("index.html", "x")), tmp.resolve("static"));
    assertThat(out.resolve("static/css/a.css")).hasContent("body{}");
    assertThat(out.resolve("static/css/.swp")).doesNotExist();
  }

  @Test
  void removesTheTemporaryFolderOfABuildKilledBeforeItsSwap() throws IOException {
    Path leftover = Files.createDirectories(tmp.resolve(".site.tmp-1234"));
    Files.writeString(leftover.resolve("index.html"), "half");
    new SiteWriter().write(tmp.resolve("site"), List.of(page("index.html", "x")), null);
    assertThat(leftover).doesNotExist();
  }

  @Test
  void refusesAFolderHoldingFilesMalafDidNotWrite() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("documents"));
    Files.writeString(mine.resolve("thesis.docx"), "precious");
    assertThatThrownBy(() -> OutputGuard.check(mine, List.of(tmp.resolve("seeds"))))
        .isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.problems().get(0).what())
            .isEqualTo("refusing to write the site here: the folder holds files that malaf did not write"));
    assertThat(mine.resolve("thesis.docx")).hasContent("precious");
  }

  @Test
  void refusesTheSeedsFolderItsParentAndTheRoot() {
    Path seeds = tmp.resolve("project/seeds");
    assertThatThrownBy(() -> OutputGuard.check(seeds, List.of(seeds))).isInstanceOf(BuildFailure.class);
    assertThatThrownBy(() -> OutputGuard.check(tmp.resolve("project"), List.of(seeds))).isInstanceOf(BuildFailure.class);
    assertThatThrownBy(() -> OutputGuard.check(Path.of("/"), List.of(seeds))).isInstanceOf(BuildFailure.class);
  }
}
