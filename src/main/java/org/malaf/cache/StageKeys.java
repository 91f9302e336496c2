package org.malaf.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.malaf.ingest.ActorRegistry;
import org.malaf.ingest.RawArticle;
import org.malaf.render.PageJob;

/**
 * What each stage's cache key is made of. A key must cover everything the stage reads, or a stale result
 * would be reused: when a stage starts reading something new, add it here.
 */
public final class StageKeys {

  private final BuildCache cache;

  StageKeys(BuildCache cache) {
    this.cache = cache;
  }

  /**
   * Clean reads only the raw article: its decoded text, charset, file name, sidecar (corrections, glyph
   * overrides) and the effective glyph map.
   */
  public Optional<CacheKey> clean(RawArticle raw) {
    return combine("clean", cache.recurringFingerprint(raw));
  }

  /**
   * Annotate reads the cleaned article (so the clean key), the actor registry (for the matcher) and the
   * articles' ids and slugs (to resolve {@code [[article:…]]} in notes); {@code context} is
   * {@link #annotateContext}.
   */
  public Optional<CacheKey> annotate(Optional<CacheKey> clean, Optional<CacheKey> context) {
    if (clean.isEmpty() || context.isEmpty()) {
      return Optional.empty();
    }
    return cache.key("annotate").map(k -> k.add(clean.get()).add(context.get()).build());
  }

  /** The dossier-wide inputs of annotate: the registry and every article's id and slug. */
  public Optional<CacheKey> annotateContext(ActorRegistry registry, List<RawArticle> articles) {
    List<List<String>> directory = articles.stream()
        .sorted(Comparator.comparing(RawArticle::id))
        .map(a -> List.of(a.id().value(), a.sidecar().slug()))
        .toList();
    Optional<CacheKey> actors = cache.fingerprint(registry.actors());
    Optional<CacheKey> refs = cache.fingerprint(directory);
    if (actors.isEmpty() || refs.isEmpty()) {
      return Optional.empty();
    }
    return cache.key("annotate-context").map(k -> k.add(actors.get()).add(refs.get()).build());
  }

  /** A page is its template set, its path, its template and its model, nothing else. */
  public Optional<CacheKey> page(CacheKey templates, PageJob job, Object model) {
    Optional<CacheKey> fp = cache.fingerprint(model);
    if (fp.isEmpty()) {
      return Optional.empty();
    }
    return cache.key("page").map(k -> k.add(templates).add(job.path().value()).add(job.template())
        .add(model.getClass().getName()).add(fp.get()).build());
  }

  /** A raw output file (JSON, feed) known by its content, to tell whether it changed. */
  Optional<CacheKey> raw(PageJob job, String sha) {
    return cache.key("raw").map(k -> k.add(job.path().value()).add(sha).build());
  }

  /**
   * Every file of the template folder (names and bytes, layout fragments included); empty when the folder
   * cannot be read, which turns page caching off for the build.
   */
  public Optional<CacheKey> templates(Path folder) {
    Optional<CacheKey.Builder> key = cache.key("templates");
    if (key.isEmpty()) {
      return Optional.empty();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path file : files) {
        key.get().add(folder.relativize(file).toString().replace('\\', '/')).add(Files.readAllBytes(file));
      }
      return Optional.of(key.get().build());
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private Optional<CacheKey> combine(String kind, Optional<CacheKey> fingerprint) {
    if (fingerprint.isEmpty()) {
      return Optional.empty();
    }
    return cache.key(kind).map(k -> k.add(fingerprint.get()).build());
  }
}
