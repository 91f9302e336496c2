package org.malaf.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.render.SitePath;

class InPlaceUpdateTest {

  @TempDir
  Path tmp;

  private static SiteFile file(String path, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new SiteFile(SitePath.of(path), SiteWriter.sha256(bytes), () -> bytes);
  }

  @Test
  void leavesUnchangedFilesAloneRewritesChangedOnesAndRestoresOnesRemovedByHand() throws IOException {
    Path out = tmp.resolve("site");
    SiteWriter writer = new SiteWriter();
    List<SiteFile> site = List.of(file("index.html", "home"), file("articles/a.html", "a"),
        file("articles/b.html", "b"), file("search/t/0.js", "t0"));
    OutputManifest first = writer.writeAll(out, site, null);
    FileTime longAgo = FileTime.fromMillis(0);
    Files.setLastModifiedTime(out.resolve("articles/a.html"), longAgo);
    Files.delete(out.resolve("articles/b.html"));
    Files.delete(out.resolve("search/t/0.js"));
    Files.delete(out.resolve("search/t"));

    OutputManifest second = writer.update(out, List.of(file("index.html", "home 2"), file("articles/a.html", "a"),
        file("articles/b.html", "b"), file("search/t/0.js", "t0")), null, first);

    assertThat(Files.getLastModifiedTime(out.resolve("articles/a.html"))).as("not rewritten").isEqualTo(longAgo);
    assertThat(out.resolve("index.html")).hasContent("home 2");
    assertThat(out.resolve("articles/b.html")).as("deleted by hand, same hash").hasContent("b");
    assertThat(out.resolve("search/t/0.js")).as("its folder deleted too").hasContent("t0");
    assertThat(second.files()).containsKeys("index.html", "articles/a.html", "articles/b.html", "search/t/0.js");
  }
}
