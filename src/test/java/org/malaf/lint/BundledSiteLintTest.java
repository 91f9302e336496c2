package org.malaf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.malaf.Malaf;
import org.malaf.diag.Problem;

/** The site built from the bundled seeds, templates and CSS passes the linter without errors. */
class BundledSiteLintTest {

  @TempDir
  Path tmp;

  @Test
  void theBundledSiteHasNoLintErrors() {
    Path site = tmp.resolve("site");
    int exit = Malaf.commandLine().execute("build", "-q", "--no-cache", "--out", site.toString());
    assertThat(exit).isZero();
    List<String> errors = new RtlLinter().lintSite(site).stream().filter(Problem::isError).map(Problem::format).toList();
    assertThat(errors).isEmpty();
  }

  @Test
  void theBundledStylesheetsHaveNoLintErrors() {
    List<String> errors = new RtlLinter().lint(tmp, List.of(), Path.of("static")).stream()
        .filter(Problem::isError).map(Problem::format).toList();
    assertThat(errors).isEmpty();
  }
}
