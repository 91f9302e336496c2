package org.malaf.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.malaf.Pipeline;
import org.malaf.bench.SyntheticDossier;
import org.malaf.config.YamlReader;
import org.malaf.diag.Problems;
import org.malaf.ingest.RawArticle;
import org.malaf.ingest.SeedScanner;
import org.malaf.ingest.Seeds;
import org.malaf.render.CorePages;
import org.malaf.render.PageJob;
import org.malaf.render.PageRenderer;
import org.malaf.render.TemplateSet;
import org.malaf.render.markdown.MarkdownRenderer;
import org.malaf.write.FileTrees;

/** Synthetic dossiers for the benchmarks, written to a temporary folder by the bench generator (seed 1). */
final class BenchDossiers {

  /** About 1 MB of raw article text: the "1 MB article set" of issue 8. */
  static final long ONE_MB = 1_000_000;

  private BenchDossiers() {
  }

  static Path generate(int articles, int actors) throws IOException {
    Path seeds = Files.createTempDirectory("malaf-jmh-").resolve("seeds");
    new SyntheticDossier(new SyntheticDossier.Spec(articles, actors, 1)).writeTo(seeds);
    return seeds;
  }

  /** Deletes the temporary folder {@link #generate} made for {@code seeds}. */
  static void delete(Path seeds) throws IOException {
    FileTrees.delete(seeds.getParent());
  }

  static Seeds scan(Path seeds) {
    return new SeedScanner(new YamlReader()).scan(seeds, new Problems());
  }

  /** The first articles whose raw UTF-8 text adds up to at least {@code bytes}. */
  static List<RawArticle> firstBytes(Seeds seeds, long bytes) throws IOException {
    List<RawArticle> out = new ArrayList<>();
    long total = 0;
    for (RawArticle a : seeds.articles()) {
      if (total >= bytes) {
        break;
      }
      out.add(a);
      total += Files.size(a.file());
    }
    if (total < bytes) {
      throw new IllegalStateException("generate more articles: only " + total + " bytes");
    }
    return out;
  }

  static Pipeline.Analysis analyse(Path seeds) {
    return new Pipeline().analyse(seeds, null, new Problems(), new LinkedHashMap<>());
  }

  /** A generated dossier's first article page and first person page, with the renderer of the core pages. */
  record SamplePages(Path seeds, PageRenderer renderer, PageJob article, PageJob actor) {
  }

  /**
   * A dossier of {@code articles} and {@code actors}, analysed, with the core pages (home, lists, articles,
   * actors) planned with the working folder's templates; {@link #delete} its {@code seeds} when done.
   */
  static SamplePages samplePages(int articles, int actors) throws IOException {
    Path seeds = generate(articles, actors);
    Pipeline.Analysis analysis = analyse(seeds);
    PageRenderer renderer = new PageRenderer(new TemplateSet(Path.of("templates")),
        List.of(new CorePages(new MarkdownRenderer())));
    List<PageJob> jobs = renderer.plan(analysis.dossier()).jobs();
    return new SamplePages(seeds, renderer, firstJob(jobs, "articles/"), firstJob(jobs, "actors/person-"));
  }

  private static PageJob firstJob(List<PageJob> jobs, String prefix) {
    return jobs.stream().filter(j -> j.path().value().startsWith(prefix)).findFirst().orElseThrow();
  }
}
