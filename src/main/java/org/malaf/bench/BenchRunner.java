package org.malaf.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.malaf.Pipeline;
import org.malaf.cache.BuildCache;
import org.malaf.diag.Problems;
import org.malaf.write.FileTrees;

/**
 * Runs the bench: generates a synthetic dossier, builds it with the real {@link Pipeline} the way
 * {@code serve} does (in-memory build cache; full build with the heap measured), edits one article and
 * rebuilds with the same pipeline and the previous output manifest (serve's path on a file event), and
 * optionally exports the cleaned articles for Hugo. Progress goes to {@code log}.
 */
public final class BenchRunner {

  /**
   * What to run: the dossier to generate, the site's templates and static files, where to keep or export,
   * and how many one-article edits to time after the full build.
   */
  public record Settings(SyntheticDossier.Spec spec, Path templates, Path staticDir, Path keep, Path exportMarkdown,
      int edits) {
  }

  /** The measurements of one run; {@code incrementalMs} is the median of the edits' times. */
  public record Report(SyntheticDossier.Generated generated, long generateMs, Pipeline.BuildResult full, long fullMs,
      long fullCpuMs, HeapMeter.Reading heap, List<Long> editMs, long incrementalMs) {

    /** The machine-readable last line. */
    public String summaryLine() {
      return "full_build_ms=" + fullMs + " incremental_ms=" + incrementalMs + " peak_heap_mb=" + heap.peakMb()
          + " pages=" + full.pages();
    }
  }

  /** The sentence appended to one article to make the incremental edit. */
  static final String EDIT = "\n\nوأضاف مصدر مطلع أن الاجتماع المقبل سيعقد خلال أيام قليلة.\n";

  private final PrintWriter log;

  public BenchRunner(PrintWriter log) {
    this.log = log;
  }

  public Report run(Settings settings) throws IOException {
    Path work = settings.keep() != null ? Files.createDirectories(settings.keep())
        : Files.createTempDirectory("malaf-bench-");
    try {
      return run(settings, work);
    } finally {
      if (settings.keep() == null) {
        FileTrees.delete(work);
      }
    }
  }

  private Report run(Settings settings, Path work) throws IOException {
    Path seeds = work.resolve("seeds");
    Path templates = FileTrees.copy(settings.templates(), work.resolve("templates"));
    Path staticDir = FileTrees.copy(settings.staticDir(), work.resolve("static"));
    long t = System.nanoTime();
    SyntheticDossier.Generated generated = new SyntheticDossier(settings.spec()).writeTo(seeds);
    long generateMs = (System.nanoTime() - t) / 1_000_000;
    log.printf("generated %d articles and %d actors in %d ms → %s%n", generated.articleIds().size(),
        settings.spec().actors(), generateMs, seeds);
    log.println(describe(generated.damage()));
    log.flush();

    Pipeline pipeline = new Pipeline(BuildCache.inMemory(), Pipeline.Progress.NONE);
    Pipeline.Options options = new Pipeline.Options(seeds, work.resolve("site"), templates, staticDir, null);
    System.gc(); // the generator's garbage must not count against the build's heap
    HeapMeter meter = HeapMeter.start();
    long cpu = processCpuNanos();
    t = System.nanoTime();
    Pipeline.BuildResult full = pipeline.build(options, new Problems());
    long fullMs = (System.nanoTime() - t) / 1_000_000;
    long fullCpuMs = (processCpuNanos() - cpu) / 1_000_000;
    HeapMeter.Reading heap = meter.stop();
    logFull(full, fullMs, fullCpuMs, heap);

    List<Long> editMs = new ArrayList<>();
    Pipeline.BuildResult last = full;
    for (String edited : editedArticles(generated.articleIds(), settings.edits())) {
      Files.writeString(seeds.resolve(edited + ".txt"), EDIT, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      t = System.nanoTime();
      // As serve does: told of the file its watcher saw change.
      last = pipeline.build(options, new Problems(), last.output(),
          Optional.of(Set.of(seeds.resolve(edited + ".txt").toAbsolutePath())));
      long ms = (System.nanoTime() - t) / 1_000_000;
      editMs.add(ms);
      log.printf("one-article edit (%s.txt), rebuilt as serve does: %d ms, %d pages re-rendered — %s%n", edited,
          ms, last.rerendered(), stages(last));
      log.flush();
    }
    long incrementalMs = median(editMs);
    if (editMs.size() > 1) {
      log.printf("one-article edits: median %d ms, fastest %d ms, slowest %d ms%n", incrementalMs,
          Collections.min(editMs), Collections.max(editMs));
    }
    if (settings.exportMarkdown() != null) {
      export(pipeline, seeds, settings.exportMarkdown());
    }
    log.flush();
    return new Report(generated, generateMs, full, fullMs, fullCpuMs, heap, editMs, incrementalMs);
  }

  /** {@code count} articles spread over the dossier, the middle one first (a different one for every edit). */
  static List<String> editedArticles(List<String> ids, int count) {
    List<String> picked = new ArrayList<>();
    int n = Math.min(count, ids.size());
    for (int i = 0; i < n; i++) {
      picked.add(ids.get((ids.size() / 2 + (int) ((long) i * ids.size() / n)) % ids.size()));
    }
    return picked;
  }

  /** The median, the lower middle of an even count. */
  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((sorted.size() - 1) / 2);
  }

  private void logFull(Pipeline.BuildResult full, long fullMs, long fullCpuMs, HeapMeter.Reading heap) {
    log.printf("full build: %d ms (CPU %d ms, %.1f cores busy) — %s%n", fullMs, fullCpuMs,
        fullCpuMs / (double) Math.max(1, fullMs), stages(full));
    log.printf("pages: %d (%.0f pages/s), warnings: %d%n", full.pages(), full.pages() * 1000.0 / Math.max(1, fullMs),
        full.warnings());
    log.printf("heap: peak %d MB, largest after a collection %d MB, limit %d MB, %d collections%n", heap.peakMb(),
        heap.liveMb(), heap.maxMb(), heap.collections());
    log.flush();
  }

  /** Analyses the dossier again (from the pipeline's cache) and writes its cleaned articles for Hugo. */
  private void export(Pipeline pipeline, Path seeds, Path dir) throws IOException {
    long t = System.nanoTime();
    Pipeline.Analysis analysis = pipeline.analyse(seeds, null, new Problems(), new LinkedHashMap<>());
    int count = new MarkdownExporter().export(analysis.dossier(), dir);
    log.printf("exported %d cleaned articles as Markdown for Hugo in %d ms → %s (build it with: hugo --quiet -s %s)%n",
        count, (System.nanoTime() - t) / 1_000_000, dir, dir);
  }

  /**
   * CPU time of this process (all threads, GC included): on a shared machine it tells how much work a
   * build did whatever else was running, so runs of different sizes compare fairly.
   */
  static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  static String stages(Pipeline.BuildResult result) {
    StringBuilder b = new StringBuilder();
    result.stageMillis().forEach((stage, ms) -> b.append(b.length() == 0 ? "" : " · ").append(stage).append(' ')
        .append(ms).append(" ms"));
    return b.toString();
  }

  static String describe(DamageStats d) {
    return String.format("damage: %d tatweel, %d private-use glyphs, %d of %d lines in reversed chunks (%.0f %%), "
        + "%d paragraph ends split off, %d truncated URLs, %.1f MB of text",
        d.kashida(), d.privateUse(), d.reversedLines(), d.lines(), 100.0 * d.reversedLines() / Math.max(1, d.lines()),
        d.splitEnds(), d.truncatedUrls(), d.bytes() / 1e6);
  }
}
