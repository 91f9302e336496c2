package org.malaf.bench.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.malaf.Pipeline;
import org.malaf.annotate.ActorMatcher;
import org.malaf.clean.CleanArticle;
import org.malaf.diag.Problems;
import org.malaf.ingest.ActorRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/** Matching a 1 MB set of cleaned articles against a registry of 1,000 actors, and compiling that registry. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchBench {

  private ActorRegistry registry;
  private ActorMatcher matcher;
  private List<CleanArticle> cleaned;

  private Path seeds;

  @Setup
  public void setUp() throws IOException {
    seeds = BenchDossiers.generate(180, 1000);
    Pipeline.Analysis analysis = BenchDossiers.analyse(seeds);
    registry = analysis.seeds().registry();
    cleaned = analysis.cleaned();
    matcher = ActorMatcher.build(registry, new Problems());
  }

  @TearDown
  public void tearDown() throws IOException {
    BenchDossiers.delete(seeds);
  }

  @Benchmark
  public void matchOneMegabyteAgainst1000Actors(Blackhole bh) {
    for (CleanArticle article : cleaned) {
      bh.consume(matcher.match(article.blocks()));
    }
  }

  @Benchmark
  public ActorMatcher compile1000Actors() {
    return ActorMatcher.build(registry, new Problems());
  }
}
