package org.malaf.cache;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.malaf.cache.StageCodec.Stored;
import org.malaf.diag.Problems;
import org.malaf.session.SessionMemory;
import org.malaf.write.SiteWriter;

/**
 * The build cache a pipeline consults: stage results and page hashes in memory (kept across the rebuilds
 * of one {@code serve} session, for the entries the last build used) in front of a {@link DiskStore}
 * (kept across runs). A cache that is {@link #off()} computes everything, which is also what happens to
 * any value that cannot be fingerprinted or stored faithfully.
 */
public final class BuildCache {

  /** The folder name used next to the output folder. */
  public static final String FOLDER = ".malaf-cache";

  /** Unused disk entries younger than this survive eviction: another build sharing the folder may need them. */
  private static final Duration EVICTION_GRACE = Duration.ofMinutes(10);

  private final DiskStore disk;
  private final boolean enabled;
  private final CodeIdentity code;
  private final Fingerprint fingerprint = new Fingerprint();
  private final StageCodec codec = new StageCodec();
  private final StageKeys keys = new StageKeys(this);
  // Stage results (Stored) and output hashes (String) by key.
  private final SessionMemory<CacheKey, Object> entries = new SessionMemory<>();
  // Fingerprints of stage inputs that recur from build to build (an unchanged article is the same object).
  private final SessionMemory<Object, Optional<CacheKey>> prints = new SessionMemory<>();
  // Each page's inputs and the key its model had, to skip building models of unchanged pages (serve).
  private final SessionMemory<String, InputsAndKey> pageKeys = new SessionMemory<>();
  private Instant lastEviction;

  private record InputsAndKey(PageInputs inputs, CacheKey key) {
  }

  private BuildCache(DiskStore disk, boolean enabled) {
    this.disk = disk;
    this.enabled = enabled;
    this.code = enabled ? CodeIdentity.ofRunningCode() : null;
  }

  /** No caching: every stage runs and every page renders. */
  public static BuildCache off() {
    return new BuildCache(null, false);
  }

  /** A cache in memory only (nothing read from or written to disk). */
  public static BuildCache inMemory() {
    return new BuildCache(null, true);
  }

  /** A cache backed by {@code folder}; {@code writable} false reads entries but never stores or evicts. */
  public static BuildCache open(Path folder, boolean writable) {
    return new BuildCache(DiskStore.open(folder, writable), true);
  }

  /** The default cache folder for a site written to {@code out}: {@code .malaf-cache} beside it. */
  public static Path folderFor(Path out) {
    Path abs = out.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    return (parent == null ? abs : parent).resolve(FOLDER);
  }

  public boolean enabled() {
    return enabled;
  }

  public StageKeys keys() {
    return keys;
  }

  /** How many damaged disk entries were found, removed and rebuilt so far. */
  public int damagedEntries() {
    return disk == null ? 0 : disk.damagedCount();
  }

  /** A key of {@code kind} that already names the running code; empty when the cache is off. */
  Optional<CacheKey.Builder> key(String kind) {
    return enabled ? Optional.of(CacheKey.builder(kind).add(code.key())) : Optional.empty();
  }

  Optional<CacheKey> fingerprint(Object value) {
    return enabled ? fingerprint.of(value) : Optional.empty();
  }

  /**
   * Like {@link #fingerprint} for a value that is likely to come back, equal, in the next build of this
   * session: hashing it again would cost as much as the stage it keys on large dossiers. Equality is
   * cheap for such values, whose unchanged parts are the very same objects.
   */
  Optional<CacheKey> recurringFingerprint(Object value) {
    if (!enabled) {
      return Optional.empty();
    }
    Optional<CacheKey> known = prints.get(value);
    if (known == null) {
      known = fingerprint.of(value);
      prints.put(value, known);
    }
    return known;
  }

  /**
   * The result of a stage for {@code key}: from memory, from disk, or computed. Problems the stage reported
   * are replayed on a hit; a result with errors is never stored, so errors are always found afresh.
   */
  public <T> T stage(String kind, Optional<CacheKey> key, Class<T> type, Problems problems,
      Function<Problems, T> compute) {
    return cached(kind, key, type, problems, compute, true);
  }

  /** Like {@link #stage} for values that live in memory only (a compiled matcher): never written to disk. */
  public <T> T memo(Optional<CacheKey> key, Class<T> type, Problems problems, Function<Problems, T> compute) {
    return cached(null, key, type, problems, compute, false);
  }

  private <T> T cached(String kind, Optional<CacheKey> key, Class<T> type, Problems problems,
      Function<Problems, T> compute, boolean onDisk) {
    if (key.isEmpty()) {
      return compute.apply(problems);
    }
    CacheKey k = key.get();
    boolean useDisk = onDisk && disk != null;
    Optional<Stored<T>> hit = remembered(k, type);
    if (hit.isEmpty() && useDisk) {
      hit = disk.get(kind, k).flatMap(json -> codec.decode(json, type));
      hit.ifPresent(stored -> entries.put(k, stored));
    }
    if (hit.isPresent()) {
      problems.addAll(hit.get().problems());
      return hit.get().value();
    }
    Problems local = new Problems();
    try {
      T value = compute.apply(local);
      if (!local.hasErrors()) {
        Stored<T> stored = new Stored<>(value, local.sorted());
        entries.put(k, stored);
        if (useDisk) {
          codec.encode(stored, type).ifPresent(json -> disk.put(kind, k, json));
        }
      }
      return value;
    } finally {
      problems.addAll(local.sorted());
    }
  }

  /** The key the model of the page at {@code path} had when it last had these inputs in this session. */
  Optional<CacheKey> pageKeyFor(String path, PageInputs inputs) {
    if (!enabled) {
      return Optional.empty();
    }
    InputsAndKey known = pageKeys.get(path);
    return known == null || !known.inputs().equals(inputs) ? Optional.empty() : Optional.of(known.key());
  }

  void rememberPageKey(String path, PageInputs inputs, CacheKey key) {
    if (enabled) {
      pageKeys.put(path, new InputsAndKey(inputs, key));
    }
  }

  /** The content hash of the output stored under {@code key}, when this session already knows it. */
  Optional<String> knownOutput(CacheKey key) {
    Object v = entries.get(key);
    if (v instanceof String sha) {
      if (disk != null) {
        disk.markUsed(key);
      }
      return Optional.of(sha);
    }
    return Optional.empty();
  }

  /** The bytes of an output stored on disk under {@code key} (a rendered page). */
  Optional<byte[]> output(String kind, CacheKey key) {
    Optional<byte[]> bytes = disk == null ? Optional.empty() : disk.get(kind, key);
    bytes.ifPresent(b -> entries.put(key, SiteWriter.sha256(b)));
    return bytes;
  }

  /** True when an output with this key was produced before (by this session or a build on disk). */
  boolean seen(String kind, CacheKey key) {
    return knownOutput(key).isPresent() || (disk != null && disk.contains(kind, key));
  }

  /** Notes in memory that the output under {@code key} hashes to {@code sha} (found on disk, not stored anew). */
  void rememberOutput(CacheKey key, String sha) {
    if (enabled) {
      entries.put(key, sha);
    }
  }

  void storeOutput(String kind, CacheKey key, byte[] bytes, String sha) {
    entries.put(key, sha);
    if (disk != null) {
      disk.put(kind, key, bytes);
    }
  }

  /**
   * Ends a build. After a success the memory keeps only what this build used and disk entries unused since
   * the last eviction are evicted; after a failure both generations are kept, so fixing the error finds
   * everything again.
   */
  public void finish(boolean success) {
    if (disk != null) {
      disk.awaitWrites(); // a build ends with its entries on disk, and eviction never races a write
    }
    entries.finish(success);
    prints.finish(success);
    pageKeys.finish(success);
    // Walking the folder costs time on big dossiers: a serve session evicts at most once per grace period.
    if (success && disk != null && (lastEviction == null || lastEviction.plus(EVICTION_GRACE).isBefore(Instant.now()))) {
      disk.evictUnused(EVICTION_GRACE);
      disk.forgetUsed();
      lastEviction = Instant.now();
    }
  }

  private <T> Optional<Stored<T>> remembered(CacheKey key, Class<T> type) {
    Object v = entries.get(key);
    if (v instanceof Stored<?> stored && type.isInstance(stored.value())) {
      if (disk != null) {
        disk.markUsed(key);
      }
      @SuppressWarnings("unchecked")
      Stored<T> typed = (Stored<T>) stored;
      return Optional.of(typed);
    }
    return Optional.empty();
  }
}
