package org.malaf.bench.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.malaf.clean.Cleaner;
import org.malaf.diag.Problems;
import org.malaf.ingest.RawArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/** Cleaning a 1 MB set of synthetic damaged articles on one thread (the clean stage's hot path). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CleanBench {

  private final Cleaner cleaner = new Cleaner();
  private Path seeds;
  private List<RawArticle> articles;

  @Setup
  public void setUp() throws IOException {
    seeds = BenchDossiers.generate(250, 100);
    articles = BenchDossiers.firstBytes(BenchDossiers.scan(seeds), BenchDossiers.ONE_MB);
  }

  @TearDown
  public void tearDown() throws IOException {
    BenchDossiers.delete(seeds);
  }

  @Benchmark
  public void cleanOneMegabyte(Blackhole bh) {
    Problems problems = new Problems();
    for (RawArticle raw : articles) {
      bh.consume(cleaner.clean(raw, problems));
    }
  }
}
