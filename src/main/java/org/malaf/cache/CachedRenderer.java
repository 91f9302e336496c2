package org.malaf.cache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problems;
import org.malaf.parallel.Parallel;
import org.malaf.render.PageJob;
import org.malaf.render.PagePlan;
import org.malaf.render.SitePath;
import org.malaf.render.TemplateSet;
import org.malaf.write.SiteFile;
import org.malaf.write.SiteWriter;
import org.malaf.write.Spool;

/**
 * Renders page jobs, reusing the bytes of every page whose template set and model did not change. Each
 * template job builds its model, fingerprints it and renders only on a miss; raw files (JSON, feeds) are
 * produced and count as re-rendered only when their bytes are new. A job that names its inputs skips even
 * that when this session already made it from equal inputs (and the same templates and shared inputs).
 * Jobs run in parallel; the result keeps the jobs' (path) order.
 */
public final class CachedRenderer {

  private static final String PAGE = "page";
  private static final String RAW = "raw";

  /** The site's files in path order and how many of them were rendered anew. */
  public record Result(List<SiteFile> files, int rerendered) {

    public Result {
      files = List.copyOf(files);
    }
  }

  /** A rendered page waiting to be stored once the build knows its templates did not change under it. */
  private record Pending(CacheKey key, SiteFile file) {
  }

  /** Hears the text of each page rendered anew, before the renderer drops it (the linter reads it there). */
  public interface RenderedText {

    void rendered(SitePath path, String sha256, String text);
  }

  private final BuildCache cache;
  private final Spool spool;
  private final RenderedText onText;

  /**
   * A renderer storing in {@code cache}, putting every page it makes in {@code spool} and handing the text
   * of every page it renders to {@code onText}.
   */
  public CachedRenderer(BuildCache cache, Spool spool, RenderedText onText) {
    this.cache = cache;
    this.spool = spool;
    this.onText = onText;
  }

  /**
   * Renders {@code jobs} with {@code templates}, whose folder hashed to {@code templatesKey} before
   * rendering; {@code templatesAfter} re-hashes it afterwards, and pages are only stored when both agree,
   * so an edit saved mid-build never files a page under the wrong template set. Template errors are
   * collected (once each) into {@code problems}; {@code onPage} runs after every job. New bytes go to the
   * spool as soon as they are made, so the heap never holds the whole site.
   */
  public Result render(PagePlan plan, TemplateSet templates, Optional<CacheKey> templatesKey,
      Supplier<Optional<CacheKey>> templatesAfter, Problems problems, Runnable onPage) {
    List<PageJob> jobs = plan.jobs();
    // The shared inputs (every article's title, slug, date; the registry) mostly come back equal: hashed once.
    Optional<CacheKey> shared = templatesKey.isPresent() ? cache.recurringFingerprint(plan.sharedInputs())
        : Optional.empty();
    AtomicInteger rerendered = new AtomicInteger();
    Collection<Pending> pending = new ConcurrentLinkedQueue<>();
    Problems errors = new Problems();
    List<SiteFile> files = Parallel.map(jobs, job -> {
      try {
        return job.isTemplate()
            ? page(job, templates, templatesKey, shared, rerendered, pending)
            : raw(job, inputsOf(job, templatesKey, shared), rerendered);
      } catch (BuildFailure failure) {
        errors.addAll(failure.problems());
        return null;
      } finally {
        onPage.run();
      }
    }).stream().filter(Objects::nonNull).toList();
    // A broken template fails every page that uses it: report each distinct problem once.
    problems.addAll(new ArrayList<>(new java.util.LinkedHashSet<>(errors.sorted())));
    if (!errors.hasErrors() && templatesKey.isPresent() && templatesKey.equals(templatesAfter.get())) {
      // The heap does not hold the site: each page is read back from the spool (from all cores) and handed to
      // the disk store, which writes it in the background.
      Parallel.forEach(new ArrayList<>(pending),
          p -> cache.storeOutput(PAGE, p.key(), p.file().bytes().get(), p.file().sha256()));
    }
    return new Result(files, rerendered.get());
  }

  private SiteFile page(PageJob job, TemplateSet templates, Optional<CacheKey> templatesKey, Optional<CacheKey> shared,
      AtomicInteger rerendered, Collection<Pending> pending) {
    Optional<PageInputs> inputs = inputsOf(job, templatesKey, shared);
    Optional<SiteFile> unchanged = inputs.flatMap(in -> cache.pageKeyFor(job.path().value(), in))
        .flatMap(k -> cache.knownOutput(k).map(sha -> known(job, k, sha, templates, job.model())));
    if (unchanged.isPresent()) {
      // Same inputs as a page this session rendered: neither its model nor its fingerprint is needed.
      return unchanged.get();
    }
    Object model = job.model().get();
    Optional<CacheKey> key = templatesKey.flatMap(t -> cache.keys().page(t, job, model));
    key.ifPresent(k -> inputs.ifPresent(in -> cache.rememberPageKey(job.path().value(), in, k)));
    if (key.isPresent()) {
      CacheKey k = key.get();
      Optional<String> sha = cache.knownOutput(k);
      if (sha.isPresent()) {
        return known(job, k, sha.get(), templates, () -> model);
      }
      Optional<byte[]> stored = cache.output(PAGE, k);
      if (stored.isPresent()) {
        // Read (and hashed by the cache) once, then waiting in the spool like a page rendered now.
        byte[] bytes = stored.get();
        return spool.put(job.path(), cache.knownOutput(k).orElseGet(() -> SiteWriter.sha256(bytes)), bytes);
      }
    }
    String text = templates.render(job.template(), model);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String sha = SiteWriter.sha256(bytes);
    onText.rendered(job.path(), sha, text);
    SiteFile file = spool.put(job.path(), sha, bytes);
    rerendered.incrementAndGet();
    key.ifPresent(k -> pending.add(new Pending(k, file)));
    return file;
  }

  /** A page this session knows by key: its bytes are loaded, or rendered, only if the writer needs them. */
  private SiteFile known(PageJob job, CacheKey key, String sha, TemplateSet templates, Supplier<Object> model) {
    return new SiteFile(job.path(), sha,
        () -> cache.output(PAGE, key).orElseGet(() -> renderBytes(templates, job, model.get())));
  }

  /** What a job's output was made from, when the job names its inputs and both keys are known. */
  private static Optional<PageInputs> inputsOf(PageJob job, Optional<CacheKey> templatesKey, Optional<CacheKey> shared) {
    return job.inputs() == null || templatesKey.isEmpty() || shared.isEmpty() ? Optional.empty()
        : Optional.of(new PageInputs(templatesKey.get(), shared.get(), job.inputs()));
  }

  private SiteFile raw(PageJob job, Optional<PageInputs> inputs, AtomicInteger rerendered) {
    Optional<SiteFile> unchanged = inputs.flatMap(in -> cache.pageKeyFor(job.path().value(), in))
        .flatMap(k -> cache.knownOutput(k).map(sha -> new SiteFile(job.path(), sha, job.raw())));
    if (unchanged.isPresent()) {
      return unchanged.get(); // same inputs as a file this session produced: its bytes are made only if written
    }
    byte[] bytes = job.raw().get();
    String sha = SiteWriter.sha256(bytes);
    Optional<CacheKey> key = cache.keys().raw(job, sha);
    if (key.isEmpty() || !cache.seen(RAW, key.get())) {
      rerendered.incrementAndGet();
      key.ifPresent(k -> cache.storeOutput(RAW, k, new byte[0], sha));
    } else {
      cache.rememberOutput(key.get(), sha);
    }
    key.ifPresent(k -> inputs.ifPresent(in -> cache.rememberPageKey(job.path().value(), in, k)));
    return spool.put(job.path(), sha, bytes);
  }

  private static byte[] renderBytes(TemplateSet templates, PageJob job, Object model) {
    return templates.render(job.template(), model).getBytes(StandardCharsets.UTF_8);
  }
}
