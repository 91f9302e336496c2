package org.malaf.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFilesTest {

  @TempDir
  Path site;

  @Test
  void resolvesPagesInsideTheSite() {
    StaticFiles files = new StaticFiles(site);
    assertThat(files.resolve("/")).isEqualTo(site.toAbsolutePath().normalize());
    assertThat(files.resolve("/actors/haftar.html")).isEqualTo(site.toAbsolutePath().resolve("actors/haftar.html"));
    assertThat(files.resolve("/articles/موسكو.html")).isNotNull();
  }

  @Test
  void refusesPathsThatLeaveTheSiteOrNameHiddenFiles() {
    StaticFiles files = new StaticFiles(site);
    assertThat(files.resolve("/../etc/passwd")).isNull();
    assertThat(files.resolve("/actors/../../etc/passwd")).isNull();
    assertThat(files.resolve("/..")).isNull();
    assertThat(files.resolve("/.malaf-site")).isNull();
    assertThat(files.resolve("/actors/.malaf-tmp-1")).isNull();
    assertThat(files.resolve("/..\\..\\etc\\passwd")).isNull();
    assertThat(files.resolve("/index.html\0.png")).isNull();
    assertThat(files.resolve("relative.html")).isNull();
  }

  @Test
  void addsTheScriptBeforeTheLastClosingBody() {
    String html = "<html><body><p>حفتر</p><pre>&lt;/body&gt;</pre></BODY></html>";
    String out = new String(StaticFiles.inject(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    assertThat(out).isEqualTo("<html><body><p>حفتر</p><pre>&lt;/body&gt;</pre>" + StaticFiles.SCRIPT_TAG
        + "</BODY></html>");
  }

  @Test
  void appendsTheScriptWhenThePageHasNoBodyEndTag() {
    String out = new String(StaticFiles.inject("<p>x".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    assertThat(out).isEqualTo("<p>x" + StaticFiles.SCRIPT_TAG);
  }
}
