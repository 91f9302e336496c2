package org.malaf.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.malaf.diag.Problem;
import org.malaf.lint.RtlLinter;
import org.malaf.render.PageJob;
import org.malaf.render.PageRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Linting one rendered article page and one actor page (both clean, as in a good build) of a 200-article
 * dossier with 1,000 actors; templates from the working folder's {@code templates/}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LintBench {

  private final RtlLinter linter = new RtlLinter();
  private String article;
  private String actor;

  private Path seeds;

  @Setup
  public void setUp() throws IOException {
    BenchDossiers.SamplePages pages = BenchDossiers.samplePages(200, 1000);
    seeds = pages.seeds();
    article = html(pages.renderer(), pages.article());
    actor = html(pages.renderer(), pages.actor());
  }

  private static String html(PageRenderer renderer, PageJob job) {
    return new String(renderer.render(job).bytes(), StandardCharsets.UTF_8);
  }

  @TearDown
  public void tearDown() throws IOException {
    BenchDossiers.delete(seeds);
  }

  @Benchmark
  public List<Problem> lintOneArticlePage() {
    return linter.lintPage(Path.of("site/articles/a.html"), article);
  }

  @Benchmark
  public List<Problem> lintOneActorPage() {
    return linter.lintPage(Path.of("site/actors/a.html"), actor);
  }
}
