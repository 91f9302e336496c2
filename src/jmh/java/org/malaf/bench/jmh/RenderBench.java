package org.malaf.bench.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.malaf.render.PageJob;
import org.malaf.render.PageRenderer;
import org.malaf.render.RenderedPage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Rendering one article page (model built from the dossier, then the Thymeleaf template) and one actor
 * page, in a 200-article dossier with 1,000 actors; templates from the working folder's {@code templates/}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBench {

  private PageRenderer renderer;
  private PageJob article;
  private PageJob actor;

  private Path seeds;

  @Setup
  public void setUp() throws IOException {
    BenchDossiers.SamplePages pages = BenchDossiers.samplePages(200, 1000);
    seeds = pages.seeds();
    renderer = pages.renderer();
    article = pages.article();
    actor = pages.actor();
  }

  @TearDown
  public void tearDown() throws IOException {
    BenchDossiers.delete(seeds);
  }

  @Benchmark
  public RenderedPage renderOneArticlePage() {
    return renderer.render(article);
  }

  @Benchmark
  public RenderedPage renderOneActorPage() {
    return renderer.render(actor);
  }
}
