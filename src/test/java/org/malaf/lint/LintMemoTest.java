package org.malaf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.malaf.diag.Problem;
import org.malaf.render.RenderedPage;
import org.malaf.render.SitePath;

class LintMemoTest {

  private static final String GOOD = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
      + "<title>ملف</title></head><body><p>قال <bdi>Reuters</bdi> أمس</p></body></html>";
  private static final String BAD = GOOD.replace("<bdi>Reuters</bdi>", "Reuters");

  private final LintMemo memo = new LintMemo();
  private final Path site = Path.of("site");

  private List<String> lint(String html) {
    RenderedPage page = new RenderedPage(SitePath.of("index.html"), html.getBytes(StandardCharsets.UTF_8));
    return memo.lint(site, List.of(page), RenderedPage::path, p -> Integer.toString(new String(p.bytes(),
        StandardCharsets.UTF_8).hashCode()), RenderedPage::bytes, null).stream().map(Problem::format).toList();
  }

  @Test
  void anUnchangedPageReportsTheSameProblemsAgain() {
    List<String> first = lint(BAD);
    assertThat(first).anyMatch(line -> line.contains("[ltr-run]"));
    assertThat(lint(BAD)).isEqualTo(first);
  }

  @Test
  void aChangedPageIsLintedAnew() {
    assertThat(lint(BAD)).anyMatch(line -> line.contains("[ltr-run]"));
    assertThat(lint(GOOD)).noneMatch(line -> line.contains("[ltr-run]"));
    assertThat(lint(BAD)).anyMatch(line -> line.contains("[ltr-run]"));
  }

  @Test
  void aPageLintedAsItWasRenderedIsReportedWithoutBeingReadBack() {
    SitePath path = SitePath.of("index.html");
    memo.lintRendered(site, path, "sha-1", BAD);
    List<String> problems = memo.lint(site, List.of(path), p -> p, p -> "sha-1", p -> {
      throw new AssertionError("the page was read back although its text was linted when rendered");
    }, null).stream().map(Problem::format).toList();
    assertThat(problems).anyMatch(line -> line.contains("[ltr-run]") && line.contains("index.html"));
  }
}
