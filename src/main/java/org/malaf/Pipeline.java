package org.malaf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.malaf.annotate.AnnotatedArticle;
import org.malaf.annotate.Annotator;
import org.malaf.annotate.ArticleDirectory;
import org.malaf.cache.BuildCache;
import org.malaf.cache.CacheKey;
import org.malaf.cache.CachedRenderer;
import org.malaf.cache.StageKeys;
import org.malaf.clean.CleanArticle;
import org.malaf.clean.Cleaner;
import org.malaf.config.BaseUrl;
import org.malaf.config.YamlReader;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problems;
import org.malaf.ingest.ArticleId;
import org.malaf.ingest.SeedScanner;
import org.malaf.ingest.Seeds;
import org.malaf.link.Dossier;
import org.malaf.link.Linker;
import org.malaf.lint.LintMemo;
import org.malaf.parallel.Parallel;
import org.malaf.render.PageEmitter;
import org.malaf.render.PagePlan;
import org.malaf.render.PageRenderer;
import org.malaf.render.TemplateSet;
import org.malaf.render.markdown.MarkdownRenderer;
import org.malaf.write.OutputGuard;
import org.malaf.write.OutputManifest;
import org.malaf.write.SiteFile;
import org.malaf.write.SiteWriter;
import org.malaf.write.Spool;

/**
 * Wires the stages: ingest → clean → annotate → link → render → write. No logic of its own beyond
 * ordering, stopping on errors between stages, timing each stage, and asking the {@link BuildCache}
 * before each cached stage (clean per article and render per page, on disk too; annotate per article, in
 * memory only; ingest and link always run).
 */
public final class Pipeline {

  /** Where to read from and write to. */
  public record Options(Path seeds, Path out, Path templates, Path staticDir, String baseUrl) {
  }

  /** What a build did, for the summary line; {@code output} describes the written folder. */
  public record BuildResult(int articles, int actors, int pages, int rerendered, long warnings, Duration elapsed,
      Map<String, Long> stageMillis, OutputManifest output, int damagedCacheEntries) {
  }

  /** The dossier analysed without rendering. */
  public record Analysis(Seeds seeds, List<CleanArticle> cleaned, Dossier dossier) {
  }

  /** A site rendered but not written: its pages wait in the build's spool until written. */
  private record Rendering(Analysis analysis, List<SiteFile> files, int rerendered) {
  }

  /** Hears how far a long stage has got (a progress bar, plain lines, or nothing). */
  public interface Progress {

    /** Reports nothing. */
    Progress NONE = new Progress() {
    };

    default void start(String stage, int total) {
    }

    /** One more item done; called from several threads. */
    default void step() {
    }

    default void end() {
    }
  }

  private final YamlReader yaml = new YamlReader();
  private final SeedScanner scanner = new SeedScanner(yaml);
  // The clean cache key covers the RawArticle only (StageKeys.clean): a cleaner reading more must extend it.
  private final Cleaner cleaner = new Cleaner();
  private final Linker linker = new Linker();
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  // Kept for the pipeline's life: explore remembers each unchanged article's digest between rebuilds.
  private final List<PageEmitter> emitters = Emitters.all(markdown);
  private final LintMemo linter = new LintMemo();
  private final BuildCache cache;
  private final Progress progress;

  /** A pipeline without cache or progress: every build does all the work. */
  public Pipeline() {
    this(BuildCache.off(), Progress.NONE);
  }

  public Pipeline(BuildCache cache, Progress progress) {
    this.cache = cache;
    this.progress = progress;
  }

  /** Ingest, clean, annotate and link; throws {@link BuildFailure} when the input has errors. */
  public Analysis analyse(Path seedsFolder, String baseUrl, Problems problems, Map<String, Long> times) {
    return analyse(seedsFolder, Optional.empty(), baseUrl, problems, times);
  }

  /** As {@link #analyse(Path, String, Problems, Map)}, told which files changed when that is known. */
  private Analysis analyse(Path seedsFolder, Optional<Set<Path>> changed, String baseUrl, Problems problems,
      Map<String, Long> times) {
    long t = System.nanoTime();
    StageKeys keys = cache.keys();
    Seeds seeds = scanner.scan(seedsFolder, changed, problems);
    var config = seeds.config().withBaseUrl(BaseUrl.choose(baseUrl, seeds.config(), problems));
    problems.throwIfErrors();
    t = lap(times, "ingest", t);
    Map<ArticleId, Optional<CacheKey>> cleanKeys = new ConcurrentHashMap<>();
    progress.start("clean", seeds.articles().size());
    List<CleanArticle> cleaned = Parallel.map(seeds.articles(), raw -> {
      Optional<CacheKey> key = keys.clean(raw);
      cleanKeys.put(raw.id(), key);
      CleanArticle c = cache.stage("clean", key, CleanArticle.class, problems, p -> cleaner.clean(raw, p));
      progress.step();
      return c;
    }); // in the seeds' order, by id
    progress.end();
    problems.throwIfErrors();
    t = lap(times, "clean", t);
    Optional<CacheKey> context = keys.annotateContext(seeds.registry(), seeds.articles());
    Annotator annotator = cache.memo(context, Annotator.class, problems,
        p -> new Annotator(seeds.registry(), new ArticleDirectory(seeds.articles()), p));
    // Kept in memory only (serve's rebuilds): annotating an article costs less than reading its result back
    // from disk, which repeats the whole cleaned article (10,000 articles: 1.3 s to annotate, 2.3 s to read).
    List<AnnotatedArticle> annotated = Parallel.map(cleaned,
        c -> cache.memo(keys.annotate(cleanKeys.get(c.raw().id()), context), AnnotatedArticle.class,
            problems, p -> annotator.annotate(c, p)));
    problems.throwIfErrors();
    t = lap(times, "annotate", t);
    Dossier dossier = linker.link(config, seeds.registry(), annotated);
    lap(times, "link", t);
    return new Analysis(seeds, cleaned, dossier);
  }

  /** Everything a build does except writing: template errors included; throws {@link BuildFailure} on errors. */
  private Rendering render(Options options, Optional<Set<Path>> changed, Spool spool, Problems problems,
      Map<String, Long> times) {
    TemplateSet templates = new TemplateSet(options.templates());
    Optional<CacheKey> templatesKey = cache.keys().templates(options.templates());
    Analysis analysis = analyse(options.seeds(), changed, options.baseUrl(), problems, times);
    long t = System.nanoTime();
    PagePlan plan = new PageRenderer(templates, emitters).plan(analysis.dossier());
    progress.start("render", plan.jobs().size());
    CachedRenderer.Result pages = new CachedRenderer(cache, spool,
        (path, sha, text) -> linter.lintRendered(options.out(), path, sha, text)).render(plan, templates, templatesKey,
        () -> cache.keys().templates(options.templates()), problems, progress::step);
    progress.end();
    problems.throwIfErrors();
    t = lap(times, "render", t);
    // Lint errors (an unisolated Latin run, a physical CSS property…) stop the build like input errors. Pages
    // rendered just now were linted as they were made; this lints the others and collects every problem.
    problems.addAll(linter.lint(options.out(), pages.files(), SiteFile::path, SiteFile::sha256, f -> f.bytes().get(),
        options.staticDir()));
    problems.throwIfErrors();
    spool.awaitWritten(); // the writer links the spooled files
    lap(times, "lint", t);
    return new Rendering(analysis, pages.files(), pages.rerendered());
  }

  /** Renders and lints without writing, for {@code check}; returns what was analysed. */
  public Analysis check(Options options, Problems problems) {
    boolean ok = false;
    try (Spool spool = Spool.temporary()) {
      Analysis analysis = render(options, Optional.empty(), spool, problems, new LinkedHashMap<>()).analysis();
      ok = true;
      return analysis;
    } finally {
      cache.finish(ok);
    }
  }

  /** The whole build; the previous site stays untouched unless every stage succeeded. */
  public BuildResult build(Options options, Problems problems) {
    return build(options, problems, null);
  }

  /**
   * The whole build. With {@code previous} (what the last build of this process wrote) the folder is
   * updated in place, rewriting only changed files; without it the site is written beside and swapped in.
   */
  public BuildResult build(Options options, Problems problems, OutputManifest previous) {
    return build(options, problems, previous, Optional.empty());
  }

  /**
   * As {@link #build(Options, Problems, OutputManifest)}, told which files changed since the last build of
   * this pipeline ({@code serve}'s file events): then the seeds folder is not listed again unless they ask
   * for it (see {@link SeedScanner#scan(Path, Optional, Problems)}).
   */
  public BuildResult build(Options options, Problems problems, OutputManifest previous,
      Optional<Set<Path>> changed) {
    long start = System.nanoTime();
    Map<String, Long> times = new LinkedHashMap<>();
    OutputGuard.check(options.out(), List.of(options.seeds(), options.templates(), options.staticDir()));
    boolean ok = false;
    try (Spool spool = Spool.beside(options.out())) {
      Rendering rendering = render(options, changed, spool, problems, times);
      long t = System.nanoTime();
      SiteWriter writer = new SiteWriter();
      OutputManifest written = previous == null
          ? writer.writeAll(options.out(), rendering.files(), options.staticDir())
          : writer.update(options.out(), rendering.files(), options.staticDir(), previous);
      lap(times, "write", t);
      ok = true;
      Dossier dossier = rendering.analysis().dossier();
      return new BuildResult(dossier.articles().size(), dossier.registry().size(), rendering.files().size(),
          rendering.rerendered(), problems.warningCount(), Duration.ofNanos(System.nanoTime() - start), times, written,
          cache.damagedEntries());
    } finally {
      cache.finish(ok);
    }
  }

  private static long lap(Map<String, Long> times, String stage, long since) {
    long now = System.nanoTime();
    times.put(stage, (now - since) / 1_000_000);
    return now;
  }
}
