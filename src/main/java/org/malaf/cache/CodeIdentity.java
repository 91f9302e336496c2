package org.malaf.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * Names the code that produced a cache entry: the cache format, the Java version and a hash of malaf's
 * own jar (or class folder). Every key includes it, so a rebuilt or upgraded malaf never trusts what an
 * older one cached — its renderer or cleaner may have changed even when the inputs did not.
 */
public record CodeIdentity(CacheKey key) {

  /** Raised whenever the layout or meaning of entries changes; older entries then stop matching. */
  public static final int CACHE_FORMAT = 1;

  /** The identity of the running malaf. */
  public static CodeIdentity ofRunningCode() {
    CacheKey.Builder key = CacheKey.builder("malaf-code")
        .add(Integer.toString(CACHE_FORMAT))
        .add(Runtime.version().toString());
    CodeSource source = CodeIdentity.class.getProtectionDomain().getCodeSource();
    try {
      Path location = source == null ? null : Path.of(source.getLocation().toURI());
      if (location != null && Files.isRegularFile(location)) {
        // The jar's manifest lists its libraries with their versions, so a new dependency changes this too.
        key.add(Files.readAllBytes(location));
      } else if (location != null && Files.isDirectory(location)) {
        hashFolder(location, key);
        key.add(System.getProperty("java.class.path", ""));
      } else {
        key.add("unknown-code-" + System.nanoTime()); // unknown code: match nothing, trust nothing
      }
    } catch (IOException | URISyntaxException | UncheckedIOException | IllegalArgumentException e) {
      key.add("unreadable-code-" + System.nanoTime());
    }
    return new CodeIdentity(key.build());
  }

  private static void hashFolder(Path folder, CacheKey.Builder key) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      key.add(folder.relativize(file).toString()).add(Files.readAllBytes(file));
    }
  }
}
