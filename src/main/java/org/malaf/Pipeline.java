package org.malaf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.annotate.Annotator;
import org.malaf.annotate.ArticleDirectory;
import org.malaf.clean.CleanArticle;
import org.malaf.clean.Cleaner;
import org.malaf.config.YamlReader;
import org.malaf.diag.Problems;
import org.malaf.ingest.SeedScanner;
import org.malaf.ingest.Seeds;
import org.malaf.link.Dossier;
import org.malaf.link.Linker;
import org.malaf.render.PageRenderer;
import org.malaf.render.RenderedPage;
import org.malaf.render.TemplateSet;
import org.malaf.render.markdown.MarkdownRenderer;
import org.malaf.write.OutputGuard;
import org.malaf.write.SiteWriter;

/**
 * Wires the stages: ingest → clean → annotate → link → render → write. No logic of its own beyond
 * ordering, stopping on errors between stages, and timing each stage.
 */
public final class Pipeline {

  /** Where to read from and write to. */
  public record Options(Path seeds, Path out, Path templates, Path staticDir, String baseUrl) {
  }

  /** What a build did, for the summary line. */
  public record BuildResult(int articles, int actors, int pages, long warnings, Duration elapsed,
      Map<String, Long> stageMillis) {
  }

  /** The dossier analysed without rendering, for {@code check} and {@code build}. */
  public record Analysis(Seeds seeds, List<CleanArticle> cleaned, Dossier dossier) {
  }

  private final YamlReader yaml = new YamlReader();
  private final Cleaner cleaner = new Cleaner();
  private final Linker linker = new Linker();
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  /** Ingest, clean, annotate and link; throws {@link org.malaf.diag.BuildFailure} when the input has errors. */
  public Analysis analyse(Path seedsFolder, String baseUrl, Problems problems, Map<String, Long> times) {
    long t = System.nanoTime();
    Seeds seeds = new SeedScanner(yaml).scan(seedsFolder, problems);
    problems.throwIfErrors();
    t = lap(times, "ingest", t);
    List<CleanArticle> cleaned = seeds.articles().parallelStream()
        .map(raw -> cleaner.clean(raw, problems))
        .sorted(Comparator.comparing(c -> c.raw().id()))
        .toList();
    problems.throwIfErrors();
    t = lap(times, "clean", t);
    Annotator annotator = new Annotator(seeds.registry(), new ArticleDirectory(seeds.articles()), problems);
    List<AnnotatedArticle> annotated = cleaned.parallelStream()
        .map(c -> annotator.annotate(c, problems))
        .sorted(Comparator.comparing(AnnotatedArticle::id))
        .toList();
    problems.throwIfErrors();
    t = lap(times, "annotate", t);
    var config = baseUrl == null ? seeds.config() : seeds.config().withBaseUrl(baseUrl);
    Dossier dossier = linker.link(config, seeds.registry(), annotated);
    lap(times, "link", t);
    return new Analysis(seeds, cleaned, dossier);
  }

  /** The whole build; the previous site stays untouched unless every stage succeeded. */
  public BuildResult build(Options options, Problems problems) {
    long start = System.nanoTime();
    Map<String, Long> times = new LinkedHashMap<>();
    OutputGuard.check(options.out(), List.of(options.seeds(), options.templates(), options.staticDir()));
    TemplateSet templates = new TemplateSet(options.templates());
    Analysis analysis = analyse(options.seeds(), options.baseUrl(), problems, times);
    long t = System.nanoTime();
    List<RenderedPage> pages = new PageRenderer(templates, Emitters.all(markdown)).render(analysis.dossier());
    t = lap(times, "render", t);
    new SiteWriter().write(options.out(), pages, options.staticDir());
    lap(times, "write", t);
    return new BuildResult(analysis.dossier().articles().size(), analysis.dossier().registry().size(), pages.size(),
        problems.warningCount(), Duration.ofNanos(System.nanoTime() - start), times);
  }

  private static long lap(Map<String, Long> times, String stage, long since) {
    long now = System.nanoTime();
    times.put(stage, (now - since) / 1_000_000);
    return now;
  }
}
