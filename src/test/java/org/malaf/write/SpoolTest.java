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
import org.malaf.render.SitePath;

class SpoolTest {

  @TempDir
  Path tmp;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSpooledPageReadsBackItsBytesAndReachesTheSiteWhole() throws IOException {
    Path out = tmp.resolve("site");
    OutputManifest written;
    try (Spool spool = Spool.beside(out)) {
      SiteFile page = spool.put(SitePath.of("articles/a.html"), SiteWriter.sha256(utf8("صفحة")), utf8("صفحة"));
      assertThat(page.bytes().get()).as("readable at once, written or not").isEqualTo(utf8("صفحة"));
      spool.awaitWritten();
      assertThat(page.spooled().orElseThrow()).hasContent("صفحة");
      assertThat(page.bytes().get()).isEqualTo(utf8("صفحة"));
      written = new SiteWriter().writeAll(out, List.of(page), null);
    }
    assertThat(out.resolve("articles/a.html")).hasContent("صفحة");
    assertThat(written.files()).containsEntry("articles/a.html", SiteWriter.sha256(utf8("صفحة")));
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).as("the spool is gone").containsExactly("site");
    }
  }

  @Test
  void anInPlaceUpdateTakesChangedPagesFromTheSpool() throws IOException {
    Path out = tmp.resolve("site");
    SiteWriter writer = new SiteWriter();
    OutputManifest first = writer.writeAll(out, List.of(
        new SiteFile(SitePath.of("a.html"), SiteWriter.sha256(utf8("a1")), () -> utf8("a1")),
        new SiteFile(SitePath.of("b.html"), SiteWriter.sha256(utf8("b1")), () -> utf8("b1"))), null);
    try (Spool spool = Spool.beside(out)) {
      List<SiteFile> pages = List.of(
          spool.put(SitePath.of("a.html"), SiteWriter.sha256(utf8("a2")), utf8("a2")),
          spool.put(SitePath.of("b.html"), SiteWriter.sha256(utf8("b1")), utf8("b1")));
      spool.awaitWritten();
      writer.update(out, pages, null, first);
    }
    assertThat(out.resolve("a.html")).hasContent("a2");
    assertThat(out.resolve("b.html")).hasContent("b1");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.html", "b.html",
          OutputGuard.MARKER);
    }
  }

  @Test
  void aPageThatCannotBeWrittenFailsTheBuildWithItsNameOnceThePagesAreAwaited() {
    try (Spool spool = Spool.beside(tmp.resolve("site"))) {
      spool.put(SitePath.of("a"), SiteWriter.sha256(utf8("file")), utf8("file"));
      spool.put(SitePath.of("a/b.html"), SiteWriter.sha256(utf8("page")), utf8("page")); // "a" is a file
      assertThatThrownBy(spool::awaitWritten).isInstanceOf(BuildFailure.class)
          .satisfies(e -> assertThat(((BuildFailure) e).problems().get(0).what())
              .contains("cannot hold the rendered page a/b.html"));
    }
  }

  @Test
  void aSpoolLeftByAKilledBuildIsRemovedByTheNextOne() throws IOException {
    Path leftover = Files.createDirectories(tmp.resolve(".site" + Spool.PREFIX + "1234/articles"));
    Files.writeString(leftover.resolve("a.html"), "half");
    try (Spool spool = Spool.beside(tmp.resolve("site"))) {
      assertThat(tmp.resolve(".site" + Spool.PREFIX + "1234")).doesNotExist();
    }
  }
}
